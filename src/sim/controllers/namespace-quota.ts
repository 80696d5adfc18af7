import type { SimContext } from '../context';
import type { Component } from '../component';
import { countsAgainstQuota, PLAYGROUND_QUOTA, QUOTA_INDEX } from '../apiserver/admission/resource-quota';
import { ApiError, type WatchEvent } from '../types';
import { deepCopy } from '../clone';
import { activeNamespace, NamespaceWork } from './namespace-work';

/**
 * Keeps the `playground-limit` ResourceQuota (the cluster's pod limit) in every namespace,
 * with `status.used.pods` counted the way the resource quota controller does.
 */
export class NamespaceQuotaController implements Component {
  readonly name = 'resourcequota-controller';
  readonly watches = ['namespaces', 'pods', 'resourcequotas'];
  private readonly work = new NamespaceWork();

  /** `operator`: who creates the playground's quota objects (no controller of a real cluster does; the quota controller writes their status). */
  constructor(
    private readonly ctx: SimContext,
    private readonly operator: SimContext,
  ) {}

  observe(ev: WatchEvent): void {
    const meta = ev.object.metadata;
    if (this.work.observeNamespace(ev)) return;
    if (ev.resource === 'pods' && meta.namespace) {
      // only a change of whether the pod counts matters
      if (ev.type !== 'MODIFIED' || countsAgainstQuota(ev.object) !== countsAgainstQuota(ev.old ?? ev.object)) this.work.add(meta.namespace);
    } else if (ev.resource === 'resourcequotas' && meta.name === PLAYGROUND_QUOTA && ev.type === 'DELETED') this.work.add(meta.namespace!);
  }

  sync(): boolean {
    return this.work.sync((ns) => this.ensure(ns));
  }

  /** Create or refresh the namespace's quota; returns whether anything was written. */
  ensure(ns: string): boolean {
    const api = this.ctx.api;
    let did = false;
    const hard = { pods: String(this.ctx.config.maxPods) };
    if (!activeNamespace(api, ns)) return false;
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
