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

  // SelectVictimsOnNode runs every filter with the victims removed (PreFilter extensions' RemovePod), InterPodAffinity and PodTopologySpread included
  it('evicts a lower-priority pod whose labels the preemptor\'s required anti-affinity refuses', () => {
    const c = testCluster({ nodes: ['w1', 'w2'].map((name) => ({ name, controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 })), systemPods: false });
    for (const [n, v] of [['low', 10], ['high', 1000]] as const) c.api.create(pc(n, v));
    c.api.create(pod('low', cpu('100m'), { priorityClassName: 'low', nodeName: 'w1' }, { labels: { app: 'low' } }));
    c.advance(10_000);
    const anti = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'low' } }, topologyKey: 'kubernetes.io/hostname' }] } };
    c.api.create(pod('boss', cpu('100m'), { priorityClassName: 'high', nodeSelector: { 'kubernetes.io/hostname': 'w1' }, affinity: anti }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'boss').status.nominatedNodeName).toBe('w1');
    const low = c.api.get('pods', 'default', 'low');
    expect(low.status.conditions.find((x: { type: string }) => x.type === 'DisruptionTarget').reason).toBe('PreemptionByScheduler');
    c.advance(60_000);
    expect(c.api.get('pods', 'default', 'boss').spec.nodeName).toBe('w1');
  });

  it('evicts the pods that make the preemptor\'s topology spread skewed, and no more', () => {
    const c = testCluster({ nodes: ['w1', 'w2'].map((name) => ({ name, controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 })), systemPods: false });
    for (const [n, v] of [['low', 10], ['high', 1000]] as const) c.api.create(pc(n, v));
    // w2 is full; w1 holds two app=web pods, so a third there would make the skew 3 (maxSkew 1)
    c.api.create(pod('filler', cpu('2'), { priorityClassName: 'high', nodeName: 'w2' }));
    for (const n of ['web-a', 'web-b']) c.api.create(pod(n, cpu('100m'), { priorityClassName: 'low', nodeName: 'w1' }, { labels: { app: 'web' } }));
    c.advance(10_000);
    const spread = [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } }];
    c.api.create(pod('boss', cpu('100m'), { priorityClassName: 'high', topologySpreadConstraints: spread }, { labels: { app: 'web' } }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'boss').status.nominatedNodeName).toBe('w1');
    // with both gone the skew is 1; putting one back keeps it at 2 - 0 = 2 > 1, so both go
    expect(['web-a', 'web-b'].map((n) => !!c.api.get('pods', 'default', n).metadata.deletionTimestamp)).toEqual([true, true]);
  });

  // schedule_one.go evaluateNominatedNode: the nominated node alone is filtered first, and taken without scoring when it fits
  it('tries the nominated node first in the next cycle and binds there without looking at the others', () => {
    const c = testCluster({ nodes: ['w1', 'w2'].map((name) => ({ name, controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 })), systemPods: false });
    for (const [n, v] of [['low', 10], ['high', 1000]] as const) c.api.create(pc(n, v));
    c.api.create(pod('old', cpu('2'), { priorityClassName: 'low', nodeName: 'w2' }));
    c.advance(5_000);
    // the candidate whose victim started last wins
    c.api.create(pod('young', cpu('2'), { priorityClassName: 'low', nodeName: 'w1', terminationGracePeriodSeconds: 5 }));
    c.advance(5_000);
    c.api.create(pod('boss', cpu('2'), { priorityClassName: 'high' }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'boss').status.nominatedNodeName).toBe('w1');
    const mark = c.activity.mark();
    c.advance(30_000);
    expect(c.api.get('pods', 'default', 'boss').spec.nodeName).toBe('w1');
    const bound = c.activity.since(mark).filter((s) => s.kind === 'schedule' && s.object.name === 'boss');
    expect(bound.at(-1)).toMatchObject({ nodes: [{ name: 'w1', reasons: [] }], chosen: 'w1' });
  });
});

