import { describe, expect, it } from 'vitest';
import { testCluster } from '../kubelet/test-util';

const PDBS = 'poddisruptionbudgets.policy';
const pdb = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name, namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });
const deployment = (replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
});
const status = (c: ReturnType<typeof testCluster>, name: string) => {
  const s = c.api.get(PDBS, 'default', name).status;
  return [s.expectedPods, s.currentHealthy, s.desiredHealthy, s.disruptionsAllowed, s.conditions[0].reason];
};

// upstream pkg/controller/disruption disruption_test.go: TestNoSelector, TestUnavailable, TestIntegerMaxUnavailable, TestReplicaSet…
describe('disruption controller', () => {
  it('counts minAvailable as a number against the matching pods, and percentages and maxUnavailable against the controller scale', () => {
    const c = testCluster();
    c.api.create(deployment(4));
    c.advance(30_000);
    c.api.create(pdb('min2', { minAvailable: 2 }));
    c.api.create(pdb('min50', { minAvailable: '50%' }));
    c.api.create(pdb('max1', { maxUnavailable: 1 }));
    c.api.create(pdb('max30', { maxUnavailable: '30%' }));
    c.runUntilIdle();
    expect(status(c, 'min2')).toEqual([4, 4, 2, 2, 'SufficientPods']);
    expect(status(c, 'min50')).toEqual([4, 4, 2, 2, 'SufficientPods']);
    expect(status(c, 'max1')).toEqual([4, 4, 3, 1, 'SufficientPods']);
    // 30% of 4 rounded up is 2
    expect(status(c, 'max30')).toEqual([4, 4, 2, 2, 'SufficientPods']);
  });

  it('stops allowing disruptions when pods are not ready or are being deleted', () => {
    const c = testCluster();
    c.api.create(deployment(2));
    c.advance(30_000);
    c.api.create(pdb('min2', { minAvailable: 2 }));
    c.runUntilIdle();
    expect(status(c, 'min2')).toEqual([2, 2, 2, 0, 'InsufficientPods']);
    const victim = c.api.list('pods', 'default')[0];
    c.api.delete('pods', 'default', victim.metadata.name!);
    c.runUntilIdle();
    expect(status(c, 'min2')[1]).toBe(1);
  });

  it('expects no pods for a budget whose pods have no controller, and allows nothing', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'solo', namespace: 'default', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    c.advance(30_000);
    c.api.create(pdb('max1', { maxUnavailable: 1 }));
    c.runUntilIdle();
    expect(status(c, 'max1')).toEqual([0, 1, 0, 0, 'InsufficientPods']);
  });
});
