import type { SimContext } from '../context';
import { nodeContext } from './node-context';
import { ApiError } from '../types';
import { deepCopy } from '../clone';

/** How often the kubelet reports node status when nothing changed (nodeStatusReportFrequency). */
const REPORT_EVERY_MS = 5 * 60_000;

function renewLease(ctx: SimContext, node: string, micro: string): void {
  const api = ctx.api;
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
}

/** Refresh every node's condition heartbeats and its Lease, so `describe node` shows a live kubelet. */
function heartbeat(ctx: SimContext, down: ReadonlySet<string> = new Set()): void {
  const api = ctx.api;
  const now = ctx.clock.isoNow();
  const micro = new Date(ctx.clock.now()).toISOString().replace('Z', '000Z');
  for (const cfg of ctx.config.nodes) {
    const node = api.tryGet('nodes', undefined, cfg.name);
    if (!node?.status?.conditions || down.has(cfg.name)) continue;
    const upd = deepCopy(node);
    for (const c of upd.status.conditions) c.lastHeartbeatTime = now;
    const kubelet = nodeContext(ctx, cfg.name);
    kubelet.api.updateStatus(upd);
    renewLease(kubelet, cfg.name, micro);
  }
}

/** Start the periodic heartbeat (one timer for the whole cluster). */
export function startHeartbeat(ctx: SimContext, down: ReadonlySet<string> = new Set()): void {
  const tick = () => {
    heartbeat(ctx, down);
    ctx.clock.after(REPORT_EVERY_MS, tick, 'node-heartbeat');
  };
  ctx.clock.after(0, tick, 'node-heartbeat');
}
