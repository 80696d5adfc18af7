import { describe, expect, it } from 'vitest';
import { eventsFor, pod, testCluster } from '../kubelet/test-util';

const cpu = (n: string) => [{ name: 'c', image: 'nginx', resources: { requests: { cpu: n } } }];
const pc = (name: string, value: number) => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value });

function cluster() {
  const c = testCluster({ nodes: [{ name: 'w1', controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 }], systemPods: false });
  for (const [n, v] of [['low', 10], ['mid', 100], ['high', 1000]] as const) c.api.create(pc(n, v));
  c.runUntilIdle();
  return c;
}

describe('DefaultPreemption in the scheduling cycle', () => {
  it('keeps the room it made for the preemptor from a lower-priority pod that comes while the victim terminates', () => {
    const c = cluster();
    c.api.create(pod('victim', cpu('2'), { priorityClassName: 'low', terminationGracePeriodSeconds: 30 }));
    c.advance(5_000);
    c.api.create(pod('boss', cpu('2'), { priorityClassName: 'high' }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'boss').status.nominatedNodeName).toBe('w1');
    c.api.create(pod('sneak', cpu('2'), { priorityClassName: 'mid' }));
    c.advance(60_000);
    expect(c.api.tryGet('pods', 'default', 'victim')).toBeUndefined();
    expect(c.api.get('pods', 'default', 'boss').spec.nodeName).toBe('w1');
    expect(c.api.get('pods', 'default', 'sneak').spec.nodeName).toBeUndefined();
    // the mid pod finds only the boss above it: nothing it may preempt
    expect(eventsFor(c, 'sneak').at(-1)).toBe(
      'Warning FailedScheduling 0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
  });

  it('does not evict for a pod that could not fit even on an empty node, and names the reason', () => {
    const c = cluster();
    c.api.create(pod('victim', cpu('1'), { priorityClassName: 'low' }));
    c.runUntilIdle();
    c.api.create(pod('huge', cpu('3'), { priorityClassName: 'high' }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'victim').metadata.deletionTimestamp).toBeUndefined();
    expect(c.api.get('pods', 'default', 'huge').status.nominatedNodeName).toBeUndefined();
    expect(eventsFor(c, 'huge').at(-1)).toBe(
      'Warning FailedScheduling 0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Insufficient cpu.',
    );
  });

  it('prefers the node whose victim no PodDisruptionBudget protects', () => {
    const c = testCluster({ nodes: ['w1', 'w2'].map((name) => ({ name, controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 })), systemPods: false });
    for (const [n, v] of [['low', 10], ['high', 1000]] as const) c.api.create(pc(n, v));
    c.api.create(pod('db', cpu('2'), { priorityClassName: 'low', nodeName: 'w1' }, { labels: { app: 'db' } }));
    c.api.create(pod('web', cpu('2'), { priorityClassName: 'low', nodeName: 'w2' }, { labels: { app: 'web' } }));
    c.advance(10_000);
    c.api.create({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'db', namespace: 'default' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'db' } } } });
    c.runUntilIdle();
    expect(c.api.get('poddisruptionbudgets.policy', 'default', 'db').status.disruptionsAllowed).toBe(0);
    c.api.create(pod('boss', cpu('2'), { priorityClassName: 'high' }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'boss').status.nominatedNodeName).toBe('w2');
    expect(c.api.get('pods', 'default', 'web').metadata.deletionTimestamp).toBeDefined();
    expect(c.api.get('pods', 'default', 'db').metadata.deletionTimestamp).toBeUndefined();
  });
});
