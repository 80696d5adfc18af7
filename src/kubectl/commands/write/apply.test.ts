import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

describe('kubectl apply', () => {
  const fs = new MemoryWorkspace();
  const run = (line: string, cluster = new Cluster({ seed: 1 })) => runKubectl(line.split(' '), { cluster, fs, namespace: 'default' });

  it('refuses an object without a name before the server decodes it (its GET needs a name)', () => {
    fs.write('s.yaml', 'kind: Secret\napiVersion: v1\nstringDate:\n  foo: plain txt\n');
    const r = run('apply -f s.yaml');
    expect(r.out).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=secrets", GroupVersionKind: "/v1, Kind=Secret"\nName: "", Namespace: "default"\nfrom server for: "s.yaml": resource name may not be empty\n',
    );
    expect(r.code).toBe(1);
  });

  it('names the kind as the manifest wrote it in the mapping it could not read (kind: pod, as kubectl v1.34 prints it)', () => {
    fs.write('p.yaml', 'apiVersion: v1\nkind: pod\nspec:\n  containers:\n  - image: some/image\n');
    expect(run('apply -f p.yaml').out).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=pods", GroupVersionKind: "/v1, Kind=pod"\nName: "", Namespace: "default"\nfrom server for: "p.yaml": resource name may not be empty\n',
    );
  });

  it('lets the server report the unknown fields once the object has a name', () => {
    fs.write('s.yaml', 'kind: Secret\napiVersion: v1\nmetadata:\n  name: s\nstringDate:\n  foo: plain txt\n');
    expect(run('apply -f s.yaml').out).toBe(
      'Error from server (BadRequest): error when creating "s.yaml": Secret in version "v1" cannot be handled as a Secret: strict decoding error: unknown field "stringDate"\n',
    );
  });

  it('reports a list item without its merge key as kubectl\'s patcher does: the three documents, then Go\'s %v of the item', () => {
    const cluster = new Cluster({ seed: 1 });
    fs.write('p.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n');
    expect(run('apply -f p.yaml', cluster).out).toBe('pod/p created\n');
    fs.write('p.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - image: nginx\n    ports:\n    - containerPort: 80\n');
    const r = run('apply -f p.yaml', cluster);
    const original = cluster.api.get('pods', 'default', 'p').metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
    expect(r.out.startsWith(`error: error when creating patch with:\noriginal:\n${original}\nmodified:\n{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":`)).toBe(true);
    expect(r.out).toMatch(/\n\ncurrent:\n\{"apiVersion":"v1".*"status":\{.*\}\n\nfor: "p\.yaml": map: map\[image:nginx ports:\[map\[containerPort:80\]\]\] does not contain declared merge key: name\n$/s);
  });
});
