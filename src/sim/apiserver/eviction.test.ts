import { describe, expect, it } from 'vitest';
import { testCluster } from '../kubelet/test-util';
import type { Cluster } from '../cluster';
import { ApiError, type KObject } from '../types';
import { evictPod } from './eviction';

const PDBS = 'poddisruptionbudgets.policy';
const labels = { app: 'web' };

function budget(c: Cluster, spec: Record<string, unknown>, name = 'web'): void {
  c.api.create({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name, namespace: 'default' }, spec: { selector: { matchLabels: labels }, ...spec } });
  c.runUntilIdle();
}

/** A pod of its own (no controller, so nothing recreates it); `ready: false` fails its readiness probe. */
function runPod(c: Cluster, name: string, opts: { ready?: boolean; image?: string } = {}): void {
  const probe = opts.ready === false ? { readinessProbe: { httpGet: { path: '/', port: 81 }, periodSeconds: 1 } } : {};
  c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels }, spec: { containers: [{ name: 'c', image: opts.image ?? 'nginx', ...probe }] } });
}

const evict = (c: Cluster, name: string, extra: { dryRun?: boolean; body?: Partial<KObject> } = {}) =>
  evictPod(c.api, { namespace: 'default', name, eviction: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace: 'default' }, ...extra.body }, dryRun: extra.dryRun });

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('the eviction was granted');
}

const pdbStatus = (c: Cluster) => c.api.get(PDBS, 'default', 'web').status;
const disruptionTarget = (p: KObject | undefined) => (p?.status?.conditions ?? []).find((x: { type: string }) => x.type === 'DisruptionTarget');

// after k/k pkg/registry/core/pod/storage/eviction_test.go: TestEviction, TestEvictionIgnorePDB, TestEvictionDryRun, TestEvictionPDBStatus
describe('the pods/eviction subresource', () => {
  it('refuses a Ready pod when its budget allows no disruption: 429 with the DisruptionBudget cause', () => {
    const c = testCluster();
    runPod(c, 'a');
    runPod(c, 'b');
    c.advance(30_000);
    budget(c, { minAvailable: 2 });
    const e = refusal(() => evict(c, 'a'));
    expect([e.code, e.reason, e.message]).toEqual([429, 'TooManyRequests', "Cannot evict pod as it would violate the pod's disruption budget."]);
    expect(e.causes).toEqual([{ reason: 'DisruptionBudget', message: 'The disruption budget web needs 2 healthy pods and has 2 currently', field: '' }]);
    expect(c.api.get('pods', 'default', 'a').metadata.deletionTimestamp).toBeUndefined();
  });

  it('spends one allowed disruption, records the pod in disruptedPods and marks it DisruptionTarget before deleting it', () => {
    const c = testCluster();
    runPod(c, 'a');
    runPod(c, 'b');
    c.advance(30_000);
    budget(c, { minAvailable: 1 });
    expect(evict(c, 'a')).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    const s = pdbStatus(c);
    expect(s.disruptionsAllowed).toBe(0);
    expect(Object.keys(s.disruptedPods)).toEqual(['a']);
    expect(s.conditions.map((x: { reason: string; status: string }) => `${x.status} ${x.reason}`)).toEqual(['False InsufficientPods']);
    const a = c.api.get('pods', 'default', 'a');
    expect(a.metadata.deletionTimestamp).toBeDefined();
    expect(disruptionTarget(a)).toMatchObject({ status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
    // the budget is spent: the next one waits
    expect(refusal(() => evict(c, 'b')).code).toBe(429);
  });

  it('changes nothing on a dry run, from the request or from the body', () => {
    const c = testCluster();
    runPod(c, 'a');
    runPod(c, 'b');
    c.advance(30_000);
    budget(c, { minAvailable: 1 });
    const before = c.api.get(PDBS, 'default', 'web').metadata.resourceVersion;
    evict(c, 'a', { dryRun: true });
    evict(c, 'a', { body: { deleteOptions: { dryRun: ['All'] } } });
    expect(c.api.get(PDBS, 'default', 'web').metadata.resourceVersion).toBe(before);
    const a = c.api.get('pods', 'default', 'a');
    expect([a.metadata.deletionTimestamp, disruptionTarget(a)]).toEqual([undefined, undefined]);
  });

  it.each([
    ['a Pending pod (its image never pulls)', { image: 'nginx/aplin' }, 5_000],
    ['a pod already being deleted', {}, 30_000],
  ])('deletes %s without asking the budget', (_, opts, wait) => {
    const c = testCluster();
    runPod(c, 'a', opts);
    c.advance(wait);
    budget(c, { minAvailable: 5 });
    if (!('image' in opts)) c.api.delete('pods', 'default', 'a', { gracePeriodSeconds: 30 });
    expect(evict(c, 'a').status).toBe('Success');
    expect(c.api.get('pods', 'default', 'a').metadata.deletionTimestamp).toBeDefined();
  });

  it('lets an unready pod go when the application is healthy anyway, or with AlwaysAllow, and holds it back otherwise', () => {
    const c = testCluster();
    runPod(c, 'a');
    runPod(c, 'b');
    runPod(c, 'sick', { ready: false });
    c.advance(30_000);
    // IfHealthyBudget with currentHealthy (2) >= desiredHealthy (2): no decrement
    budget(c, { minAvailable: 2 });
    expect(pdbStatus(c).disruptionsAllowed).toBe(0);
    expect(evict(c, 'sick').status).toBe('Success');
    expect(pdbStatus(c).disruptedPods).toBeUndefined();

    const d = testCluster();
    runPod(d, 'a');
    runPod(d, 'sick', { ready: false });
    d.advance(30_000);
    budget(d, { minAvailable: 2 });
    expect(refusal(() => evict(d, 'sick')).causes[0].message).toBe('The disruption budget web needs 2 healthy pods and has 1 currently');
    d.api.update({ ...d.api.get(PDBS, 'default', 'web'), spec: { ...d.api.get(PDBS, 'default', 'web').spec, unhealthyPodEvictionPolicy: 'AlwaysAllow' } });
    d.runUntilIdle();
    expect(evict(d, 'sick').status).toBe('Success');
  });

  it('answers 429 while the disruption controller has not seen the budget\'s latest spec', () => {
    const c = testCluster();
    runPod(c, 'a');
    c.advance(30_000);
    budget(c, { minAvailable: 0 });
    const pdb = c.api.get(PDBS, 'default', 'web');
    c.api.update({ ...pdb, spec: { ...pdb.spec, minAvailable: 1 } });
    const e = refusal(() => evict(c, 'a'));
    expect([e.code, e.causes[0].message, e.details.retryAfterSeconds]).toEqual([429, 'The disruption budget web is still being processed by the server.', 10]);
  });

  it('refuses two budgets, a name that differs from the URL and a pod that does not exist', () => {
    const c = testCluster();
    runPod(c, 'a');
    c.advance(30_000);
    budget(c, { minAvailable: 0 });
    budget(c, { maxUnavailable: 1 }, 'other');
    expect([refusal(() => evict(c, 'a')).code, refusal(() => evict(c, 'a')).message]).toEqual([500, 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.']);
    const e = refusal(() => evictPod(c.api, { namespace: 'default', name: 'a', eviction: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'b' } } }));
    expect([e.code, e.message]).toEqual([400, 'name in URL does not match name in Eviction object']);
    expect(refusal(() => evict(c, 'nope')).message).toBe('pods "nope" not found');
  });
});
