import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// client-go leaderelection: renew deadline 10 s after the retry period (2 s); OnStoppedLeading logs and exits 1
describe('etcd-leases: without a quorum the controller manager and the scheduler lose their leases', { timeout: 60_000 }, () => {
  const t = transcriptOf('etcd-leases.sh', 1);

  it('ends both processes with "leaderelection lost" and exit code 1, and the kubelet restarts them', () => {
    expect(outputOf(t, 'kubectl logs -n kube-system kube-controller-manager-k8s-master --previous').split('\n').slice(-2).join('\n')).toBe('E0101 08:00:12.000000       1 controllermanager.go:368] "leaderelection lost"\n');
    expect(outputOf(t, 'kubectl logs -n kube-system kube-scheduler-k8s-master --previous')).toMatch(/\nE0101 08:00:12\.000000 {7}1 server\.go:307\] "Leaderelection lost"\n$/);
    expect(outputOf(t, "kubectl get pod -n kube-system kube-controller-manager-k8s-master -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode} {.status.containerStatuses[0].lastState.terminated.reason}'")).toBe('1 Error\n');
    const pods = outputOf(t, 'kubectl get pods -n kube-system kube-controller-manager-k8s-master kube-scheduler-k8s-master');
    expect(pods.split('\n').slice(1, 3).every((l) => /\s1 \(1s ago\)\s/.test(l))).toBe(true);
  });

  it('lets the new processes lead only after the old lease has gone unrenewed for its duration', () => {
    const gets = t.split('$ kubectl get pods\n').slice(1).map((s) => s.split('$ ')[0]);
    // 5 s after the quorum is back the new controller manager still waits for the lease: no ReplicaSet, no pod
    expect(gets[0]).toBe('No resources found in default namespace.\n');
    expect(gets[1]).toMatch(/^web-\S+\s+1\/1\s+Running/m);
    const [before, after] = t.split('$ kubectl get lease -n kube-system').slice(1).map((s) => s.split('$ ')[0].trim().split('\n').slice(2));
    const holderAndTransitions = (rows: string[]) => rows.map((l) => l.split(/\s+/).slice(1));
    expect(holderAndTransitions(before).map((r) => r[1])).toEqual(['0', '0']);
    // new holders (the restarted processes' identities), one transition each
    expect(holderAndTransitions(after).map((r) => r[1])).toEqual(['1', '1']);
    expect(holderAndTransitions(after).map((r) => r[0])).not.toEqual(holderAndTransitions(before).map((r) => r[0]));
    expect(outputOf(t, 'kubectl get events -n kube-system --field-selector reason=LeaderElection -o custom-columns=SOURCE:.source.component,MESSAGE:.message')).toMatch(/kube-controller-manager\s+k8s-master_\S+ became leader\ndefault-scheduler\s+k8s-master_\S+ became leader\n$/);
  });
});
