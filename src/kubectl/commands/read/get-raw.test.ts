import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

function setup() {
  const cluster = new Cluster({ seed: 7 });
  const ctx = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
  return { cluster, k: (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx) };
}

describe('kubectl get --raw', () => {
  it('prints health and discovery bodies as the server sends them', () => {
    const { k } = setup();
    expect(k('get --raw /healthz').out).toBe('ok');
    expect(k('get --raw /readyz/').out).toBe('ok');
    expect(JSON.parse(k('get --raw /api').out)).toEqual({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.0.100:6443' }] });
    const groups = JSON.parse(k('get --raw /apis').out);
    expect(groups.kind).toBe('APIGroupList');
    expect(groups.groups.find((g: { name: string }) => g.name === 'apps').preferredVersion).toEqual({ groupVersion: 'apps/v1', version: 'v1' });
    const apps = JSON.parse(k('get --raw /apis/apps/v1').out);
    expect(apps.resources.find((r: { name: string }) => r.name === 'deployments')).toMatchObject({ kind: 'Deployment', namespaced: true, shortNames: ['deploy'] });
  });

  it('answers /apis/<group> with its APIGroup, and reads autoscaling/v1 in that version', () => {
    const { k } = setup();
    // the same bodies npm run api serves (src/api/discovery.ts) for kubectl34
    expect(JSON.parse(k('get --raw /apis/autoscaling').out)).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'autoscaling',
      versions: [{ groupVersion: 'autoscaling/v2', version: 'v2' }, { groupVersion: 'autoscaling/v1', version: 'v1' }],
      preferredVersion: { groupVersion: 'autoscaling/v2', version: 'v2' },
    });
    k('create deployment web --image=nginx');
    k('autoscale deployment web --max=3 --cpu=50%');
    const v1 = JSON.parse(k('get --raw /apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers/web').out);
    expect([v1.apiVersion, v1.spec.targetCPUUtilizationPercentage, v1.spec.metrics]).toEqual(['autoscaling/v1', 50, undefined]);
    const list = JSON.parse(k('get --raw /apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers').out);
    expect([list.apiVersion, list.items[0].spec.targetCPUUtilizationPercentage]).toEqual(['autoscaling/v1', 50]);
    expect(k('get --raw /apis/nosuch').code).toBe(1);
  });

  it('reads objects and lists, with the list resourceVersion and items without their own kind', () => {
    const { cluster, k } = setup();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { a: '1' } });
    const list = JSON.parse(k('get --raw /api/v1/namespaces/default/configmaps').out);
    expect(list.kind).toBe('ConfigMapList');
    expect(list.metadata.resourceVersion).toBe(cluster.api.store.currentResourceVersion());
    const item = list.items.find((i: { metadata: { name: string } }) => i.metadata.name === 'cfg');
    expect(item.kind).toBeUndefined();
    expect(item.data).toEqual({ a: '1' });
    expect(JSON.parse(k('get --raw /api/v1/namespaces/default/configmaps/cfg').out).kind).toBe('ConfigMap');
    expect(JSON.parse(k('get --raw /api/v1/nodes/k8s-master').out).metadata.name).toBe('k8s-master');
  });

  it('answers missing objects and paths with the server errors', () => {
    const { k } = setup();
    expect(k('get --raw /api/v1/namespaces/default/pods/nope').out).toBe('Error from server (NotFound): pods "nope" not found\n');
    for (const path of ['/nope', '/api/v2', '/api/v1/nopes', '/api/v1/pods/x', '/api/v1/namespaces/default/nodes']) {
      expect(k(`get --raw ${path}`).out, path).toBe('Error from server (NotFound): the server could not find the requested resource\n');
    }
  });

  it('refuses the flag combinations kubectl refuses', () => {
    const { k } = setup();
    expect(k('get --raw /api pods').out).toBe('error: arguments may not be passed when --raw is specified\n');
    expect(k('get --raw /api -w').out).toBe('error: --raw may not be specified with other flags that filter the server request or alter the output\n');
    expect(k('get --raw /api -l a=b').out).toBe('error: --raw may not be specified with other flags that filter the server request or alter the output\n');
    expect(k('get --raw /api -o yaml').out).toBe('error: --raw and --output are mutually exclusive\n');
    expect(k('get --raw api').out).toBe('error: --raw must be a valid URL path: parse "api": invalid URI for request\n');
  });
});
