import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('leader election after the controller manager restarts', { timeout: 60_000 }, () => {
  const t = transcriptOf('leader-election.sh', 1);
  const holder = "kubectl get lease -n kube-system kube-controller-manager -o jsonpath='{.spec.holderIdentity} {.spec.leaseTransitions}";

  it('does not scale while no process leads, and keeps the old holder in the lease', () => {
    const first = outputOf(t, `${holder}{"\\n"}'`);
    expect(first).toMatch(/^k8s-master_[0-9a-f-]{36} 0\n$/);
    expect(outputOf(t, 'kubectl get deploy web')).toMatch(/^web +1\/3 +1 +1 /m);
    expect(outputOf(t, `${holder} {.spec.renewTime}{"\\n"}'`).startsWith(first.split(' ')[0])).toBe(true);
  });

  it('scales once the new identity has taken the lease, with the LeaderElection event', () => {
    const after = outputOf(t, `${holder} {.spec.acquireTime}{"\\n"}'`);
    expect(after).toMatch(/^k8s-master_[0-9a-f-]{36} 1 2026-01-01T08:00:2\d\.\d{6}Z\n$/);
    const id = after.split(' ')[0];
    expect(outputOf(t, 'kubectl get events -n kube-system --field-selector reason=LeaderElection')).toContain(`Normal   LeaderElection   lease/kube-controller-manager   ${id} became leader\n`);
    expect(t).toMatch(/\$ sleep 15\n\$ kubectl get deploy web\nNAME .*\nweb +3\/3 /);
  });
});
