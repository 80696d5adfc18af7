import type { KObject } from '../types';
import { account, podRequest, type NodeInfo, type PodRequest } from './node-info';

/**
 * The scheduler's PodNominator: pods waiting for their preemption victims to go, by the node they were
 * nominated to. Filtering a node counts the nominated pods of equal or higher priority as if they ran there
 * (RunFilterPluginsWithNominatedPods), so a lower-priority pod cannot take the room preemption made.
 */
export class NominatedPods {
  private readonly byPod = new Map<string, { node: string; pod: KObject; req: PodRequest }>();

  /** Follow a pending pod's status.nominatedNodeName (absent or bound: not nominated). */
  observe(key: string, pod: KObject | undefined): void {
    const node = pod && !pod.spec?.nodeName ? pod.status?.nominatedNodeName : undefined;
    if (node) this.byPod.set(key, { node, pod: pod!, req: podRequest(pod!) });
    else this.byPod.delete(key);
  }

  /** The pods nominated to a node. */
  on(node: string): KObject[] {
    const out: KObject[] = [];
    for (const n of this.byPod.values()) if (n.node === node) out.push(n.pod);
    return out;
  }

  /** The node's info with the pod's equal-or-higher-priority nominated pods added (the same info when there are none). */
  withNominated(info: NodeInfo, key: string, pod: KObject): NodeInfo {
    if (!this.byPod.size) return info;
    const prio = pod.spec?.priority ?? 0;
    let out: NodeInfo | undefined;
    for (const [k, n] of this.byPod) {
      if (k === key || n.node !== info.node.metadata.name || (n.pod.spec?.priority ?? 0) < prio) continue;
      out ??= { ...info, ports: new Map(info.ports) };
      account(out, n.req, 1);
    }
    return out ?? info;
  }
}
