/**
 * The pod garbage collector's orphan rule (k/k pkg/controller/podgc `gcOrphaned`): a pod bound to a
 * node that does not exist is quarantined for 40 s, then marked Failed with a DisruptionTarget
 * condition and force-deleted, so that its controller can make a new one.
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type WatchEvent } from '../types';
import { deepCopy } from '../clone';

/** gcCheckPeriod: the controller's loop runs every 20 s. */
export const GC_CHECK_PERIOD_MS = 20_000;
/** quarantineTime: how long a missing node may take to show up. */
export const QUARANTINE_MS = 40_000;

export class PodGarbageCollector implements Component {
  readonly name = 'pod-garbage-collector';
  readonly watches = ['pods', 'nodes'];
  /** Missing node names waiting for their quarantine to end. */
  private quarantined = new Set<string>();
  private seen: string[] = [];

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    if (ev.resource === 'pods' && ev.type !== 'DELETED') {
      const node = ev.object.spec?.nodeName;
      if (node && !this.quarantined.has(node)) this.seen.push(node);
    } else if (ev.resource === 'nodes' && ev.type === 'DELETED') {
      this.seen.push(ev.object.metadata.name!);
    }
  }

  sync(): boolean {
    if (!this.seen.length) return false;
    const names = this.seen;
    this.seen = [];
    for (const node of names) {
      if (this.quarantined.has(node) || this.ctx.api.store.get('nodes', undefined, node)) continue;
      this.quarantined.add(node);
      // the loop notices the pod at its next pass and checks again once the quarantine is over
      const now = this.ctx.clock.now();
      const at = Math.floor(now / GC_CHECK_PERIOD_MS) * GC_CHECK_PERIOD_MS + GC_CHECK_PERIOD_MS + QUARANTINE_MS;
      this.ctx.clock.after(at - now, () => this.collect(node), 'pod-gc');
    }
    return false;
  }

  private collect(node: string): void {
    this.quarantined.delete(node);
    const api = this.ctx.api;
    if (api.store.get('nodes', undefined, node)) return;
    for (const pod of api.store.byIndex('pods', 'nodeName', node)) {
      try {
        if (pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed') {
          const upd = deepCopy(pod);
          const conditions = (upd.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'DisruptionTarget');
          conditions.push({ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists', lastTransitionTime: this.ctx.clock.isoNow() });
          upd.status = { ...(upd.status ?? {}), phase: 'Failed', conditions };
          // podgc marks the pod failed with a status patch
          api.updateStatus(upd, { sent: { verb: 'patch' } });
        }
        api.delete('pods', pod.metadata.namespace, pod.metadata.name!, { gracePeriodSeconds: 0 });
      } catch (e) {
        // gone meanwhile
        if (!(e instanceof ApiError)) throw e;
      }
    }
  }
}
