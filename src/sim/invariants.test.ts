import { describe, expect, it } from 'vitest';
import { Cluster } from './cluster';
import { INVARIANTS, watchInvariants } from './invariants';

const inv = (id: string) => INVARIANTS.find((i) => i.id === id)!;

describe('cluster invariants', { timeout: 60_000 }, () => {
  it('hold through a busy sequence', () => {
    const c = new Cluster({ seed: 2 });
    const w = watchInvariants(c);
    c.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 3, selector: { matchLabels: { app: 'd' } }, template: { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'd' }, spec: { selector: { app: 'd' }, ports: [{ port: 80 }] } });
    c.advance(60_000);
    expect(c.api.list('endpoints', 'default').find((e) => e.metadata.name === 'd')?.subsets?.[0]?.addresses).toHaveLength(3);
    expect(w.violations).toEqual([]);
  });

  it('report a claim Bound to a volume that points at another claim', () => {
    const c = new Cluster({ seed: 2 });
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'b' }, spec: { storageClassName: '', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/x' }, claimRef: { namespace: 'default', name: 'a' } } });
    c.runUntilIdle();
    const b = structuredClone(c.api.get('persistentvolumeclaims', 'default', 'b'));
    b.status = { phase: 'Bound' };
    b.spec.volumeName = 'pv';
    expect(inv('pv-one-claim').check(c, new Map())).toEqual([]);
    c.api.store.put('persistentvolumeclaims', b, 'MODIFIED');
    expect(inv('pv-one-claim').check(c, new Map())).toEqual(['claim default/b is Bound to pv, which points at default/a']);
  });

  it('report a pod bound to a missing node past the quarantine', () => {
    const c = new Cluster({ seed: 2 });
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { nodeName: 'gone', containers: [{ name: 'c', image: 'nginx' }] } });
    const uid = c.api.get('pods', 'default', 'p').metadata.uid!;
    const seen = new Map([[uid, c.clock.now() - 30_000]]);
    expect(inv('no-pod-on-missing-node').check(c, seen)).toEqual([]);
    seen.set(uid, c.clock.now() - 61_000);
    expect(inv('no-pod-on-missing-node').check(c, seen)).toEqual(['pod default/p bound to missing node gone for 61s']);
  });

  it('report a deployment whose replica sets exceed replicas + maxSurge', () => {
    const c = new Cluster({ seed: 2 });
    c.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 2, selector: { matchLabels: { app: 'd' } }, template: { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    c.runUntilIdle();
    const rs = structuredClone(c.api.list('replicasets.apps', 'default')[0]);
    rs.spec.replicas = 9;
    c.api.store.put('replicasets.apps', rs, 'MODIFIED');
    expect(inv('deployment-bounds').check(c, new Map())).toEqual(['deployment default/d: 9 replicas over 2 + maxSurge 1']);
  });
});
