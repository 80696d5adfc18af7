import { describe, expect, it } from 'vitest';
import { eventsFor, pod, testCluster } from '../kubelet/test-util';
import { fitErrorMessage, histogram } from './fit-error';
import { feasibleToFind } from './scheduler';
import { NO_VICTIMS, noCandidateMessage } from './preemption';

const cond = (c: ReturnType<typeof testCluster>, name: string) =>
  c.api.get('pods', 'default', name).status?.conditions?.find((x: { type: string }) => x.type === 'PodScheduled');

describe('scheduler in the activity log', () => {
  it('names the nodes a pod was looked at on, with their reasons', () => {
    const c = testCluster();
    const mark = c.activity.mark();
    c.api.create(pod('a', [{ name: 'c', image: 'nginx' }]));
    c.runUntilIdle();
    const step = c.activity.since(mark).find((s) => s.kind === 'schedule');
    expect(step).toMatchObject({ kind: 'schedule', chosen: c.api.get('pods', 'default', 'a').spec.nodeName });
    const looked = step?.kind === 'schedule' ? step.nodes : [];
    expect(looked.map((n) => n.name).sort()).toEqual(['k8s-master', 'k8s-node1', 'k8s-node2']);
    expect(looked.find((n) => n.name === 'k8s-master')).toEqual({ name: 'k8s-master', reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'] });
    expect(looked.filter((n) => n.reasons.length === 0).every((n) => typeof n.score === 'number')).toBe(true);
  });

  it('still names the same nodes after nodes join and leave', () => {
    const nodes = Array.from({ length: 120 }, (_, i) => ({ name: `w${i}`, controlPlane: false, cpu: '4', memory: '8Gi', maxPods: 110 }));
    const c = testCluster({ nodes, systemPods: false });
    c.api.create(pod('a', [{ name: 'c', image: 'nginx' }]));
    c.runUntilIdle();
    // the second pod's look starts where the first one's stopped (100 of 120 nodes) and wraps around
    const mark = c.activity.mark();
    c.api.create(pod('b', [{ name: 'c', image: 'nginx' }]));
    c.runUntilIdle();
    const read = () => c.activity.since(mark).find((s) => s.kind === 'schedule');
    const first = read();
    const names = first?.kind === 'schedule' ? first.nodes.map((n) => n.name) : [];
    expect(names.length).toBe(100);
    expect(names.slice(0, 21)).toEqual([...Array.from({ length: 20 }, (_, i) => `w${100 + i}`), 'w0']);
    c.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'w120' } });
    c.api.delete('nodes', undefined, 'w3');
    c.runUntilIdle();
    expect(read()).toEqual(first);
  });
});

describe('scheduler FitError', () => {
  it('sorts the histogram as strings', () => {
    expect(histogram([...Array(10).fill('x'), 'y', 'y'])).toBe('10 x, 2 y');
  });

  it('explains a taint and insufficient cpu with the v1.34 text', () => {
    const c = testCluster();
    c.api.create(pod('big', [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '5' } } }]));
    c.runUntilIdle();
    const msg =
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. ' +
      'no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';
    expect(cond(c, 'big')).toMatchObject({ status: 'False', reason: 'Unschedulable', message: msg });
    expect(eventsFor(c, 'big')).toEqual([`Warning FailedScheduling ${msg}`]);
    expect(c.api.get('pods', 'default', 'big').status.phase).toBe('Pending');
  });

  it('explains a nodeSelector no node matches, and schedules once a node is labelled', () => {
    const c = testCluster();
    c.api.create(pod('ssd', [{ name: 'c', image: 'nginx' }], { nodeSelector: { disktype: 'ssd' } }));
    c.runUntilIdle();
    expect(cond(c, 'ssd').message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. " +
        'no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    const node = structuredClone(c.api.get('nodes', undefined, 'k8s-node2'));
    node.metadata.labels = { ...node.metadata.labels, disktype: 'ssd' };
    c.api.update(node);
    c.runUntilIdle();
    const p = c.api.get('pods', 'default', 'ssd');
    expect(p.spec.nodeName).toBe('k8s-node2');
    expect(cond(c, 'ssd').status).toBe('True');
    expect(eventsFor(c, 'ssd')).toContain('Normal Scheduled Successfully assigned default/ssd to k8s-node2');
  });

  it('counts insufficient memory and too many pods per node', () => {
    const msg = fitErrorMessage(
      2,
      [
        { reasons: ['Too many pods', 'Insufficient memory'], resolvable: true },
        { reasons: ['Insufficient memory'], resolvable: true },
      ],
      noCandidateMessage(2, [[NO_VICTIMS], [NO_VICTIMS]]),
    );
    expect(msg).toBe(
      '0/2 nodes are available: 1 Too many pods, 2 Insufficient memory. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    );
  });

  it('rejects unbound immediate claims before looking at nodes', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: '', resources: { requests: { storage: '1Gi' } } } });
    c.api.create(pod('db', [{ name: 'c', image: 'nginx' }], { volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }] }));
    c.runUntilIdle();
    expect(cond(c, 'db').message).toBe(
      '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
  });

  it('does not schedule onto a cordoned node, and says so', () => {
    const c = testCluster({ nodes: [{ name: 'only', controlPlane: false, cpu: '2', memory: '4Gi', maxPods: 110 }], systemPods: false });
    const n = structuredClone(c.api.get('nodes', undefined, 'only'));
    n.spec.unschedulable = true;
    c.api.update(n);
    c.api.create(pod('p', [{ name: 'c', image: 'nginx' }]));
    c.runUntilIdle();
    expect(cond(c, 'p').message).toBe(
      '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    );
  });

  it('spreads replicas of one owner across nodes', () => {
    const c = testCluster();
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner', namespace: 'default' } });
    const owner = [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: cm.metadata.uid!, controller: true }];
    for (const n of ['a', 'b', 'c', 'd']) c.api.create(pod(n, [{ name: 'c', image: 'nginx' }], {}, { ownerReferences: owner }));
    c.runUntilIdle();
    const nodes = ['a', 'b', 'c', 'd'].map((n) => c.api.get('pods', 'default', n).spec.nodeName).sort();
    expect(nodes).toEqual(['k8s-node1', 'k8s-node1', 'k8s-node2', 'k8s-node2']);
  });

  it('looks at a share of big clusters (percentageOfNodesToScore)', () => {
    expect(feasibleToFind(50)).toBe(50);
    expect(feasibleToFind(1000)).toBe(420);
    expect(feasibleToFind(5000)).toBe(500);
  });
});
