import type { SimContext } from '../context';
import type { Component } from '../component';
import { countsAgainstQuota, PLAYGROUND_QUOTA, QUOTA_INDEX } from '../apiserver/admission/resource-quota';
import { ApiError, type WatchEvent } from '../types';
import { deepCopy } from '../clone';

/**
 * Keeps the `playground-limit` ResourceQuota (the cluster's pod limit) in every namespace,
 * with `status.used.pods` counted the way the resource quota controller does.
 */
export class NamespaceQuotaController implements Component {
  readonly name = 'resourcequota-controller';
  readonly watches = ['namespaces', 'pods', 'resourcequotas'];
  private dirty = new Set<string>();

  /** `operator`: who creates the playground's quota objects (no controller of a real cluster does; the quota controller writes their status). */
  constructor(
    private readonly ctx: SimContext,
    private readonly operator: SimContext,
  ) {}

  observe(ev: WatchEvent): void {
    const meta = ev.object.metadata;
    if (ev.resource === 'namespaces' && ev.type !== 'DELETED' && !meta.deletionTimestamp) this.dirty.add(meta.name!);
    else if (ev.resource === 'pods' && meta.namespace) {
      // only a change of whether the pod counts matters
      if (ev.type !== 'MODIFIED' || countsAgainstQuota(ev.object) !== countsAgainstQuota(ev.old ?? ev.object)) this.dirty.add(meta.namespace);
    } else if (ev.resource === 'resourcequotas' && meta.name === PLAYGROUND_QUOTA && ev.type === 'DELETED') this.dirty.add(meta.namespace!);
  }

  sync(): boolean {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const ns of work) if (this.ensure(ns)) did = true;
    return did;
  }

  /** Create or refresh the namespace's quota; returns whether anything was written. */
  ensure(ns: string): boolean {
    const api = this.ctx.api;
    let did = false;
    const hard = { pods: String(this.ctx.config.maxPods) };
    const nsObj = api.tryGet('namespaces', undefined, ns);
    if (!nsObj || nsObj.metadata.deletionTimestamp) return false;
    const used = { pods: String(api.store.countByIndex('pods', QUOTA_INDEX, ns)) };
    try {
      let q = api.tryGet('resourcequotas', ns, PLAYGROUND_QUOTA);
      if (!q) {
        q = this.operator.api.create({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: PLAYGROUND_QUOTA, namespace: ns }, spec: { hard } });
        did = true;
      }
      if (JSON.stringify(q.status ?? {}) !== JSON.stringify({ hard, used })) {
        api.updateStatus({ ...deepCopy(q), status: { hard, used } });
        did = true;
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return did;
  }
}
