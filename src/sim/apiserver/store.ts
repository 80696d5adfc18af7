import type { KObject, WatchEvent } from '../types';

type IndexFn = (obj: KObject) => string[];

/** An object's slot in the store, kept across its updates so that an index whose values did not change need not be touched. */
interface StoreEntry {
  obj: KObject;
  /** Each index's values for `obj`, in index registration order (worked out once per stored object). */
  vals: string[][] | undefined;
  /** When `obj` was written, store-wide: an index set lists its entries in this order. */
  seq: number;
}

/**
 * The object store (etcd's role): objects by resource key and `ns/name`, plus secondary indexes.
 * Stored objects are never mutated in place: readers may keep references, writers store new objects.
 */
export class ObjectStore {
  /** Per resource: namespace (`''` for cluster-scoped objects) → name → object; names need no joined key to be found. */
  private tables = new Map<string, Map<string, Map<string, StoreEntry>>>();
  private counts = new Map<string, number>();
  private indexFns = new Map<string, Map<string, IndexFn>>();
  /** Per resource and index: value → the entries with it; read in the order they were last written (see `ordered`). */
  private indexes = new Map<string, Map<string, Map<string, Set<StoreEntry>>>>();
  /** Per resource: its index functions and maps as arrays in registration order (read on every write). */
  private indexLists = new Map<string, { fns: IndexFn[]; maps: Map<string, Set<StoreEntry>>[] }>();
  /** Indexes added over existing objects: their sets start in table order, not `seq` order, so every write moves its entry as before. */
  private eager = new Set<Map<string, Set<StoreEntry>>>();
  private seq = 0;
  private rv = 1000;
  private listeners: ((ev: WatchEvent) => void)[] = [];

  nextResourceVersion(): string {
    return String(++this.rv);
  }

  currentResourceVersion(): string {
    return String(this.rv);
  }

  /** Register a secondary index, e.g. pods by `spec.nodeName`. Must be called before objects are stored. */
  addIndex(resource: string, name: string, fn: IndexFn): void {
    if (!this.indexFns.has(resource)) this.indexFns.set(resource, new Map());
    this.indexFns.get(resource)!.set(name, fn);
    if (!this.indexes.has(resource)) this.indexes.set(resource, new Map());
    const idx = new Map<string, Set<StoreEntry>>();
    this.indexes.get(resource)!.set(name, idx);
    this.indexLists.set(resource, { fns: [...this.indexFns.get(resource)!.values()], maps: [...this.indexes.get(resource)!.values()] });
    for (const e of this.entries(resource)) {
      e.vals = undefined;
      this.eager.add(idx);
      for (const v of fn(e.obj)) addTo(idx, v, e);
    }
  }

  /** The objects an index maps to a value, in the order they were last written. */
  byIndex(resource: string, name: string, value: string): KObject[] {
    const idx = this.indexes.get(resource)?.get(name);
    const set = idx?.get(value);
    if (!set) return [];
    return this.eager.has(idx!) ? [...set].map((e) => e.obj) : ordered(idx!, value, set);
  }

  /** How many objects an index maps to a value, without listing them. */
  countByIndex(resource: string, name: string, value: string): number {
    return this.indexes.get(resource)?.get(name)?.get(value)?.size ?? 0;
  }

  hasIndex(resource: string, name: string): boolean {
    return !!this.indexFns.get(resource)?.has(name);
  }

  onChange(fn: (ev: WatchEvent) => void): void {
    this.listeners.push(fn);
  }

  get(resource: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.tables.get(resource)?.get(namespace || '')?.get(name)?.obj;
  }

  /** All objects of a resource, optionally in one namespace, in name order (as etcd lists them). */
  list(resource: string, namespace?: string): KObject[] {
    let out: KObject[];
    if (namespace === undefined) out = [...this.all(resource)];
    else {
      const ns = this.tables.get(resource)?.get(namespace);
      out = [];
      if (ns) for (const e of ns.values()) out.push(e.obj);
    }
    return sortByKey(out);
  }

  count(resource: string): number {
    return this.counts.get(resource) ?? 0;
  }

  put(resource: string, obj: KObject, type: 'ADDED' | 'MODIFIED'): void {
    const t = this.nsTable(resource, obj.metadata.namespace || '');
    const name = obj.metadata.name!;
    const prev = t.get(name);
    const old = prev?.obj;
    if (prev) this.reindex(resource, prev, obj);
    else {
      const entry: StoreEntry = { obj, vals: undefined, seq: ++this.seq };
      this.index(resource, entry);
      this.counts.set(resource, this.count(resource) + 1);
      t.set(name, entry);
    }
    this.emit({ type, resource, object: obj, old });
  }

  remove(resource: string, obj: KObject): void {
    const t = this.tables.get(resource)?.get(obj.metadata.namespace || '');
    const e = t?.get(obj.metadata.name!);
    if (!t || !e) return;
    const old = e.obj;
    this.unindex(resource, e);
    t.delete(obj.metadata.name!);
    this.counts.set(resource, this.count(resource) - 1);
    // a deletion is a write: etcd's revision moves, so a watch resumed from an earlier list sees it
    this.rv++;
    this.emit({ type: 'DELETED', resource, object: old, old });
  }

  resources(): string[] {
    return [...this.tables.keys()];
  }

