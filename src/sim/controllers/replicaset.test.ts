import { describe, expect, it } from 'vitest';
import type { AdmissionPlugin } from '../apiserver/apiserver';
import { Cluster } from '../cluster';
import { ApiError, type KObject } from '../types';
import { slowStartBatch } from './pod-control';
import { useFakeKubelet, type FakeKubeletOptions } from './replicaset-testing';

const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';

function setup(opts: FakeKubeletOptions = {}): Cluster {
  const c = new Cluster({ seed: 7 });
  useFakeKubelet(c, opts);
  return c;
}

function rsManifest(name: string, replicas: number, extra: Record<string, unknown> = {}): KObject {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'luksa/kubia' }] } }, ...extra },
  };
}

const pods = (c: Cluster, ns = 'default') => c.api.list('pods', ns);
const activePods = (c: Cluster) => pods(c).filter((p) => !p.metadata.deletionTimestamp);
const events = (c: Cluster, name: string) => c.api.list('events', 'default').filter((e) => e.involvedObject.name === name);
const rsOf = (c: Cluster, name: string) => c.api.get('replicasets.apps', 'default', name);

function scale(c: Cluster, kind: string, name: string, replicas: number): void {
  const o = structuredClone(c.api.get(kind, 'default', name));
  o.spec.replicas = replicas;
  c.api.update(o);
  c.runUntilIdle();
}

