import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { killContainer } from '../kubelet/faults';

const LEASES = 'leases.coordination.k8s.io';
const lease = (c: Cluster, name: string) => c.api.get(LEASES, 'kube-system', name).spec;

describe('leader election of the controller manager and the scheduler', () => {
  it('stops the controllers while kube-controller-manager is down and until its new process takes the lease', () => {
    const c = new Cluster({ seed: 3 });
    const before = lease(c, 'kube-controller-manager');
    expect(killContainer(c, 'kube-system', 'kube-controller-manager-k8s-master').ok).toBe(true);
    const killedAt = c.now();
    c.api.create({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs', namespace: 'default' }, spec: { replicas: 2, selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    const pods = () => c.api.list('pods', 'default').length;
    // the restarted process has seen the old holder's record only now: it waits a whole lease duration
    c.advance(14_000);
    expect(pods()).toBe(0);
    expect(lease(c, 'kube-controller-manager').holderIdentity).toBe(before.holderIdentity);
    expect(c.advanceUntil(() => pods() === 2, 10_000, 100)).toBe(true);
    const now = lease(c, 'kube-controller-manager');
    expect(now.holderIdentity).toMatch(/^k8s-master_[0-9a-f-]{36}$/);
    expect(now.holderIdentity).not.toBe(before.holderIdentity);
    expect(now.leaseTransitions).toBe(1);
    const took = Date.parse(now.acquireTime);
    // at least 15 s after the restart (within a second of the kill), at most one jittered retry (4.4 s) later
    expect(took - killedAt).toBeGreaterThanOrEqual(15_000);
    expect(took - killedAt).toBeLessThan(1_000 + 15_000 + 4_400);
    const ev = c.api.list('events', 'kube-system').find((e) => e.reason === 'LeaderElection');
    expect(ev).toMatchObject({ type: 'Normal', message: `${now.holderIdentity} became leader`, involvedObject: { kind: 'Lease', name: 'kube-controller-manager' }, source: { component: 'kube-controller-manager' } });
  });

  it('renews the lease every 2 s once it leads again', () => {
    const c = new Cluster({ seed: 3 });
    killContainer(c, 'kube-system', 'kube-controller-manager-k8s-master');
    c.advance(25_000);
    const renewed = lease(c, 'kube-scheduler').renewTime;
    c.advance(2_000);
    expect(lease(c, 'kube-scheduler').renewTime).not.toBe(renewed);
  });

  it('leaves new pods unscheduled while kube-scheduler waits for its lease', () => {
    const c = new Cluster({ seed: 4 });
    killContainer(c, 'kube-system', 'kube-scheduler-k8s-master');
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    c.advance(10_000);
    const p = c.api.get('pods', 'default', 'p');
    expect(p.spec.nodeName).toBeUndefined();
    expect(p.status.conditions ?? []).toEqual([]);
    expect(c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').spec.nodeName, 15_000, 100)).toBe(true);
    const ev = c.api.list('events', 'kube-system').find((e) => e.reason === 'LeaderElection');
    expect(ev).toMatchObject({ involvedObject: { name: 'kube-scheduler' }, source: { component: 'default-scheduler' } });
  });

  it('keeps the cluster running when a leader may no longer write its lease, and leads again once it may', () => {
    const c = new Cluster({ seed: 3, systemPods: false });
    const rbac = 'clusterrolebindings.rbac.authorization.k8s.io';
    const binding = structuredClone(c.api.get(rbac, undefined, 'system:kube-scheduler'));
    const renewed = lease(c, 'kube-scheduler').renewTime;
    c.api.delete(rbac, undefined, 'system:kube-scheduler');
    c.advance(30_000);
    expect(lease(c, 'kube-scheduler').renewTime).toBe(renewed);
    c.api.create({ ...binding, metadata: { name: binding.metadata.name, labels: binding.metadata.labels, annotations: binding.metadata.annotations } });
    c.advance(4_000);
    expect(lease(c, 'kube-scheduler').renewTime).not.toBe(renewed);
  });

  // renew(): after the last renewal the loop starts a retry period (2 s) later and gives up at its renew deadline (10 s)
  it.each([
    [9_000, 0],
    [13_000, 1],
  ])('keeps the leaders through %i ms without an etcd quorum only within the renew deadline (restarts: %i)', (ms, restarts) => {
    const c = new Cluster({ seed: 3 });
    const holder = lease(c, 'kube-scheduler').holderIdentity;
    c.etcd.stop('etcd-2');
    c.etcd.stop('etcd-3');
    c.advance(ms);
    c.etcd.start('etcd-2');
    c.advance(1_000);
    const restartCount = (name: string) => c.api.get('pods', 'kube-system', `${name}-k8s-master`).status.containerStatuses[0].restartCount;
    expect([restartCount('kube-controller-manager'), restartCount('kube-scheduler')]).toEqual([restarts, restarts]);
    c.advance(30_000);
    expect(lease(c, 'kube-scheduler').holderIdentity === holder).toBe(restarts === 0);
  });
});

