import { describe, expect, it } from 'vitest';
import { diagnose, fieldPath, invalidCauses } from './diagnostics';
import { suggestField } from '../sim/apiserver/schema/json-schema';
import { addSuggestions } from './suggest';

const svc = `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  ports:
  - port: 80
    targetport: 8080
  selector:
    app: kubia
`;

describe('apply diagnostics', () => {
  it('splits field paths with indexes', () => {
    expect(fieldPath('spec.ports[0].nodePort')).toEqual(['spec', 'ports', 0, 'nodePort']);
  });

  it('splits Invalid causes at their field paths', () => {
    expect(invalidCauses('[metadata.name: Invalid value: "A": bad, spec.ports[0].port: Required value]')).toEqual([
      { field: 'metadata.name', message: 'Invalid value: "A": bad' },
      { field: 'spec.ports[0].port', message: 'Required value' },
    ]);
  });

  it('puts an unknown field on its own line, with a suggestion', () => {
    const out =
      'Error from server (BadRequest): error when creating "svc.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"\n';
    const d = addSuggestions(diagnose('svc.yaml', svc, out), suggestField);
    expect(d).toHaveLength(1);
    expect(d[0].line).toBe(8);
    expect(d[0].suggestion).toBe('targetPort');
    expect(d[0].message).toContain('did you mean "targetPort"');
  });

  it('puts an invalid name on the metadata.name line', () => {
    const bad = svc.replace('name: kubia', 'name: Service-yaohong');
    const out =
      'The Service "Service-yaohong" is invalid: metadata.name: Invalid value: "Service-yaohong": a DNS-1035 label must consist of lower case alphanumeric characters\n';
    const d = diagnose('svc.yaml', bad, out);
    expect(d[0].line).toBe(4);
    expect(d[0].field).toBe('metadata.name');
  });

  it('marks the kind line when the kind is unknown', () => {
    const out = 'error: resource mapping not found for name: "kubia" namespace: "" from "svc.yaml": no matches for kind "service" in version "v1"\n';
    const d = diagnose('svc.yaml', svc.replace('kind: Service', 'kind: service'), out);
    expect(d[0].line).toBe(2);
  });
});
