import { describe, expect, it } from 'vitest';
import { eventsFor, pod, testCluster } from '../kubelet/test-util';

const antiWeb = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] } };
const withDb = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' }] } };
const nginx = [{ name: 'c', image: 'nginx:1.27' }];

describe('scheduler with inter-pod affinity', () => {
  it('keeps replicas with hostname anti-affinity apart and explains the one left over', () => {
    const c = testCluster();
    for (const n of ['a', 'b', 'c']) c.api.create(pod(n, nginx, { affinity: antiWeb }, { labels: { app: 'web' } }));
    c.runUntilIdle();
    const nodes = ['a', 'b', 'c'].map((n) => c.api.get('pods', 'default', n).spec.nodeName);
    expect(nodes.filter(Boolean).sort()).toEqual(['k8s-node1', 'k8s-node2']);
    const pending = ['a', 'b', 'c'][nodes.indexOf(undefined)];
    expect(eventsFor(c, pending)).toEqual([
      "Warning FailedScheduling 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod anti-affinity rules. " +
        'no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    ]);
  });

  it("keeps a pod off the nodes whose pods' anti-affinity it matches", () => {
    const c = testCluster();
    c.api.create(pod('guard', nginx, { affinity: antiWeb, nodeName: 'k8s-node1' }));
    c.api.create(pod('web', nginx, {}, { labels: { app: 'web' } }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'web').spec.nodeName).toBe('k8s-node2');
  });

  it('waits for the pod it must join, and follows it once it is scheduled', () => {
    const c = testCluster();
    c.api.create(pod('cache', nginx, { affinity: withDb }));
    c.runUntilIdle();
    expect(eventsFor(c, 'cache')).toEqual([
      "Warning FailedScheduling 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod affinity rules. " +
        'no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    ]);
    c.api.create(pod('db', nginx, {}, { labels: { app: 'db' } }));
    c.runUntilIdle();
    const db = c.api.get('pods', 'default', 'db').spec.nodeName;
    expect(db).toBeTruthy();
    expect(c.api.get('pods', 'default', 'cache').spec.nodeName).toBe(db);
  });

  it('lets the first of a group with affinity to itself in', () => {
    const c = testCluster();
    const self = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' }] } };
    c.api.create(pod('db-0', nginx, { affinity: self }, { labels: { app: 'db' } }));
    c.api.create(pod('db-1', nginx, { affinity: self }, { labels: { app: 'db' } }));
    c.runUntilIdle();
    const first = c.api.get('pods', 'default', 'db-0').spec.nodeName;
    expect(first).toBeTruthy();
    expect(c.api.get('pods', 'default', 'db-1').spec.nodeName).toBe(first);
  });

  it('prefers the node of a preferred pod, and the replay shows InterPodAffinity with its weight', () => {
    const c = testCluster();
    c.api.create(pod('db', nginx, { nodeName: 'k8s-node2' }, { labels: { app: 'db' } }));
    c.runUntilIdle();
    const mark = c.activity.mark();
    const near = { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' } }] } };
    c.api.create(pod('app', nginx, { affinity: near }));
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'app').spec.nodeName).toBe('k8s-node2');
    const step = c.activity.since(mark).find((s) => s.kind === 'schedule');
    const scored = step?.kind === 'schedule' ? step.nodes.filter((n) => n.score !== undefined) : [];
    const ipa = Object.fromEntries(scored.map((n) => [n.name, n.plugins?.find((p) => p.name === 'InterPodAffinity')]));
    expect(ipa).toEqual({ 'k8s-node1': { name: 'InterPodAffinity', weight: 2, score: 0 }, 'k8s-node2': { name: 'InterPodAffinity', weight: 2, score: 100 } });
    for (const n of scored) expect(n.score).toBe(n.plugins!.reduce((s, p) => s + p.score * p.weight, 0));
  });
});

describe('scheduler with image locality', () => {
  it('scores the node that reports the image, by the name the pod spec uses', () => {
    const c = testCluster();
    // a pull puts the image in the node's status.images at the next refresh of the kubelet's image cache (30 s)
    c.api.create(pod('first', [{ name: 'c', image: 'docker.io/library/mysql:8.0' }], { nodeName: 'k8s-node1' }));
    c.runUntilIdle();
    c.advance(40_000);
    c.runUntilIdle();
    const images: { names: string[] }[] = c.api.get('nodes', undefined, 'k8s-node1').status.images;
    expect(images.some((i) => i.names.includes('docker.io/library/mysql:8.0'))).toBe(true);
    const mark = c.activity.mark();
    c.api.create(pod('second', [{ name: 'c', image: 'docker.io/library/mysql:8.0' }]));
    c.api.create(pod('short', [{ name: 'c', image: 'mysql:8.0' }]));
    c.runUntilIdle();
    const locality = (name: string) => {
      const step = c.activity.since(mark).find((s) => s.kind === 'schedule' && s.object.name === name);
      const nodes = step?.kind === 'schedule' ? step.nodes : [];
      return Object.fromEntries(nodes.filter((n) => n.plugins).map((n) => [n.name, n.plugins!.find((p) => p.name === 'ImageLocality')?.score]));
    };
    expect(locality('second')['k8s-node1']).toBeGreaterThan(0);
    expect(locality('second')['k8s-node2']).toBe(0);
    // upstream adds only `:latest`: a short name never matches the fully qualified names a node reports
    expect(locality('short')).toEqual({ 'k8s-node1': 0, 'k8s-node2': 0 });
  });
});
