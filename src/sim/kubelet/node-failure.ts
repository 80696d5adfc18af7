import { controllerUser } from '../apiserver/auth/components';
import type { Cluster } from '../cluster';
import { componentContext } from '../component-context';
import { nodeContext } from './node-context';
import { nodeObject } from './nodes';
import { deepCopy } from '../clone';

/** node-monitor-grace-period: how long the node lifecycle controller waits for a silent kubelet. */
const NODE_MONITOR_GRACE_MS = 50_000;

const UNREACHABLE = 'node.kubernetes.io/unreachable';
/** The node lifecycle controller's event source. */
const NODE_CONTROLLER = { component: 'node-controller' };

/**
 * Simulate a machine failure (`down`) or its return. After the grace period the node lifecycle controller
 * marks the node Unknown, taints it unreachable (NoSchedule + NoExecute) and marks its pods not ready;
 * the taint eviction controller then deletes them after their tolerationSeconds (300 s by default).
 */
export function setNodeDown(cluster: Cluster, name: string, down: boolean): void {
  const k = cluster.services.kubelet;
  if (!k || !k.nodes.has(name)) throw new Error(`node ${name} is not part of this cluster`);
  k.setNodeDown(name, down);
  const api = cluster.api;
  const controller = componentContext(cluster.ctx, controllerUser('node-controller'));
  if (down) {
    cluster.clock.after(NODE_MONITOR_GRACE_MS, () => {
      const api = controller.api;
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
      const tainted = api.update(spec);
      controller.events.record(tainted, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, NODE_CONTROLLER);
      // MarkPodsNotReady: only the pods' Ready condition turns False (their containers still report ready)
      for (const p of api.store.byIndex('pods', 'nodeName', name)) {
        const ready = (p.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
        if (!ready || ready.status === 'False') continue;
        const upd = deepCopy(p);
        Object.assign(upd.status.conditions.find((c: { type: string }) => c.type === 'Ready'), { status: 'False', lastTransitionTime: now });
        const stored = api.updateStatus(upd);
        controller.events.record(stored, 'Warning', 'NodeNotReady', 'Node is not ready', NODE_CONTROLLER);
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
  nodeContext(cluster.ctx, name).api.updateStatus(st);
  const spec = deepCopy(api.get('nodes', undefined, name));
  spec.spec.taints = (spec.spec.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE);
  if (!spec.spec.taints.length) delete spec.spec.taints;
  controller.api.update(spec);
  cluster.runUntilIdle();
}
