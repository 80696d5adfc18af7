import type { Cluster } from '../cluster';
import { kubeletOf } from './registry';
import { nodeObject } from './nodes';
import { deepCopy } from '../clone';

/** node-monitor-grace-period: how long the node lifecycle controller waits for a silent kubelet. */
export const NODE_MONITOR_GRACE_MS = 50_000;

const UNREACHABLE = 'node.kubernetes.io/unreachable';

/**
 * Simulate a machine failure (`down`) or its return. After the grace period the node lifecycle controller
 * marks the node Unknown, taints it unreachable (NoSchedule + NoExecute) and marks its pods not ready;
 * the taint eviction controller then deletes them after their tolerationSeconds (300 s by default).
 */
export function setNodeDown(cluster: Cluster, name: string, down: boolean): void {
  const k = kubeletOf(cluster);
  if (!k || !k.nodes.has(name)) throw new Error(`node ${name} is not part of this cluster`);
  k.setNodeDown(name, down);
  const api = cluster.api;
  if (down) {
    cluster.clock.after(NODE_MONITOR_GRACE_MS, () => {
      if (!k.downNodes.has(name)) return;
      const node = api.tryGet('nodes', undefined, name);
      if (!node) return;
      const now = cluster.clock.isoNow();
      const st = deepCopy(node);
      for (const c of st.status.conditions ?? []) {
        c.status = 'Unknown';
        c.reason = 'NodeStatusUnknown';
        c.message = 'Kubelet stopped posting node status.';
        c.lastTransitionTime = now;
      }
      api.updateStatus(st);
      const spec = deepCopy(api.get('nodes', undefined, name));
      const taints = (spec.spec.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE);
      taints.push({ key: UNREACHABLE, effect: 'NoSchedule', timeAdded: now }, { key: UNREACHABLE, effect: 'NoExecute', timeAdded: now });
      spec.spec.taints = taints;
      api.update(spec);
      // MarkPodsNotReady
      for (const p of api.store.byIndex('pods', 'nodeName', name)) {
        const upd = deepCopy(p);
        for (const c of upd.status?.conditions ?? []) if (c.type === 'Ready' || c.type === 'ContainersReady') if (c.status !== 'False') Object.assign(c, { status: 'False', lastTransitionTime: now });
        for (const cs of upd.status?.containerStatuses ?? []) cs.ready = false;
        api.updateStatus(upd);
      }
    }, 'node-lifecycle');
    return;
  }
  // the kubelet posts Ready again; the controller lifts the unreachable taints
  const node = api.tryGet('nodes', undefined, name);
  if (!node) return;
  const idx = cluster.config.nodes.findIndex((n) => n.name === name);
  const fresh = nodeObject(cluster.config.nodes[idx], idx, cluster.config, cluster.clock.isoNow());
  const st = deepCopy(node);
  st.status.conditions = fresh.status.conditions;
  api.updateStatus(st);
  const spec = deepCopy(api.get('nodes', undefined, name));
  spec.spec.taints = (spec.spec.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE);
  if (!spec.spec.taints.length) delete spec.spec.taints;
  api.update(spec);
  cluster.runUntilIdle();
}
