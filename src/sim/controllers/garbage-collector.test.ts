import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KObject } from '../types';

function family(c: Cluster) {
  const owner = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner' } });
  const ref = { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid! };
  for (const name of ['child-a', 'child-b']) c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ownerReferences: [ref] } });
  c.runUntilIdle();
  return owner;
}

const names = (objs: KObject[]) => objs.map((o) => o.metadata.name).filter((n) => n !== 'kube-root-ca.crt');

describe('garbage collector', () => {
  it('deletes dependents in the background once the owner is gone', () => {
    const c = new Cluster({ systemPods: false });
    family(c);
    c.api.delete('configmaps', 'default', 'owner');
    c.runUntilIdle();
    expect(names(c.api.list('configmaps', 'default'))).toEqual([]);
  });

  it('orphans dependents: the owner goes, their ownerReferences with it', () => {
    const c = new Cluster({ systemPods: false });
    family(c);
    c.api.delete('configmaps', 'default', 'owner', { propagationPolicy: 'Orphan' });
    c.runUntilIdle();
    expect(names(c.api.list('configmaps', 'default'))).toEqual(['child-a', 'child-b']);
    expect(c.api.get('configmaps', 'default', 'child-a').metadata.ownerReferences).toBeUndefined();
  });

  it('keeps a foreground-deleted owner until its dependents are gone', () => {
    const c = new Cluster({ systemPods: false });
    family(c);
    c.api.delete('configmaps', 'default', 'owner', { propagationPolicy: 'Foreground' });
    expect(c.api.get('configmaps', 'default', 'owner').metadata.finalizers).toEqual(['foregroundDeletion']);
    c.runUntilIdle();
    expect(names(c.api.list('configmaps', 'default'))).toEqual([]);
  });

  it('deletes objects created with an owner that does not exist', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'stray', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'x', uid: 'no-such-uid' }] } });
    c.runUntilIdle();
    expect(c.api.tryGet('configmaps', 'default', 'stray')).toBeUndefined();
  });

  it('removes a deployment’s replica sets and pods with it', () => {
    const c = new Cluster();
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    });
    c.advance(30_000);
    expect(c.api.list('replicasets.apps', 'default').length).toBe(1);
    c.api.delete('deployments.apps', 'default', 'web');
    expect(c.advanceUntil(() => c.api.list('pods', 'default').length === 0, 60_000)).toBe(true);
    expect(c.api.list('replicasets.apps', 'default')).toEqual([]);
  });
});