describe('replicaset controller', () => {
  it('creates the missing pods with generateName, a controller reference and SuccessfulCreate events', () => {
    const c = setup();
    c.api.create(rsManifest('kubia', 3));
    c.runUntilIdle();
    const ps = pods(c);
    expect(ps).toHaveLength(3);
    const rs = rsOf(c, 'kubia');
    for (const p of ps) {
      expect(p.metadata.name).toMatch(new RegExp(`^kubia-${SUFFIX}$`));
      expect(p.metadata.generateName).toBe('kubia-');
      expect(p.metadata.labels).toEqual({ app: 'kubia' });
      expect(p.metadata.ownerReferences).toEqual([
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'kubia', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true },
      ]);
    }
    const created = events(c, 'kubia').filter((e) => e.reason === 'SuccessfulCreate');
    expect(created.map((e) => e.message).sort()).toEqual(ps.map((p) => `Created pod: ${p.metadata.name}`).sort());
    expect(created[0].source).toEqual({ component: 'replicaset-controller' });
  });

  it('reports replicas, ready, available and fully labeled pods once they run', () => {
    const c = setup({ readyAfterMs: 3000 });
    c.api.create(rsManifest('kubia', 3));
    c.runUntilIdle();
    expect(rsOf(c, 'kubia').status).toEqual({ fullyLabeledReplicas: 3, observedGeneration: 1, replicas: 3 });
    c.advance(5000);
    expect(rsOf(c, 'kubia').status).toEqual({ availableReplicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1, readyReplicas: 3, replicas: 3 });
  });

  it('deletes the surplus, not-ready pods first, with SuccessfulDelete events', () => {
    const c = setup({ becomesReady: (p) => !p.metadata.labels?.broken });
    c.api.create(rsManifest('kubia', 3));
    c.runUntilIdle();
    // one pod will never become ready
    const victim = structuredClone(pods(c)[1]);
    victim.metadata.labels = { ...victim.metadata.labels, broken: 'yes' };
    c.api.update(victim);
    c.advance(5000);
    scale(c, 'replicasets.apps', 'kubia', 2);
    const deleted = pods(c).filter((p) => p.metadata.deletionTimestamp);
    expect(deleted.map((p) => p.metadata.name)).toEqual([victim.metadata.name]);
    expect(events(c, 'kubia').some((e) => e.reason === 'SuccessfulDelete' && e.message === `Deleted pod: ${victim.metadata.name}`)).toBe(true);
    c.advance(5000);
    expect(pods(c)).toHaveLength(2);
    expect(rsOf(c, 'kubia').status.replicas).toBe(2);
  });

  it('does not count terminating pods and replaces them at once', () => {
    const c = setup();
    c.api.create(rsManifest('kubia', 2));
    c.advance(3000);
    const gone = pods(c)[0];
    c.api.delete('pods', 'default', gone.metadata.name!);
    c.runUntilIdle();
    expect(pods(c)).toHaveLength(3);
    expect(activePods(c)).toHaveLength(2);
    expect(rsOf(c, 'kubia').status.replicas).toBe(2);
  });

  it('adopts a matching orphan and releases a pod whose labels stop matching', () => {
    const c = setup();
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'orphan', labels: { app: 'kubia' } }, spec: { containers: [{ name: 'c', image: 'x' }] } });
    c.api.create(rsManifest('kubia', 2));
    c.runUntilIdle();
    expect(pods(c)).toHaveLength(2);
    expect(c.api.get('pods', 'default', 'orphan').metadata.ownerReferences?.[0].name).toBe('kubia');
    const p = structuredClone(c.api.get('pods', 'default', 'orphan'));
    p.metadata.labels = { app: 'debug' };
    c.api.update(p);
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'orphan').metadata.ownerReferences).toBeUndefined();
    expect(pods(c).filter((x) => x.metadata.labels?.app === 'kubia')).toHaveLength(2);
  });

  it('counts a pod as available only after minReadySeconds', () => {
    const c = setup({ readyAfterMs: 1000 });
    c.api.create(rsManifest('kubia', 1, { minReadySeconds: 10 }));
    c.advance(2000);
    expect(rsOf(c, 'kubia').status.readyReplicas).toBe(1);
    expect(rsOf(c, 'kubia').status.availableReplicas).toBeUndefined();
    c.advance(10_000);
    expect(rsOf(c, 'kubia').status.availableReplicas).toBe(1);
  });

  it('records FailedCreate with the API error and sets ReplicaFailure until creation works again', () => {
    const c = setup();
    let limit = 2;
    const quota: AdmissionPlugin = {
      name: 'test-quota',
      phase: 'admit',
      resources: ['pods'],
      run(obj, ctx) {
        if (ctx.op !== 'CREATE') return;
        const used = ctx.api.list('pods', 'default').length;
        if (used >= limit) {
          throw new ApiError(403, 'Forbidden', `pods "${obj.metadata.name}" is forbidden: exceeded quota: q, requested: pods=1, used: pods=${used}, limited: pods=${limit}`);
        }
      },
    };
    c.api.use(quota);
    c.api.create(rsManifest('kubia', 5));
    c.runUntilIdle();
    expect(pods(c)).toHaveLength(2);
    const failed = events(c, 'kubia').filter((e) => e.reason === 'FailedCreate');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].type).toBe('Warning');
    expect(failed[0].message).toMatch(new RegExp(`^Error creating: pods "kubia-${SUFFIX}" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2$`));
    const cond = rsOf(c, 'kubia').status.conditions[0];
    expect(cond).toMatchObject({ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate' });
    expect(cond.message).toMatch(/^pods "kubia-.{5}" is forbidden: exceeded quota: q/);
    limit = 10;
    c.advance(60_000);
    expect(pods(c)).toHaveLength(5);
    expect(rsOf(c, 'kubia').status.conditions).toBeUndefined();
  });

  it('creates pods in slow-start batches of 1, 2, 4 and stops after the first failing batch', () => {
    let calls = 0;
    const res = slowStartBatch(10, 1, () => {
      if (++calls > 4) throw new Error('quota');
    });
    // batches 1 + 2 succeed, the batch of 4 has 1 success and 3 failures, the last batch is never tried
    expect(calls).toBe(7);
    expect(res.successes).toBe(4);
    expect((res.error as Error).message).toBe('quota');
    expect(slowStartBatch(5, 1, () => undefined)).toEqual({ successes: 5 });
  });

  it('stops creating at the quota and keeps the pods it could create', () => {
    const c = setup();
    c.api.use({
      name: 'test-quota',
      phase: 'admit',
      resources: ['pods'],
      run(obj, ctx) {
        if (ctx.op === 'CREATE' && ctx.api.list('pods', 'default').length >= 4) {
          throw new ApiError(403, 'Forbidden', `pods "${obj.metadata.name}" is forbidden: exceeded quota`);
        }
      },
    });
    c.api.create(rsManifest('kubia', 10));
    c.advance(1000);
    expect(pods(c)).toHaveLength(4);
    expect(rsOf(c, 'kubia').status).toMatchObject({ replicas: 4, conditions: [{ type: 'ReplicaFailure', reason: 'FailedCreate' }] });
  });

  it('drives replication controllers with a map selector', () => {
    const c = setup();
    c.api.create({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'kubia' },
      spec: { replicas: 3, selector: { app: 'kubia' }, template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'c', image: 'luksa/kubia' }] } } },
    });
    c.advance(3000);
    expect(pods(c)).toHaveLength(3);
    expect(pods(c)[0].metadata.ownerReferences?.[0]).toMatchObject({ apiVersion: 'v1', kind: 'ReplicationController', name: 'kubia' });
    const rc = c.api.get('replicationcontrollers', 'default', 'kubia');
    expect(rc.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(events(c, 'kubia')[0].source).toEqual({ component: 'replication-controller' });
  });
});
