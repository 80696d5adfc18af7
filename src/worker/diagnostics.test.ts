import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import type { SourceProblem } from '../kubectl/problems';
import { suggestField } from '../sim/apiserver/schema/json-schema';
import { Cluster } from '../sim/cluster';
import { Shell } from '../shell/shell';
import { diagnose, fieldPath } from './diagnostics';
import { addSuggestions } from './suggest';

/** Apply `text` as `file` in a fresh cluster, as the editor's Apply does; returns the markers and the terminal text. */
function applyFile(text: string, file = 'svc.yaml') {
  const fs = new MemoryWorkspace();
  const problems: SourceProblem[] = [];
  const shell = new Shell({ cluster: new Cluster({ seed: 1 }), fs, report: (p) => problems.push(p) });
  fs.write(file, text);
  const r = shell.run(`kubectl apply -f ${file}`);
  return { d: diagnose(file, text, problems), out: r.out };
}

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
  it("places causes from kubectl's own parse of the file, without parsing it again", () => {
    const fs = new MemoryWorkspace();
    const problems: SourceProblem[] = [];
    fs.write('svc.yaml', svc);
    new Shell({ cluster: new Cluster({ seed: 1 }), fs, report: (p) => problems.push(p) }).run('kubectl apply -f svc.yaml');
    expect(problems.every((p) => p.manifest)).toBe(true);
    // the text given is not read again: the markers stand where kubectl's parse put the fields
    expect(diagnose('svc.yaml', '', problems).map((d) => d.line)).toEqual([8]);
  });

  it('splits field paths with indexes', () => {
    expect(fieldPath('spec.ports[0].nodePort')).toEqual(['spec', 'ports', 0, 'nodePort']);
  });

  it('puts each unknown field on its own line, with a suggestion', () => {
    const { d } = applyFile(svc.replace('  selector:', '    nodeprt: 30000\n  selector:'));
    const marked = addSuggestions(d, suggestField);
    expect(marked.map((x) => x.line)).toEqual([8, 9]);
    expect(marked[0].suggestion).toBe('targetPort');
    expect(marked[1].suggestion).toBe('nodePort');
    expect(marked[0].message).toContain('did you mean "targetPort"');
  });

  it('puts a type error on the field it is about, not on line 1', () => {
    const { d, out } = applyFile(svc.replace('port: 80', 'port: "80"').replace('targetport', 'targetPort'));
    expect(out).toContain('cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 7, field: 'spec.ports[0].port', type: 'FieldValueTypeInvalid' });
  });

  it('gives every cause of an Invalid error its own marker on its line', () => {
    const bad = svc.replace('name: kubia', 'name: Bad_Name').replace('spec:\n', 'spec:\n  type: Foo\n').replace('targetport', 'targetPort');
    const { d, out } = applyFile(bad);
    expect(out).toContain('is invalid');
    expect(d.map((x) => [x.line, x.field])).toEqual([
      [4, 'metadata.name'],
      [6, 'spec.type'],
    ]);
    expect(d[1].message).toMatch(/^spec\.type: Unsupported value: "Foo"/);
  });

  it('marks a YAML syntax error on the line its message names', () => {
    const broken = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n spec:\n  ports:\n  - port: 80\n';
    const { d, out } = applyFile(broken);
    expect(out).toContain('yaml: line 4: did not find expected key');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 4, endLine: 5, type: 'YAMLSyntax' });
  });

  it('counts YAML lines within the document, as go-yaml does, and marks the file line', () => {
    const two = `${svc.replace('targetport', 'targetPort')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n spec: {}\n`;
    const { d, out } = applyFile(two);
    expect(out).toContain('yaml: line 4:');
    expect(d[0].line).toBe(11 + 4);
  });

  it('marks the kind line when the kind is unknown', () => {
    const { d } = applyFile(svc.replace('kind: Service', 'kind: service'));
    expect(d[0].line).toBe(2);
  });

  it('marks an admission denial without a field on its document', () => {
    const two = `${svc.replace('targetport', 'targetPort')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: nope\nspec:\n  containers:\n  - name: a\n    image: nginx\n`;
    const { d, out } = applyFile(two);
    expect(out).toContain('namespaces "nope" not found');
    expect(d).toHaveLength(1);
    expect(d[0].line).toBe(12);
    expect(d[0].type).toBe('NotFound');
  });

  it('has nothing to say about a file that applied', () => {
    expect(applyFile(svc.replace('targetport', 'targetPort')).d).toEqual([]);
  });
});
