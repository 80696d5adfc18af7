/** One relation's edges, kept per source object: a changed object re-matches only the sources it concerns. */
import type { KObject } from '../sim/types';
import { objectId } from './kinds';
import type { GraphEdge } from './graph';
import type { Relation } from './relations';
import type { RelationContext } from './security';

/** A relation without lookup keys tries every pair in a namespace: one key for all. */
const ALL = (): string[] => [''];

/** A change to one drawable object, by graph id: `prev` and `next` are undefined when it came or went. */
export interface ObjectChange {
  id: string;
  prev?: KObject;
  next?: KObject;
}

const idOf = (o: KObject) => objectId(o.kind, o.metadata.namespace, o.metadata.name ?? '');

/** Every field of an edge (all plain values): two edges with equal fields draw the same. */
const EDGE_FIELDS = ['id', 'relation', 'source', 'target', 'concern', 'state', 'label', 'hiddenByDefault'] as const satisfies readonly (keyof GraphEdge)[];

const sameEdge = (a: GraphEdge, b: GraphEdge) => EDGE_FIELDS.every((k) => a[k] === b[k]);

/**
 * Targets indexed by lookup key and, for each key, the sources that looked it up: a target that
 * changes marks exactly the sources that may gain or lose an edge to it; a source that changes is
 * matched again alone.
 */
export class RelationJoin {
  private targets = new Map<string, Map<string, KObject>>();
  private targetKeys = new Map<string, string[]>();
  private sourceKeys = new Map<string, string[]>();
  private sourcesByKey = new Map<string, Set<string>>();
  private bySource = new Map<string, GraphEdge[]>();
  /** A target's keys depend on the target alone (stored objects never change in place). */
  private toKeys = new WeakMap<KObject, string[]>();

  constructor(readonly rel: Relation) {}

  private has(side: string[] | '*', kind: string): boolean {
    return side === '*' || side.includes(kind);
  }

  private scoped(o: KObject, keys: string[]): string[] {
    return this.rel.crossNamespace ? keys : keys.map((k) => `${o.metadata.namespace ?? ''}|${k}`);
  }

  /**
   * Take the changes in; `everything` (the relation context changed, e.g. a namespace's labels)
   * re-matches every source. `lookup` finds current objects, `rank` orders candidates as a fresh build would.
   */
  update(changes: readonly ObjectChange[], ctx: RelationContext, lookup: (id: string) => KObject | undefined, rank: (o: KObject) => number, everything?: readonly KObject[]): void {
    const dirty = new Set<string>();
    for (const c of changes) {
      const kind = (c.next ?? c.prev)!.kind;
      if (this.has(this.rel.to, kind)) {
        if (c.prev) this.unindex(c.id, dirty);
        if (c.next) this.index(c.id, c.next, dirty);
      }
      if (this.has(this.rel.from, kind)) {
        if (c.next) dirty.add(c.id);
        else this.dropSource(c.id);
      }
    }
    for (const s of everything ?? []) dirty.add(idOf(s));
    for (const id of dirty) {
      const s = lookup(id);
      if (s && this.has(this.rel.from, s.kind)) this.match(id, s, ctx, rank);
      else this.dropSource(id);
    }
  }

  /** The edges of one source, in the order a fresh build finds them. */
  edgesOf(id: string): readonly GraphEdge[] {
    return this.bySource.get(id) ?? [];
  }

  private index(id: string, t: KObject, dirty: Set<string>): void {
    let keys = this.toKeys.get(t);
    if (!keys) this.toKeys.set(t, (keys = this.scoped(t, (this.rel.keys?.to ?? ALL)(t))));
    this.targetKeys.set(id, keys);
    for (const k of keys) {
      let m = this.targets.get(k);
      if (!m) this.targets.set(k, (m = new Map()));
      m.set(id, t);
      this.sourcesByKey.get(k)?.forEach((s) => dirty.add(s));
    }
  }

  private unindex(id: string, dirty: Set<string>): void {
    for (const k of this.targetKeys.get(id) ?? []) {
      const m = this.targets.get(k);
      m?.delete(id);
      if (m && !m.size) this.targets.delete(k);
      this.sourcesByKey.get(k)?.forEach((s) => dirty.add(s));
    }
    this.targetKeys.delete(id);
  }

  private dropSource(id: string): void {
    for (const k of this.sourceKeys.get(id) ?? []) {
      const set = this.sourcesByKey.get(k);
      set?.delete(id);
      if (set && !set.size) this.sourcesByKey.delete(k);
    }
    this.sourceKeys.delete(id);
    this.bySource.delete(id);
  }

  private match(id: string, src: KObject, ctx: RelationContext, rank: (o: KObject) => number): void {
    const rel = this.rel;
    // an edge found again unchanged stays the same object: the page's copy and the canvas then skip it
    const had = new Map((this.bySource.get(id) ?? []).map((e) => [e.id, e]));
    this.dropSource(id);
    const keys = this.scoped(src, rel.keys ? rel.keys.from(src, ctx) : ALL());
    this.sourceKeys.set(id, keys);
    for (const k of keys) {
      let set = this.sourcesByKey.get(k);
      if (!set) this.sourcesByKey.set(k, (set = new Set()));
      set.add(id);
    }
    const found: GraphEdge[] = [];
    const seen = new Set<KObject>();
    for (const k of keys) {
      const m = this.targets.get(k);
      if (!m) continue;
      const candidates = [...m.values()];
      if (candidates.length > 1) candidates.sort((a, b) => rank(a) - rank(b));
      for (const dst of candidates) {
        if (seen.has(dst) || dst === src) continue;
        seen.add(dst);
        if (!rel.crossNamespace && (src.metadata.namespace ?? '') !== (dst.metadata.namespace ?? '')) continue;
        const m = rel.match(src, dst, ctx);
        if (!m) continue;
        const target = idOf(dst);
        const edge: GraphEdge = { id: `${rel.id}:${id}->${target}`, relation: rel.id, source: id, target, concern: rel.concern, hiddenByDefault: rel.hiddenByDefault, ...(m === true ? {} : m) };
        const prev = had.get(edge.id);
        found.push(prev && sameEdge(prev, edge) ? prev : edge);
      }
    }
    if (found.length) this.bySource.set(id, found);
  }
}
