import type { Cluster } from '../cluster';
import { ApiError } from '../types';
import { deepCopy } from '../clone';

/** How often the kubelet reports node status when nothing changed (nodeStatusReportFrequency). */
const REPORT_EVERY_MS = 5 * 60_000;

function renewLease(cluster: Cluster, node: string, now: string, micro: string): void {
  const api = cluster.api;
  if (!api.tryGet('namespaces', undefined, 'kube-node-lease')) return;
  const lease = api.tryGet('leases.coordination.k8s.io', 'kube-node-lease', node);
  if (!lease) {
    const owner = api.tryGet('nodes', undefined, node);
    try {
      api.create({
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: node, namespace: 'kube-node-lease', ownerReferences: owner ? [{ apiVersion: 'v1', kind: 'Node', name: node, uid: owner.metadata.uid! }] : [] },
        spec: { holderIdentity: node, leaseDurationSeconds: 40, renewTime: micro },
      });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return;
  }
  const upd = deepCopy(lease);
  upd.spec = { ...upd.spec, renewTime: micro };
  api.update(upd);
  void now;
}

/** Refresh every node's condition heartbeats and its Lease, so `describe node` shows a live kubelet. */
function heartbeat(cluster: Cluster, down: ReadonlySet<string> = new Set()): void {
  const api = cluster.api;
  const now = cluster.clock.isoNow();
  const micro = new Date(cluster.clock.now()).toISOString().replace('Z', '000Z');
  for (const cfg of cluster.config.nodes) {
    const node = api.tryGet('nodes', undefined, cfg.name);
    if (!node?.status?.conditions || down.has(cfg.name)) continue;
    const upd = deepCopy(node);
    for (const c of upd.status.conditions) c.lastHeartbeatTime = now;
    api.updateStatus(upd);
    renewLease(cluster, cfg.name, now, micro);
  }
}

/** Start the periodic heartbeat (one timer for the whole cluster). */
export function startHeartbeat(cluster: Cluster, down: ReadonlySet<string> = new Set()): void {
  const tick = () => {
    heartbeat(cluster, down);
    cluster.clock.after(REPORT_EVERY_MS, tick, 'node-heartbeat');
  };
  cluster.clock.after(0, tick, 'node-heartbeat');
}
