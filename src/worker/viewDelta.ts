import type { Cluster } from '../sim/cluster';
import type { KObject } from '../sim/types';
import type { ClusterView, ViewDelta } from './protocol';
import { lastTrace, recentEvents, viewObjects } from './view';

/** `resource|namespace|name`: unique across the cluster and sortable the way the view is ordered. */
export function objectKey(o: KObject): string {
  return `${o.apiVersion}/${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name ?? ''}`;
}

function diff(prev: Map<string, KObject>, next: KObject[]): { upserts: { key: string; obj: KObject }[]; removed: string[]; map: Map<string, KObject> } {
  const map = new Map<string, KObject>();
  const upserts: { key: string; obj: KObject }[] = [];
  for (const o of next) {
    const k = objectKey(o);
    map.set(k, o);
    if (prev.get(k) !== o) upserts.push({ key: k, obj: o });
  }
  const removed: string[] = [];
  for (const k of prev.keys()) if (!map.has(k)) removed.push(k);
  return { upserts, removed, map };
}

/** Remembers what the page has and computes the next delta (worker side). */
export class ViewTracker {
  private objects = new Map<string, KObject>();
  private events = new Map<string, KObject>();

  delta(cluster: Cluster, version: number): ViewDelta {
    const o = diff(this.objects, viewObjects(cluster));
    const e = diff(this.events, recentEvents(cluster));
    this.objects = o.map;
    this.events = e.map;
    return { version, now: cluster.now(), trace: lastTrace(cluster), upserts: o.upserts, removed: o.removed, eventUpserts: e.upserts, eventRemoved: e.removed };
  }

  /** How many objects the page holds. */
  get size(): number {
    return this.objects.size;
  }

  reset(): void {
    this.objects.clear();
    this.events.clear();
  }
}

/** The page's copy of the view, rebuilt from deltas (bridge side). */
export class ViewReplica {
  private objects = new Map<string, KObject>();
  private events = new Map<string, KObject>();
  private eventOrder: KObject[] = [];

  apply(d: ViewDelta): ClusterView {
    for (const k of d.removed) this.objects.delete(k);
    for (const u of d.upserts) this.objects.set(u.key, u.obj);
    const eventsChanged = d.eventRemoved.length > 0 || d.eventUpserts.length > 0;
    for (const k of d.eventRemoved) this.events.delete(k);
    for (const u of d.eventUpserts) this.events.set(u.key, u.obj);
    if (eventsChanged) this.eventOrder = sortEvents([...this.events.values()]);
    // the worker's order: resource, then namespace/name (keys sort the same way within a kind)
    const objects = [...this.objects.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, o]) => o);
    return { objects, events: this.eventOrder, now: d.now, trace: d.trace, version: d.version };
  }
}

function sortEvents(evs: KObject[]): KObject[] {
  const ts = (e: KObject) => String(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '');
  const rv = (e: KObject) => Number(e.metadata.resourceVersion ?? 0);
  return evs.sort((a, b) => (ts(a) < ts(b) ? -1 : ts(a) > ts(b) ? 1 : rv(a) - rv(b)));
}
