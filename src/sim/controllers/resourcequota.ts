/**
 * The resource quota controller (k/k pkg/controller/resourcequota) for the namespaces' own quotas:
 * status.hard is spec.hard and status.used is recounted when a quota is made or its hard limits
 * change, when something it counts goes away or stops counting (replenishment), and at the
 * 5-minute full resync that also takes back what admission charged for a create that then failed.
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';
import { PLAYGROUND_QUOTA } from '../apiserver/admission/resource-quota';
import { findByKey } from '../apiserver/resources';
import { chargedPod } from '../quota/pods';
import { quotaServiceType } from '../quota/services';
import { evaluatorFor } from '../quota/registry';
import { equalLists, fromJson, toJson } from '../quota/resource-list';
import { calculateUsed, type ListFn } from '../quota/usage';
import { sameJson } from '../same-json';

/** --resource-quota-sync-period's default. */
const QUOTA_RESYNC_MS = 5 * 60_000;

const key = (o: KObject): string => `${o.metadata.namespace}/${o.metadata.name}`;
const userQuota = (o: KObject): boolean => o.metadata.name !== PLAYGROUND_QUOTA;

/** The quota monitor's update filters: which changes give back quota without the object going away. */
const REPLENISHED_BY_UPDATE: Record<string, (old: KObject, cur: KObject, now: number) => boolean> = {
  pods: (old, cur, now) => chargedPod(old, now) && !chargedPod(cur, now),
  services: (old, cur) => quotaServiceType(old) !== quotaServiceType(cur),
  persistentvolumeclaims: (old, cur) => !sameJson(old.status?.allocatedResources?.storage, cur.status?.allocatedResources?.storage),
};

export class ResourceQuotaController implements Component {
  readonly name = 'resourcequota-controller';
  private readonly dirty = new Set<string>();
  private resyncTimer?: number;

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    const o = ev.object;
    if (ev.resource === 'resourcequotas') {
      if (!userQuota(o) || ev.type === 'DELETED') return;
      // only a change of the hard limits asks for a recount; status writes do not
      if (ev.type === 'ADDED' || !equalLists(fromJson(ev.old?.spec?.hard), fromJson(o.spec?.hard))) this.dirty.add(key(o));
      return;
    }
    const ns = o.metadata?.namespace;
    if (!ns) return;
    const replenish = ev.type === 'DELETED' || (ev.type === 'MODIFIED' && !!ev.old && !!REPLENISHED_BY_UPDATE[ev.resource]?.(ev.old, o, this.ctx.clock.now()));
    if (replenish) this.replenish(ev.resource, ns);
  }

  /** replenishQuota: the namespace's quotas that track the resource. */
  private replenish(resource: string, ns: string): void {
    const quotas = this.ctx.api.store.list('resourcequotas', ns);
    if (quotas.length === 0) return;
    const ev = evaluatorFor(resource);
    for (const q of quotas) if (userQuota(q) && ev.matchingResources(Object.keys(q.status?.hard ?? {})).length > 0) this.dirty.add(key(q));
  }

  sync(): boolean {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const k of work) if (this.syncQuota(k)) did = true;
    this.scheduleResync();
    return did;
  }

  /** The periodic full resync, while there are quotas to keep. */
  private scheduleResync(): void {
    if (this.resyncTimer !== undefined) return;
    this.resyncTimer = this.ctx.clock.after(
      QUOTA_RESYNC_MS,
      () => {
        this.resyncTimer = undefined;
        const quotas = this.ctx.api.store.list('resourcequotas').filter(userQuota);
        if (quotas.length === 0) return;
        for (const q of quotas) this.syncQuota(key(q));
        this.scheduleResync();
      },
      this.name,
    );
  }

  private readonly list: ListFn = (resource, ns) => {
    const rt = findByKey(resource);
    return rt ? this.ctx.api.store.list(resource, rt.namespaced ? ns : undefined) : undefined;
  };

  /** syncResourceQuota: write status.hard and the recounted status.used when they differ; whether it wrote. */
  private syncQuota(k: string): boolean {
    const [ns, name] = k.split('/');
    const q = this.ctx.api.store.get('resourcequotas', ns, name);
    if (!q) return false;
    const hard = toJson(fromJson(q.spec?.hard));
    const used = calculateUsed(q, this.list, this.ctx.clock.now());
    // compared as quantities (`1000m` is `1`), as the controller's semantic DeepEqual does
    const same = !!q.status?.hard && !!q.status?.used && equalLists(fromJson(q.status.hard), fromJson(hard)) && equalLists(fromJson(q.status.used), fromJson(used));
    if (same) return false;
    try {
      this.ctx.api.updateStatus({ ...deepCopy(q), status: { hard, used } });
      return true;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // a conflict or a quota gone meanwhile: the next event or resync recounts
      return false;
    }
  }
}
