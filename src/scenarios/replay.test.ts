import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('the control plane replayed after a command', { timeout: 60_000 }, () => {
  const t = transcriptOf('replay.sh', 1);
  const replays = t.split('$ replay\n').slice(1).map((s) => s.slice(0, s.indexOf('\n$ ') + 1 || undefined));

  it('follows a create through authentication, authorization, admission and etcd, then each controller, the scheduler and the kubelet', () => {
    const r = replays[0];
    expect(r).toMatch(/^after: kubectl create deployment kubia/);
    const order = [
      'kubectl → kube-apiserver: create deployments.apps default/kubia',
      '  authentication: kubernetes-admin',
      '  authorization: ClusterRoleBinding kubeadm:cluster-admins → ClusterRole cluster-admin',
      '  etcd: stored at resourceVersion',
      'deployment-controller: ADDED replicasets.apps default/kubia-',
      'replicaset-controller: ADDED pods default/kubia-',
      'scheduler: binds pods default/kubia-',
      'spec.nodeName: - → k8s-node',
      'kubelet@k8s-node',
      'containers: - → kubia=ContainerCreating',
    ];
    let at = 0;
    for (const line of order) {
      const i = r.indexOf(line, at);
      expect(i, line).toBeGreaterThanOrEqual(at);
      at = i;
    }
    // the scheduler tells why the control-plane node was left out, with the FailedScheduling words
    expect(r).toContain('k8s-master: filtered out: node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }');
    expect(r).toMatch(/k8s-node1: fits, score \d+/);
  });

  it('shows what happened later, timed from the command: the image pull and the pod turning Ready', () => {
    const r = replays[1];
    expect(r).toMatch(/\+\d+\.\ds kubelet@k8s-node\d: event Normal Pulling on pods default\/kubia-/);
    expect(r).toContain('status.phase: Pending → Running');
    expect(r).toContain('Ready: False → True');
    expect(r).toMatch(/deployment-controller: MODIFIED deployments.apps default\/kubia[^\n]*\n(  [^\n]*\n)*  status.availableReplicas: 1 → 2/);
  });

  it('lists the admission plugins a pod passes and the scores of the nodes that fit', () => {
    expect(replays[2]).toMatch(/default: [^\n]*LimitRanger, ServiceAccount, Priority, DefaultTolerationSeconds/);
    expect(replays[2]).toMatch(/admit: PodSecurity, ResourceQuota/);
  });

  it('stops a forbidden request at authorization, before admission and storage', () => {
    expect(replays[3]).toBe(
      'after: kubectl create configmap c --from-literal=a=b --as=system:serviceaccount:default:default\n' +
        '+0.0s kubectl → kube-apiserver: create configmaps in namespace default\n' +
        '  authentication: system:serviceaccount:default:default\n' +
        '  authorization: denied (403 Forbidden)\n',
    );
  });

  it('says so when a read changed nothing', () => {
    expect(replays[4]).toBe('after: kubectl get pods\n  (the control plane did nothing)\n');
  });

  it('credits the node lifecycle controller with a stopped node going Unknown and its pods not ready, and the endpoints following', () => {
    const r = replays[5];
    expect(r).toMatch(/\+50\.0s node-lifecycle-controller: MODIFIED nodes k8s-node2 [^\n]*\n  Ready: True → Unknown/);
    expect(r).toContain('spec.taints: - → node.kubernetes.io/unreachable:NoSchedule,node.kubernetes.io/unreachable:NoExecute');
    expect(r).toMatch(/endpoints-controller: MODIFIED endpoints kube-system\/kube-dns[^\n]*\n  addresses: [^\n]*\n  notReadyAddresses: - → /);
    expect(outputOf(t, 'replay now')).toBe('usage: replay\n');
  });
});
