import { describe, expect, it } from 'vitest';
import { setNodeDown } from './node-failure';
import { pod, testCluster } from './test-util';

describe('node failure', () => {
  it('marks a silent node Unknown, taints it, evicts its pods after 300s and finishes them when it returns', () => {
    const c = testCluster();
    c.api.create(pod('web', [{ name: 'c', image: 'nginx' }], { nodeName: 'k8s-node1', tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }] }));
    c.advance(30_000);
    setNodeDown(c, 'k8s-node1', true);
    c.advance(60_000);
    const node = c.api.get('nodes', undefined, 'k8s-node1');
    expect(node.status.conditions.find((x: { type: string }) => x.type === 'Ready')).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(node.spec.taints.map((t: { key: string; effect: string }) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    expect(c.api.get('pods', 'default', 'web').status.conditions.find((x: { type: string }) => x.type === 'Ready').status).toBe('False');
    c.advance(300_000);
    // evicted, but nobody on the node can confirm: Terminating
    expect(c.api.get('pods', 'default', 'web').metadata.deletionTimestamp).toBeTruthy();
    setNodeDown(c, 'k8s-node1', false);
    c.advance(5_000);
    expect(c.api.tryGet('pods', 'default', 'web')).toBeUndefined();
    expect(c.api.get('nodes', undefined, 'k8s-node1').spec.taints).toBeUndefined();
  });

  it('lifts the taints and posts Ready as the controller and the kubelet, in the log too, not as a client request', () => {
    const c = testCluster();
    setNodeDown(c, 'k8s-node1', true);
    c.advance(60_000);
    const mark = c.activity.mark();
    setNodeDown(c, 'k8s-node1', false);
    const steps = c.activity.since(mark);
    expect(steps.filter((s) => s.kind === 'request')).toEqual([]);
    expect(steps.filter((s) => s.kind === 'write' && s.object.resource === 'nodes').map((s) => s.actor)).toEqual(['kubelet', 'kube-controller-manager']);
    expect(c.api.get('nodes', undefined, 'k8s-node1').status.conditions.find((x: { type: string }) => x.type === 'Ready').status).toBe('True');
  });
});
