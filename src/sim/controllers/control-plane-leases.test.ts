import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { apiserverIdentity } from './control-plane-leases';

const LEASES = 'leases.coordination.k8s.io';

describe('control-plane leases in kube-system', () => {
  it('holds the apiserver identity and the leader locks of the controller manager and the scheduler', () => {
    const c = new Cluster({ seed: 2 });
    const names = c.api.list(LEASES, 'kube-system').map((l) => l.metadata.name);
    const id = apiserverIdentity('k8s-master');
    expect(names).toEqual([id, 'kube-controller-manager', 'kube-scheduler'].sort());
    expect(id).toMatch(/^apiserver-[a-z2-7]{26}$/);
    const idLease = c.api.get(LEASES, 'kube-system', id);
    expect(idLease.metadata.labels).toEqual({ 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': 'k8s-master' });
    expect(idLease.spec).toMatchObject({ leaseDurationSeconds: 3600 });
    expect(idLease.spec.holderIdentity).toMatch(new RegExp(`^${id}_[0-9a-f-]{36}$`));
    const sched = c.api.get(LEASES, 'kube-system', 'kube-scheduler');
    expect(sched.spec).toMatchObject({ leaseDurationSeconds: 15, leaseTransitions: 0 });
    expect(sched.spec.holderIdentity).toMatch(/^k8s-master_[0-9a-f-]{36}$/);
    // the lease registry never sets a generation
    expect(sched.metadata.generation).toBeUndefined();
  });

  it('renews the leader locks every 2 s and the identity every 10 s, and takes a deleted lock again', () => {
    const c = new Cluster({ seed: 2 });
    const renew = (name: string) => c.api.get(LEASES, 'kube-system', name).spec.renewTime;
    const id = apiserverIdentity('k8s-master');
    const before = { sched: renew('kube-scheduler'), id: renew(id) };
    c.advance(2_000);
    expect(renew('kube-scheduler')).not.toBe(before.sched);
    expect(renew(id)).toBe(before.id);
    c.advance(8_000);
    expect(renew(id)).not.toBe(before.id);
    c.api.delete(LEASES, 'kube-system', 'kube-controller-manager');
    c.advance(2_000);
    expect(c.api.tryGet(LEASES, 'kube-system', 'kube-controller-manager')).toBeDefined();
  });
});
