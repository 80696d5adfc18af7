import type { Cluster } from '../sim/cluster';
import type { KObject, WatchEvent } from '../sim/types';
import type { ClusterView, ViewDelta } from './protocol';
import { etcdView, eventOrder, HIDDEN, lastTrace, RECENT_EVENTS, recentEvents, viewObjects } from './view';

/** `resource|namespace|name`: unique across the cluster and sortable the way the view is ordered. */
export function objectKey(o: KObject): string {
  return `${o.apiVersion}/${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name ?? ''}`;
}

type Upsert = { key: string; obj: KObject };

function diff(prev: Map<string, KObject>, next: KObject[]): { upserts: Upsert[]; removed: string[]; map: Map<string, KObject> } {
  const map = new Map<string, KObject>();
  const upserts: Upsert[] = [];
  for (const o of next) {
    const k = objectKey(o);
    map.set(k, o);
    if (prev.get(k) !== o) upserts.push({ key: k, obj: o });
  }
  const removed: string[] = [];
  for (const k of prev.keys()) if (!map.has(k)) removed.push(k);
  return { upserts, removed, map };
}

/**
 * Remembers what the page has and computes the next delta (worker side) from the store's own
 * watch events: only the objects written since the last delta are looked at, never the whole store.
 */
export class ViewTracker {
  private objects = new Map<string, KObject>();
  private events = new Map<string, KObject>();
  private cluster?: Cluster;
  /** Until the first delta of a cluster everything is new: that one is a full view. */
  private full = true;
  private dirty = new Map<string, WatchEvent>();
  private dirtyEvents = new Map<string, WatchEvent>();

  delta(cluster: Cluster, version: number): ViewDelta {
    if (cluster !== this.cluster) this.attach(cluster);
    const o = this.full ? this.fullObjects(cluster) : this.changedObjects();
    const e = this.full || !this.eventsStayInOrder() ? this.fullEvents(cluster) : this.changedEvents();
    this.full = false;
    this.dirty.clear();
    this.dirtyEvents.clear();
    return { version, now: cluster.now(), trace: lastTrace(cluster), etcd: etcdView(cluster), upserts: o.upserts, removed: o.removed, eventUpserts: e.upserts, eventRemoved: e.removed };
  }

  /** How many objects the page holds. */
  get size(): number {
    return this.objects.size;
  }

  reset(): void {
    this.objects.clear();
    this.events.clear();
    this.full = true;
  }

  private attach(cluster: Cluster): void {
    this.cluster = cluster;
    this.reset();
    cluster.api.store.onChange((ev) => {
      if (this.cluster !== cluster || this.full) return;
      if (ev.resource === 'events') this.dirtyEvents.set(objectKey(ev.object), ev);
      else if (!HIDDEN.has(ev.resource)) this.dirty.set(objectKey(ev.object), ev);
    });
  }

  private fullObjects(cluster: Cluster): { upserts: Upsert[]; removed: string[] } {
    const d = diff(this.objects, viewObjects(cluster));
    this.objects = d.map;
    return d;
  }

  /** The latest version of each object written since the last delta (its last watch event says which). */
  private changedObjects(): { upserts: Upsert[]; removed: string[] } {
    const upserts: Upsert[] = [];
    const removed: string[] = [];
    for (const [k, ev] of this.dirty) {
      if (ev.type === 'DELETED') {
        if (this.objects.delete(k)) removed.push(k);
      } else if (this.objects.get(k) !== ev.object) {
        this.objects.set(k, ev.object);
        upserts.push({ key: k, obj: ev.object });
      }
    }
    return { upserts, removed };
  }

  /**
   * The newest events are the window plus the events written since, unless an event of the window
   * went away or moved back in the order: then an older event may come back into the window.
   */
  private eventsStayInOrder(): boolean {
    for (const [k, ev] of this.dirtyEvents) {
      const had = this.events.get(k);
      if (!had) continue;
      if (ev.type === 'DELETED' || eventOrder(ev.object, had) < 0) return false;
    }
    return true;
  }

  private fullEvents(cluster: Cluster): { upserts: Upsert[]; removed: string[] } {
    const d = diff(this.events, recentEvents(cluster));
    this.events = d.map;
    return d;
  }

  private changedEvents(): { upserts: Upsert[]; removed: string[] } {
    if (!this.dirtyEvents.size) return { upserts: [], removed: [] };
    const candidates = new Map(this.events);
    for (const [k, ev] of this.dirtyEvents) if (ev.type !== 'DELETED') candidates.set(k, ev.object);
    const next = [...candidates.values()].sort(eventOrder).slice(-RECENT_EVENTS);
    const d = diff(this.events, next);
    this.events = d.map;
    return d;
  }
}

/** The page's copy of the view, rebuilt from deltas (bridge side). */
export class ViewReplica {
  private objects = new Map<string, KObject>();
  /** The objects' keys in view order; recomputed only when keys come or go. */
  private order: string[] = [];
  private events = new Map<string, KObject>();
  private eventOrder: KObject[] = [];

  apply(d: ViewDelta): ClusterView {
    let keysChanged = d.removed.length > 0;
    for (const k of d.removed) this.objects.delete(k);
    for (const u of d.upserts) {
      if (!this.objects.has(u.key)) keysChanged = true;
      this.objects.set(u.key, u.obj);
    }
    // the worker's order: resource, then namespace/name (keys sort the same way within a kind)
    if (keysChanged) this.order = [...this.objects.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const eventsChanged = d.eventRemoved.length > 0 || d.eventUpserts.length > 0;
    for (const k of d.eventRemoved) this.events.delete(k);
    for (const u of d.eventUpserts) this.events.set(u.key, u.obj);
    if (eventsChanged) this.eventOrder = [...this.events.values()].sort(eventOrder);
    const objects = this.order.map((k) => this.objects.get(k)!);
    return { objects, events: this.eventOrder, now: d.now, trace: d.trace, etcd: d.etcd, version: d.version };
  }
}