  /** Where a secondary index disagrees with its objects (recomputed from scratch; for tests and invariants). */
  indexProblems(): string[] {
    const out: string[] = [];
    const keys = (objs: Iterable<StoreEntry>) => [...objs].map((e) => key(e.obj.metadata.namespace, e.obj.metadata.name!)).sort().join(',');
    for (const [resource, fns] of this.indexFns) {
      const live = this.indexes.get(resource)!;
      for (const [name, fn] of fns) {
        const want = new Map<string, Set<StoreEntry>>();
        for (const e of this.entries(resource)) for (const v of fn(e.obj)) addTo(want, v, e);
        const have = live.get(name)!;
        for (const v of new Set([...want.keys(), ...have.keys()])) {
          const a = keys(want.get(v) ?? []);
          const b = keys(have.get(v) ?? []);
          const stale = [...(have.get(v) ?? [])].some((e) => this.get(resource, e.obj.metadata.namespace, e.obj.metadata.name!) !== e.obj);
          if (a !== b || stale) out.push(`index ${resource}/${name}[${v}]: has {${b}}, objects say {${a}}`);
        }
      }
    }
    return out;
  }

  private emit(ev: WatchEvent): void {
    for (const l of this.listeners) l(ev);
  }

  private *all(resource: string): Iterable<KObject> {
    for (const e of this.entries(resource)) yield e.obj;
  }

  private *entries(resource: string): Iterable<StoreEntry> {
    for (const ns of this.tables.get(resource)?.values() ?? []) yield* ns.values();
  }

  private nsTable(resource: string, namespace: string): Map<string, StoreEntry> {
    let t = this.tables.get(resource);
    if (!t) this.tables.set(resource, (t = new Map()));
    let ns = t.get(namespace);
    if (!ns) t.set(namespace, (ns = new Map()));
    return ns;
  }

  /** Each index's values for the entry's object, in index registration order (worked out once per stored object). */
  private valuesOf(fns: IndexFn[], e: StoreEntry): string[][] {
    if (e.vals) return e.vals;
    const vals: string[][] = new Array(fns.length);
    for (let i = 0; i < fns.length; i++) vals[i] = fns[i](e.obj);
    return (e.vals = vals);
  }

  private index(resource: string, e: StoreEntry): void {
    const lists = this.indexLists.get(resource);
    if (!lists) return;
    const vals = this.valuesOf(lists.fns, e);
    for (let i = 0; i < vals.length; i++) for (const v of vals[i]) addTo(lists.maps[i], v, e);
  }

  private unindex(resource: string, e: StoreEntry): void {
    const lists = this.indexLists.get(resource);
    if (!lists) return;
    const vals = this.valuesOf(lists.fns, e);
    for (let i = 0; i < vals.length; i++) dropFrom(lists.maps[i], vals[i], e);
  }

  /**
   * Store `obj` in its entry, moving the entry only in the indexes whose values changed; where they did not, the
   * new `seq` alone puts it last, as remove-and-add would, once `ordered` reads that set.
   */
  private reindex(resource: string, e: StoreEntry, obj: KObject): void {
    const lists = this.indexLists.get(resource);
    e.seq = ++this.seq;
    if (!lists) {
      e.obj = obj;
      return;
    }
    const { maps } = lists;
    const before = this.valuesOf(lists.fns, e);
    e.obj = obj;
    e.vals = undefined;
    const after = this.valuesOf(lists.fns, e);
    for (let i = 0; i < maps.length; i++) {
      if (sameValues(before[i], after[i])) {
        if (this.eager.has(maps[i])) for (const v of after[i]) moveLast(maps[i].get(v)!, e);
      } else {
        dropFrom(maps[i], before[i], e);
        for (const v of after[i]) addTo(maps[i], v, e);
      }
    }
  }
}

function key(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

function addTo(idx: Map<string, Set<StoreEntry>>, v: string, obj: StoreEntry): void {
  let s = idx.get(v);
  if (!s) {
    s = new Set();
    idx.set(v, s);
  }
  s.add(obj);
}

function dropFrom(idx: Map<string, Set<StoreEntry>>, vals: string[], obj: StoreEntry): void {
  for (const v of vals) {
    const s = idx.get(v);
    if (s) {
      s.delete(obj);
      if (s.size === 0) idx.delete(v);
    }
  }
}

function moveLast(s: Set<StoreEntry>, e: StoreEntry): void {
  s.delete(e);
  s.add(e);
}

/** A set's objects by `seq`: entries updated in place fall behind their order, so they are sorted (and the set rebuilt) when found out of it. */
function ordered(idx: Map<string, Set<StoreEntry>>, value: string, set: Set<StoreEntry>): KObject[] {
  const out: KObject[] = new Array(set.size);
  let last = -1;
  let sorted = true;
  let i = 0;
  for (const e of set) {
    if (e.seq < last) sorted = false;
    last = e.seq;
    out[i++] = e.obj;
  }
  if (sorted) return out;
  const entries = [...set].sort((a, b) => a.seq - b.seq);
  idx.set(value, new Set(entries));
  return entries.map((e) => e.obj);
}

function sameValues(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sort by `namespace/name`, each key built once rather than per comparison. */
function sortByKey(objs: KObject[]): KObject[] {
  const keyed = objs.map((o) => ({ k: `${o.metadata.namespace ?? ''}/${o.metadata.name}`, o }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.o);
}
