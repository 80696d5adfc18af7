import { describe, expect, it } from 'vitest';
import { apiAsUser } from '../apiserver/auth/as-user';
import { nodeUser } from '../apiserver/auth/components';
import { nodeWatches } from './node-watches';
import { pod, testCluster } from './test-util';

const cannot = (node: string, resource: string, reason: string, name?: string) =>
  `${name ? `${resource} "${name}"` : resource} is forbidden: User "system:node:${node}" cannot list resource "${resource}" in API group "" at the cluster scope: ${reason}`;

describe("a kubelet's watches are its node's: pods by spec.nodeName, its Node by name", () => {
  it('lets each kubelet list and watch its own pods and Node, and runs the pods bound to it', () => {
    const c = testCluster({ systemPods: false });
    const mark = c.activity.mark();
    expect(c.services.informers.scopedRefusal(nodeUser('k8s-node1'), nodeWatches('k8s-node1'))).toBeUndefined();
    c.api.create(pod('app', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }], { nodeName: 'k8s-node1' }));
    c.advance(30_000);
    expect(c.api.get('pods', 'default', 'app').status.phase).toBe('Running');
    const refused = c.activity.since(mark, 1_000_000).filter((s) => s.kind === 'request' && 'code' in s.outcome && s.outcome.code === 403);
    expect(refused).toEqual([]);
  });

  it('refuses a kubelet the cluster-wide lists and another node’s pods and Node, with the Node authorizer’s reasons', () => {
    const c = testCluster({ systemPods: false });
    const node1 = nodeUser('k8s-node1');
    expect(c.services.informers.refusal(node1, ['pods'])).toBe(cannot('k8s-node1', 'pods', 'can only list/watch pods with spec.nodeName field selector'));
    expect(c.services.informers.refusal(node1, ['nodes'])).toBe(cannot('k8s-node1', 'nodes', "node 'k8s-node1' cannot read all nodes, only its own Node object"));
    const [pods2, node2] = nodeWatches('k8s-node2');
    expect(c.services.informers.scopedRefusal(node1, [pods2])).toBe(cannot('k8s-node1', 'pods', 'can only list/watch pods with spec.nodeName field selector'));
    expect(c.services.informers.scopedRefusal(node1, [node2])).toBe(cannot('k8s-node1', 'nodes', "node 'k8s-node1' cannot read 'k8s-node2', only its own Node object", 'k8s-node2'));
  });

  it('lets a client with a kubelet’s credentials list its pods only by spec.nodeName=<node> (kubectl get pods --field-selector)', () => {
    const c = testCluster({ systemPods: false });
    c.api.create(pod('app', [{ name: 'c', image: 'busybox' }], { nodeName: 'k8s-node1' }));
    const asNode = apiAsUser(c.api, nodeUser('k8s-node1'));
    expect(asNode.list('pods', undefined, { fieldRequirements: [{ field: 'spec.nodeName', value: 'k8s-node1' }] }).length).toBeGreaterThan(0);
    expect(() => asNode.list('pods', undefined, { fieldRequirements: [{ field: 'spec.nodeName', value: 'k8s-node2' }] })).toThrow(cannot('k8s-node1', 'pods', 'can only list/watch pods with spec.nodeName field selector'));
    expect(() => asNode.list('pods')).toThrow(cannot('k8s-node1', 'pods', 'can only list/watch pods with spec.nodeName field selector'));
  });
});
