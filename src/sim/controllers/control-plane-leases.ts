import { KUBE_APISERVER, KUBE_CONTROLLER_MANAGER, KUBE_SCHEDULER } from '../apiserver/auth/components';
import { clientAs } from '../apiserver/client';
import { deepCopy } from '../clone';
import type { ClusterAssembly } from '../context';
import { base32Lower, sha256 } from '../sha256';
import { appendLog } from '../kubelet/process';
import { LeaderElection, microTime } from './leader-election';

const LEASES = 'leases.coordination.k8s.io';

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

/** The API server's identity lease is renewed every 10 s and lasts an hour. */
const IDENTITY_RENEW_MS = 10_000;
const IDENTITY_DURATION_S = 3600;

/**
 * The leases the control plane holds in kube-system: the API server's identity (renewed every 10 s)
 * and the leader-election locks of kube-controller-manager and kube-scheduler (leader-election.ts),
 * each held by the control-plane node's instance.
 */
export function installControlPlaneLeases(cluster: ClusterAssembly): void {
  const master = cluster.config.nodes.find((n) => n.controlPlane)?.name;
  if (!master) return;
  const rng = cluster.rng.fork('control-plane-leases');
  const id = apiserverIdentity(master);
  const labels = { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': master };
  const api = cluster.api;
  const identityLease = (holder: string) => ({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: id, namespace: 'kube-system', labels },
    spec: { holderIdentity: holder, leaseDurationSeconds: IDENTITY_DURATION_S, renewTime: microTime(cluster.clock.now()) },
  });
  const holderId = `${id}_${rng.uuid()}`;
  api.create(identityLease(holderId));
  // the process ends with exit code 1 in its static pod's container, which the kubelet restarts
  const lost = (process: string, logLine: string) => {
    const kubelet = cluster.services.kubelet;
    const rt = kubelet?.find('kube-system', `${process}-${master}`);
    const c = rt?.containers.find((x) => !x.init && x.proc?.alive);
    if (!kubelet || !rt || !c) return;
    appendLog(c, logLine, cluster.clock.now());
    kubelet.containerExited(rt, c, 1, 'Error');
  };
  const elections = new LeaderElection(cluster, master, rng, lost);
  elections.add('kube-controller-manager', KUBE_CONTROLLER_MANAGER, 'kube-controller-manager');
  elections.add('kube-scheduler', KUBE_SCHEDULER, 'default-scheduler');
  cluster.addComponent(elections);
  cluster.services.leaders = elections;
  const holder = clientAs(api, KUBE_APISERVER);
  const renew = () => {
    const cur = holder.tryGet(LEASES, 'kube-system', id);
    // a deleted lease is taken again at the next renewal, as its holder would
    if (!cur) holder.create(identityLease(holderId));
    else {
      const upd = deepCopy(cur);
      upd.spec = { ...upd.spec, renewTime: microTime(cluster.clock.now()) };
      holder.update(upd);
    }
    cluster.clock.after(IDENTITY_RENEW_MS, renew, 'kube-apiserver');
  };
  cluster.clock.after(IDENTITY_RENEW_MS, renew, 'kube-apiserver');
}
