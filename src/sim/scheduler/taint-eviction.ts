import type { SimContext } from '../context';
import type { Component } from '../component';
import type { KObject, WatchEvent } from '../types';
import { tolerates, type Taint, type Toleration } from './plugins';

const SOURCE = { component: 'taint-eviction-controller' };

/**
 * The taint eviction controller: pods on a node with a NoExecute taint they do not tolerate are deleted,
 * at once or after the smallest tolerationSeconds of the tolerations that match.
 */
export class TaintEvictionController implements Component {
  readonly name = 'taint-eviction-controller';
  readonly watches = ['nodes', 'pods'];
  private readonly dirtyNodes = new Set<string>();
  private readonly timers = new Map<string, number>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    if (ev.resource === 'nodes' && ev.type !== 'DELETED') {
      const now = JSON.stringify((ev.object.spec?.taints ?? []).filter((t: Taint) => t.effect === 'NoExecute'));
      const before = JSON.stringify((ev.old?.spec?.taints ?? []).filter((t: Taint) => t.effect === 'NoExecute'));
      if (now !== before || (ev.type === 'ADDED' && now !== '[]')) this.dirtyNodes.add(ev.object.metadata.name!);
    } else if (ev.resource === 'pods' && ev.type !== 'DELETED' && ev.object.spec?.nodeName && !ev.old?.spec?.nodeName) {
      const node = this.ctx.api.tryGet('nodes', undefined, ev.object.spec.nodeName);
      if ((node?.spec?.taints ?? []).some((t: Taint) => t.effect === 'NoExecute')) this.dirtyNodes.add(node!.metadata.name!);
    }
  }

  sync(): boolean {
    if (!this.dirtyNodes.size) return false;
    const nodes = [...this.dirtyNodes];
    this.dirtyNodes.clear();
    for (const n of nodes) this.reconcile(n);
    return true;
  }

  private reconcile(nodeName: string): void {
    const node = this.ctx.api.tryGet('nodes', undefined, nodeName);
    const taints: Taint[] = (node?.spec?.taints ?? []).filter((t: Taint) => t.effect === 'NoExecute');
    for (const pod of this.ctx.api.store.byIndex('pods', 'nodeName', nodeName)) {
      const k = `${pod.metadata.namespace}/${pod.metadata.name}`;
      const prev = this.timers.get(k);
      if (prev !== undefined) {
        this.ctx.clock.cancel(prev);
        this.timers.delete(k);
      }
      if (pod.metadata.deletionTimestamp || !taints.length) continue;
      const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
      let wait = Infinity;
      let evict = false;
      for (const taint of taints) {
        const matching = tolerations.filter((t) => tolerates(t, taint));
        if (!matching.length) {
          evict = true;
          wait = 0;
          break;
        }
        for (const t of matching) if ((t as { tolerationSeconds?: number }).tolerationSeconds !== undefined) wait = Math.min(wait, Math.max(0, (t as { tolerationSeconds: number }).tolerationSeconds) * 1000);
      }
      if (!evict && wait === Infinity) continue;
      const run = () => {
        this.timers.delete(k);
        this.evict(pod);
      };
      if (wait === 0) run();
      else this.timers.set(k, this.ctx.clock.after(wait, run, 'taint-eviction'));
    }
  }

  private evict(pod: KObject): void {
    const cur = this.ctx.api.tryGet('pods', pod.metadata.namespace, pod.metadata.name!);
    if (!cur || cur.metadata.uid !== pod.metadata.uid || cur.metadata.deletionTimestamp) return;
    this.ctx.events.record(cur, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${cur.metadata.namespace}/${cur.metadata.name}`, SOURCE);
    this.ctx.api.delete('pods', cur.metadata.namespace, cur.metadata.name!);
  }
}
