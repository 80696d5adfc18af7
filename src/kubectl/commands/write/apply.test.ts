import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

describe('kubectl apply', () => {
  const fs = new MemoryWorkspace();
  const run = (line: string) => runKubectl(line.split(' '), { cluster: new Cluster({ seed: 1 }), fs, namespace: 'default' });

  it('refuses an object without a name before the server decodes it (its GET needs a name)', () => {
    fs.write('s.yaml', 'kind: Secret\napiVersion: v1\nstringDate:\n  foo: plain txt\n');
    const r = run('apply -f s.yaml');
    expect(r.out).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=secrets", GroupVersionKind: "/v1, Kind=Secret"\nName: "", Namespace: "default"\nfrom server for: "s.yaml": resource name may not be empty\n',
    );
    expect(r.code).toBe(1);
  });

  it('lets the server report the unknown fields once the object has a name', () => {
    fs.write('s.yaml', 'kind: Secret\napiVersion: v1\nmetadata:\n  name: s\nstringDate:\n  foo: plain txt\n');
    expect(run('apply -f s.yaml').out).toBe(
      'Error from server (BadRequest): error when creating "s.yaml": Secret in version "v1" cannot be handled as a Secret: strict decoding error: unknown field "stringDate"\n',
    );
  });
});
