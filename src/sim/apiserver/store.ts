import type { KObject, WatchEvent } from '../types';

type IndexFn = (obj: KObject) => string[];

/**
 * The object store (etcd's role): objects by resource key and `ns/name`, plus secondary indexes.
 * Stored objects are never mutated in place: readers may keep references, writers store new objects.
 */
export class ObjectStore {
  private tables = new Map<string, Map<string, KObject>>();
  private indexFns = new Map<string, Map<string, IndexFn>>();
  private indexes = new Map<string, Map<string, Map<string, Set<string>>>>();
  private rv = 1000;
  /** Index values each stored object was indexed under (stored objects are immutable), so unindexing need not recompute them. */
  private indexed = new WeakMap<KObject, string[][]>();
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
    this.indexed = new WeakMap();
    if (!this.indexes.has(resource)) this.indexes.set(resource, new Map());
    const idx = new Map<string, Set<string>>();
    this.indexes.get(resource)!.set(name, idx);
    for (const [k, obj] of this.table(resource)) for (const v of fn(obj)) addTo(idx, v, k);
  }

  byIndex(resource: string, name: string, value: string): KObject[] {
    const keys = this.indexes.get(resource)?.get(name)?.get(value);
    if (!keys) return [];
    const t = this.table(resource);
    const out: KObject[] = [];
    for (const k of keys) {
      const o = t.get(k);
      if (o) out.push(o);
    }
    return out;
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
    return this.table(resource).get(key(namespace, name));
  }

  /** All objects of a resource, optionally in one namespace, in name order (as etcd lists them). */
  list(resource: string, namespace?: string): KObject[] {
    const t = this.table(resource);
    let out: KObject[];
    if (namespace !== undefined && this.hasIndex(resource, 'namespace')) {
      out = this.byIndex(resource, 'namespace', namespace);
    } else {
      out = [...t.values()];
      if (namespace !== undefined) out = out.filter((o) => o.metadata.namespace === namespace);
    }
    return out.sort(byKey);
  }

  count(resource: string): number {
    return this.table(resource).size;
  }

  put(resource: string, obj: KObject, type: 'ADDED' | 'MODIFIED'): void {
    const t = this.table(resource);
    const k = key(obj.metadata.namespace, obj.metadata.name!);
    const old = t.get(k);
    if (old) this.reindex(resource, k, old, obj);
    else this.index(resource, k, obj);
    t.set(k, obj);
    this.emit({ type, resource, object: obj, old });
  }

  remove(resource: string, obj: KObject): void {
    const t = this.table(resource);
    const k = key(obj.metadata.namespace, obj.metadata.name!);
    const old = t.get(k);
    if (!old) return;
    this.unindex(resource, k, old);
    t.delete(k);
    this.emit({ type: 'DELETED', resource, object: old, old });
  }

  resources(): string[] {
    return [...this.tables.keys()];
  }

  /** Where a secondary index disagrees with its objects (recomputed from scratch; for tests and invariants). */
  indexProblems(): string[] {
    const out: string[] = [];
    for (const [resource, fns] of this.indexFns) {
      const live = this.indexes.get(resource)!;
      for (const [name, fn] of fns) {
        const want = new Map<string, Set<string>>();
        for (const [k, obj] of this.table(resource)) for (const v of fn(obj)) addTo(want, v, k);
        const have = live.get(name)!;
        for (const v of new Set([...want.keys(), ...have.keys()])) {
          const a = [...(want.get(v) ?? [])].sort().join(',');
          const b = [...(have.get(v) ?? [])].sort().join(',');
          if (a !== b) out.push(`index ${resource}/${name}[${v}]: has {${b}}, objects say {${a}}`);
        }
      }
    }
    return out;
  }

  private emit(ev: WatchEvent): void {
    for (const l of this.listeners) l(ev);
  }

  private table(resource: string): Map<string, KObject> {
    let t = this.tables.get(resource);
    if (!t) {
      t = new Map();
      this.tables.set(resource, t);
    }
    return t;
  }

  /** Each index's values for `obj`, in index registration order. */
  private valuesOf(fns: Map<string, IndexFn>, obj: KObject): string[][] {
    const cached = this.indexed.get(obj);
    if (cached && cached.length === fns.size) return cached;
    const vals: string[][] = [];
    for (const fn of fns.values()) vals.push(fn(obj));
    this.indexed.set(obj, vals);
    return vals;
  }

  private index(resource: string, k: string, obj: KObject): void {
    const fns = this.indexFns.get(resource);
    if (!fns) return;
    const idxs = [...this.indexes.get(resource)!.values()];
    this.valuesOf(fns, obj).forEach((vals, i) => {
      for (const v of vals) addTo(idxs[i], v, k);
    });
  }

  private unindex(resource: string, k: string, obj: KObject): void {
    const fns = this.indexFns.get(resource);
    if (!fns) return;
    const idxs = [...this.indexes.get(resource)!.values()];
    this.valuesOf(fns, obj).forEach((vals, i) => dropFrom(idxs[i], vals, k));
  }

  /** unindex(old) then index(obj); an index whose values did not change only moves the key to the end of its sets, as remove-and-add would. */
  private reindex(resource: string, k: string, old: KObject, obj: KObject): void {
    const fns = this.indexFns.get(resource);
    if (!fns) return;
    const idxs = [...this.indexes.get(resource)!.values()];
    const before = this.valuesOf(fns, old);
    const after = this.valuesOf(fns, obj);
    for (let i = 0; i < idxs.length; i++) {
      if (sameValues(before[i], after[i])) {
        for (const v of after[i]) {
          const s = idxs[i].get(v)!;
          s.delete(k);
          s.add(k);
        }
      } else {
        dropFrom(idxs[i], before[i], k);
        for (const v of after[i]) addTo(idxs[i], v, k);
      }
    }
  }
}

function key(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

function addTo(idx: Map<string, Set<string>>, v: string, k: string): void {
  let s = idx.get(v);
  if (!s) {
    s = new Set();
    idx.set(v, s);
  }
  s.add(k);
}

function dropFrom(idx: Map<string, Set<string>>, vals: string[], k: string): void {
  for (const v of vals) {
    const s = idx.get(v);
    if (s) {
      s.delete(k);
      if (s.size === 0) idx.delete(v);
    }
  }
}

function sameValues(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function byKey(a: KObject, b: KObject): number {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
  const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
