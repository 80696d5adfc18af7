import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

function setup() {
  const cluster = new Cluster({ seed: 7 });
  const ctx = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
  const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);
  return { cluster, ctx, k };
}

describe('kubectl get', () => {
  it('prints a table with AGE from the virtual clock', () => {
    const { cluster, k } = setup();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { a: '1', b: '2' } });
    cluster.advance(90_000);
    expect(k('get cm cfg').out).toBe('NAME   DATA   AGE\ncfg    2      90s\n');
  });

  it('reports each missing name and still prints the others', () => {
    const { cluster, k } = setup();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'default' } });
    const r = k('get cm a b c');
    expect(r.out).toBe('NAME   DATA   AGE\nb      0      0s\nError from server (NotFound): configmaps "a" not found\nError from server (NotFound): configmaps "c" not found\n');
    expect(r.code).toBe(1);
  });

  it('says which namespace is empty, and nothing more for cluster-scoped kinds', () => {
    const { k } = setup();
    expect(k('get cm -n nowhere').out).toBe('No resources found in nowhere namespace.\n');
    expect(k('get pv').out).toBe('No resources found\n');
  });

  it('rejects unknown types', () => {
    const { k } = setup();
    expect(k('get foo').out).toBe('error: the server doesn\'t have a resource type "foo"\n');
  });

  it('prints the Endpoints deprecation warning first, on stderr', () => {
    const { k } = setup();
    expect(k('get endpoints').out.split('\n')[0]).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice');
    const r = k('get endpoints kubernetes -o jsonpath={.subsets[*].ports[*].port}');
    expect(r.stdout).toBe('6443');
    expect(r.stderr).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
  });

  it('prefixes names with their kind for `all` and several types', () => {
    const { k } = setup();
    expect(k('get all').out).toContain('service/kubernetes');
    expect(k('get svc').out).not.toContain('service/');
  });

  it('prints `get all` as one table per kind, in discovery order, separated by blank lines', () => {
    const { cluster, k } = setup();
    cluster.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'kubia', namespace: 'default' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'kubia' } }, template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } } },
    });
    cluster.advance(60_000);
    const groups = k('get all').out.trimEnd().split('\n\n');
    expect(groups.map((g) => g.split('\n')[1].split('/')[0])).toEqual(['pod', 'service', 'deployment.apps', 'replicaset.apps']);
    expect(groups[0].split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(groups[0].split('\n').slice(1)).toHaveLength(2);
    expect(groups[2]).toMatch(/deployment\.apps\/kubia\s+2\/2\s+2\s+2\s+60s/);
  });

  it('wraps several objects in a List and prints one object bare', () => {
    const { k } = setup();
    expect(k('get svc -o yaml').out).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n {2}kind: Service/);
    expect(k('get svc -o yaml').out).toMatch(/kind: List\nmetadata:\n {2}resourceVersion: ""\n$/);
    expect(k('get svc kubernetes -o yaml').out).toMatch(/^apiVersion: v1\nkind: Service\n/);
    expect(k('get svc kubernetes -o json').out).toMatch(/^\{\n {4}"apiVersion": "v1",\n {4}"kind": "Service",/);
  });

  it('filters by label and field selectors', () => {
    const { cluster, k } = setup();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default', labels: { app: 'a' } } });
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'y', namespace: 'default', labels: { app: 'b' } } });
    expect(k('get cm -l app=a -o name').out).toBe('configmap/x\n');
    expect(k('get cm -l app!=a -o name').out).toContain('configmap/y\n');
    expect(k('get cm --field-selector metadata.name!=x -o name').out).not.toContain('configmap/x');
    expect(k('get cm --field-selector spec.x=1').out).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=configmaps" that match label selector "", field selector "spec.x=1": "spec.x" is not a known field selector: only "metadata.name", "metadata.namespace"\n',
    );
  });

  it('shows labels and label columns', () => {
    const { cluster, k } = setup();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default', labels: { app: 'a', tier: 'web' } } });
    expect(k('get cm x --show-labels').out).toBe('NAME   DATA   AGE   LABELS\nx      0      0s    app=a,tier=web\n');
    expect(k('get cm x -L tier').out).toBe('NAME   DATA   AGE   TIER\nx      0      0s    web\n');
  });

  it('refuses names across all namespaces', () => {
    const { k } = setup();
    expect(k('get svc kubernetes -A').out).toBe('error: a resource cannot be retrieved by name across all namespaces\n');
  });

  it('asks for a type when none is given', () => {
    const { k } = setup();
    expect(k('get').out).toContain('error: Required resource not specified.');
  });

  it('prints watch rows for changes made within --request-timeout', () => {
    const { cluster, k } = setup();
    cluster.clock.after(5_000, () => {
      cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late', namespace: 'default' } });
    });
    const out = k('get cm -w --request-timeout=10s').out;
    expect(out).toContain('late');
    expect(out.split('\n')[0]).toMatch(/^NAME\s+DATA\s+AGE$/);
  });
});
