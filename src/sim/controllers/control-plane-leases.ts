import type { ApiServer } from '../apiserver/apiserver';
import { KUBE_APISERVER, KUBE_CONTROLLER_MANAGER, KUBE_SCHEDULER } from '../apiserver/auth/components';
import type { UserInfo } from '../apiserver/auth/user';
import { clientAs } from '../apiserver/client';
import type { VirtualClock } from '../clock';
import type { ClusterConfig } from '../config';
import { deepCopy } from '../clone';
import { base32Lower, sha256 } from '../sha256';
import type { Rng } from '../random';

const LEASES = 'leases.coordination.k8s.io';

/** How each control-plane lease is held (client-go leader election defaults; the apiserver identity lease's own). */
interface Holder {
  component: string;
  /** Who renews it. */
  user: UserInfo;
  name: string;
  holder: string;
  durationSeconds: number;
  renewMs: number;
  labels?: Record<string, string>;
  /** Leader election records when the lock was taken and how often it changed hands. */
  election: boolean;
}

/** kube-apiserver's identity: `apiserver-` and the base32 of the first 16 bytes of SHA-256 over its length-prefixed hostname and "kube-apiserver". */
export function apiserverIdentity(hostname: string): string {
  const enc = new TextEncoder();
  const part = (s: string) => {
    const b = enc.encode(s);
    return [b.length >> 8, b.length & 0xff, ...b];
  };
  const digest = sha256(new Uint8Array([...part(hostname), ...part('kube-apiserver')]));
  return `apiserver-${base32Lower(digest.slice(0, 16))}`;
}

function uuid(rng: Rng): string {
  const hex = (n: number) => rng.hex(n);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(4)]}${hex(3)}-${hex(12)}`;
}

/** Lease times are MicroTime: RFC 3339 with microseconds. */
function microTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000Z');
}

/**
 * The leases the control plane holds in kube-system: the API server's identity (renewed every 10 s)
 * and the leader-election locks of kube-controller-manager and kube-scheduler (renewed every 2 s,
 * 15 s duration), each held by the control-plane node's instance.
 */
export function installControlPlaneLeases(cluster: { api: ApiServer; clock: VirtualClock; rng: Rng; config: ClusterConfig }): void {
  const master = cluster.config.nodes.find((n) => n.controlPlane)?.name;
  if (!master) return;
  const rng = cluster.rng.fork('control-plane-leases');
  const id = apiserverIdentity(master);
  const holders: Holder[] = [
    {
      component: 'kube-apiserver',
      user: KUBE_APISERVER,
      name: id,
      holder: `${id}_${uuid(rng)}`,
      durationSeconds: 3600,
      renewMs: 10_000,
      labels: { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': master },
      election: false,
    },
    { component: 'kube-controller-manager', user: KUBE_CONTROLLER_MANAGER, name: 'kube-controller-manager', holder: `${master}_${uuid(rng)}`, durationSeconds: 15, renewMs: 2_000, election: true },
    { component: 'kube-scheduler', user: KUBE_SCHEDULER, name: 'kube-scheduler', holder: `${master}_${uuid(rng)}`, durationSeconds: 15, renewMs: 2_000, election: true },
  ];
  const api = cluster.api;
  for (const h of holders) {
    const now = microTime(cluster.clock.now());
    api.create({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: h.name, namespace: 'kube-system', ...(h.labels ? { labels: h.labels } : {}) },
      spec: {
        holderIdentity: h.holder,
        leaseDurationSeconds: h.durationSeconds,
        ...(h.election ? { acquireTime: now, leaseTransitions: 0 } : {}),
        renewTime: now,
      },
    });
    const holder = clientAs(api, h.user);
    const renew = () => {
      const cur = holder.tryGet(LEASES, 'kube-system', h.name);
      // a deleted lease is taken again at the next renewal, as its holder would
      if (!cur) {
        holder.create({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: h.name, namespace: 'kube-system', ...(h.labels ? { labels: h.labels } : {}) },
          spec: { holderIdentity: h.holder, leaseDurationSeconds: h.durationSeconds, renewTime: microTime(cluster.clock.now()) },
        });
      } else {
        const upd = deepCopy(cur);
        upd.spec = { ...upd.spec, renewTime: microTime(cluster.clock.now()) };
        holder.update(upd);
      }
      cluster.clock.after(h.renewMs, renew, h.component);
    };
    cluster.clock.after(h.renewMs, renew, h.component);
  }
}
