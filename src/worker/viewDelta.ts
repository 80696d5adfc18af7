import type { Cluster } from '../sim/cluster';
import type { KObject, WatchEvent } from '../sim/types';
import { pageEvent } from './pageEvent';
import type { ObjectsView, ViewDelta } from './protocol';
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
    const eventUpserts = e.upserts.map((u) => ({ key: u.key, obj: pageEvent(u.obj) }));
    return { version, now: cluster.now(), trace: lastTrace(cluster), etcd: etcdView(cluster), upserts: o.upserts, removed: o.removed, eventUpserts, eventRemoved: e.removed };
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

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where `key` is, or would go, in the sorted `keys`. */
function slot(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Beyond this many keys coming or going in one delta, sorting again is cheaper than inserting one by one. */
const RESORT_OVER = 64;

/** The page's copy of the view, patched object by object from deltas (bridge side). */
export class ViewReplica {
  /** The objects' keys in view order and the objects in the same order. */
  private keys: string[] = [];
  private objects: KObject[] = [];
  private events = new Map<string, KObject>();
  private eventOrder: KObject[] = [];

  apply(d: ViewDelta): ObjectsView {
    const fresh = d.upserts.filter((u) => !this.has(u.key));
    if (fresh.length + d.removed.length > RESORT_OVER) this.resort(d);
    else if (d.upserts.length || d.removed.length) this.patch(d);
    const eventsChanged = d.eventRemoved.length > 0 || d.eventUpserts.length > 0;
    for (const k of d.eventRemoved) this.events.delete(k);
    for (const u of d.eventUpserts) this.events.set(u.key, u.obj);
    if (eventsChanged) this.eventOrder = [...this.events.values()].sort(eventOrder);
    return { objects: this.objects, events: this.eventOrder, now: d.now, trace: d.trace, etcd: d.etcd, version: d.version };
  }

  private has(key: string): boolean {
    return this.keys[slot(this.keys, key)] === key;
  }

  /** A few objects changed: a new array with them replaced, inserted or taken out in place (unchanged objects keep their slot). */
  private patch(d: ViewDelta): void {
    const keys = this.keys.slice();
    const objects = this.objects.slice();
    for (const k of d.removed) {
      const i = slot(keys, k);
      if (keys[i] !== k) continue;
      keys.splice(i, 1);
      objects.splice(i, 1);
    }
    for (const u of d.upserts) {
      const i = slot(keys, u.key);
      if (keys[i] === u.key) objects[i] = u.obj;
      else {
        keys.splice(i, 0, u.key);
        objects.splice(i, 0, u.obj);
      }
    }
    this.keys = keys;
    this.objects = objects;
  }

  /** Many keys came or went (the first view, a big scale): rebuild the order once. */
  private resort(d: ViewDelta): void {
    const map = new Map<string, KObject>();
    this.keys.forEach((k, i) => map.set(k, this.objects[i]));
    for (const k of d.removed) map.delete(k);
    for (const u of d.upserts) map.set(u.key, u.obj);
    this.keys = [...map.keys()].sort(byKey);
    this.objects = this.keys.map((k) => map.get(k)!);
  }
}
