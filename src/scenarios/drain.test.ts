import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// every expected output below is what kubectl v1.34.5 printed against the simulated API server (npm run api) for the same commands
describe('drain: kubectl drain evicts through the Eviction API and its PodDisruptionBudgets', { timeout: 60_000 }, () => {
  const t = transcriptOf('drain.sh', 1);

  it('retries a refused eviction every 5 s until the global timeout, then lists what is left', () => {
    expect(outputOf(t, 'kubectl drain k8s-node1 --ignore-daemonsets --timeout=12s')).toBe(
      [
        'node/k8s-node1 cordoned',
        'Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-cfclw',
        'evicting pod kube-system/coredns-69965cf58-b9w2x',
        'evicting pod default/web-7957885594-ftv9m',
        'error when evicting pods/"web-7957885594-ftv9m" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
        'pod/coredns-69965cf58-b9w2x evicted',
        'evicting pod default/web-7957885594-ftv9m',
        'error when evicting pods/"web-7957885594-ftv9m" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
        'evicting pod default/web-7957885594-ftv9m',
        'error when evicting pods/"web-7957885594-ftv9m" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
        'evicting pod default/web-7957885594-ftv9m',
        'There are pending pods in node "k8s-node1" when an error occurred: error when evicting pods/"web-7957885594-ftv9m" -n "default": global timeout reached: 12s',
        'pod/web-7957885594-ftv9m',
        'error: unable to drain node "k8s-node1" due to error: error when evicting pods/"web-7957885594-ftv9m" -n "default": global timeout reached: 12s, continuing command...',
        'There are pending nodes to be drained:',
        ' k8s-node1',
        'error when evicting pods/"web-7957885594-ftv9m" -n "default": global timeout reached: 12s',
        '',
      ].join('\n'),
    );
  });

  it('reports the pods it may not touch before evicting anything', () => {
    expect(outputOf(t, 'kubectl drain k8s-node2')).toBe(
      'node/k8s-node2 cordoned\nerror: unable to drain node "k8s-node2" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-7twjn, continuing command...\nThere are pending nodes to be drained:\n k8s-node2\ncannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-7twjn\n',
    );
  });

  it('changes nothing on a server dry run, and evicts once the budget allows it', () => {
    expect(outputOf(t, 'kubectl drain k8s-node1 --ignore-daemonsets --dry-run=server')).toBe(
      'node/k8s-node1 cordoned (server dry run)\nWarning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-cfclw\nevicting pod default/web-7957885594-ftv9m (server dry run)\nnode/k8s-node1 drained (server dry run)\n',
    );
    expect(outputOf(t, 'kubectl drain k8s-node1 --ignore-daemonsets')).toBe(
      'node/k8s-node1 cordoned\nWarning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-cfclw\nevicting pod default/web-7957885594-ftv9m\npod/web-7957885594-ftv9m evicted\nnode/k8s-node1 drained\n',
    );
  });

  it('waits for the replacement to be Ready before the budget lets the last pod go', () => {
    const out = outputOf(t, 'kubectl drain k8s-node2 --ignore-daemonsets --timeout=8s');
    expect(out).toContain('error when evicting pods/"web-7957885594-t7cw5" -n "default" (will retry after 5s)');
    expect(out.endsWith('evicting pod default/web-7957885594-t7cw5\npod/web-7957885594-t7cw5 evicted\nnode/k8s-node2 drained\n')).toBe(true);
  });

  it('deletes without eviction with --disable-eviction', () => {
    expect(outputOf(t, 'kubectl drain k8s-node2 --ignore-daemonsets --disable-eviction')).toBe('node/k8s-node2 already cordoned\nWarning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-7twjn\nnode/k8s-node2 drained\n');
  });

  it('ends the wait for a pod that outlives --timeout with context deadline exceeded, an aggregate with eviction and a lone error without', () => {
    const wait = 'error when waiting for pod "slow-769ddd875c-blnq8" in namespace "default" to terminate: context deadline exceeded';
    expect(outputOf(t, 'kubectl drain k8s-node2 --ignore-daemonsets --timeout=5s')).toBe(
      `node/k8s-node2 cordoned\nWarning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-7twjn\nevicting pod default/slow-769ddd875c-blnq8\nThere are pending pods in node "k8s-node2" when an error occurred: ${wait}\npod/slow-769ddd875c-blnq8\nerror: unable to drain node "k8s-node2" due to error: ${wait}, continuing command...\nThere are pending nodes to be drained:\n k8s-node2\n${wait}\n`,
    );
    const deleted = outputOf(t, 'kubectl drain k8s-node1 --ignore-daemonsets --timeout=5s --disable-eviction');
    expect(deleted).toContain('pod/coredns-69965cf58-gd8wf deleted\n');
    expect(deleted.endsWith('There are pending pods in node "k8s-node1" when an error occurred: context deadline exceeded\npod/slow-769ddd875c-2bhhs\nerror: unable to drain node "k8s-node1" due to error: context deadline exceeded, continuing command...\nThere are pending nodes to be drained:\n k8s-node1\nerror: context deadline exceeded\n')).toBe(true);
  });
});

