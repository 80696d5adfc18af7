import { etcdMemberObjects } from '../graph/etcd';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/graph';
import { LiveModel } from '../graph/model';
import type { ModelDelta, ViewDelta } from './protocol';
import { ViewReplica } from './viewDelta';

type Keyed = { id: string };

interface ListDelta<T> {
  upserts: T[];
  removed: string[];
  inserts?: [number, string][];
}

/**
 * What changed between two lists of the same model (unchanged elements are the same objects). When
 * ids came, went or moved, only the new and the moved ones travel, at their positions in `next`: the
 * ids that stay in place are the longest run of `prev` that kept its order, so the page keeps them.
 */
export function listDelta<T extends Keyed>(prev: readonly T[], next: readonly T[]): ListDelta<T> {
  const before = new Map(prev.map((x) => [x.id, x]));
  const upserts = next.filter((x) => before.get(x.id) !== x);
  const ids = new Set(next.map((x) => x.id));
  const removed = prev.filter((x) => !ids.has(x.id)).map((x) => x.id);
  if (!removed.length && prev.length === next.length && next.every((x, i) => prev[i].id === x.id)) return { upserts, removed };
  const at = new Map(prev.map((x, i) => [x.id, i]));
  const kept = inOrder(next.map((x) => at.get(x.id) ?? -1));
  const inserts: [number, string][] = [];
  next.forEach((x, i) => kept.has(i) || inserts.push([i, x.id]));
  return { upserts, removed, inserts };
}

/** Positions in `seq` of a longest strictly increasing run of its non-negative values (patience sorting). */
function inOrder(seq: readonly number[]): Set<number> {
  // tails[k]: the position ending the best run of length k + 1 found so far; back: each position's predecessor
  const tails: number[] = [];
  const back = new Array<number>(seq.length).fill(-1);
  seq.forEach((v, i) => {
    if (v < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const run = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = back[i]) run.add(i);
  return run;
}

/**
 * The graph model, built in the worker from the same deltas the page gets: the page's main thread
 * then only patches the cards and edges that changed instead of matching relations itself.
 */
export class ModelTracker {
  private view = new ViewReplica();
  private live = new LiveModel();
  private model: GraphModel = { nodes: [], edges: [] };

  delta(d: ViewDelta): ModelDelta {
    const view = this.view.apply(d);
    const next = this.live.update([...view.objects, ...etcdMemberObjects(view.etcd ?? [])]);
    const prev = this.model;
    this.model = next;
    if (next === prev) return { nodes: [], edges: [], removedNodes: [], removedEdges: [] };
    const n = listDelta(prev.nodes, next.nodes);
    const e = listDelta(prev.edges, next.edges);
    return {
      nodes: n.upserts,
      edges: e.upserts,
      removedNodes: n.removed,
      removedEdges: e.removed,
      ...(n.inserts ? { nodeInserts: n.inserts } : {}),
      ...(e.inserts ? { edgeInserts: e.inserts } : {}),
    };
  }
}

/** One list of the page's model, patched by id. */
export class ListReplica<T extends Keyed> {
  private byId = new Map<string, T>();
  private index = new Map<string, number>();
  list: T[] = [];

  apply(upserts: T[], removed: string[], inserts?: [number, string][]): void {
    if (!upserts.length && !removed.length && !inserts) return;
    for (const id of removed) this.byId.delete(id);
    for (const x of upserts) this.byId.set(x.id, x);
    if (inserts) {
      const order = this.merged(inserts);
      this.list = order.map((id) => this.byId.get(id)!);
      this.index = new Map(order.map((id, i) => [id, i]));
      return;
    }
    // the same ids in the same order: changed elements take their slots
    const list = this.list.slice();
    for (const x of upserts) list[this.index.get(x.id)!] = x;
    this.list = list;
  }

  /** The ids that stay in place, in their order, with the new and moved ones at their positions. */
  private merged(inserts: [number, string][]): string[] {
    const placed = new Set(inserts.map(([, id]) => id));
    const stayed = this.list.map((x) => x.id).filter((id) => this.byId.has(id) && !placed.has(id));
    const out: string[] = [];
    let k = 0;
    for (const [at, id] of inserts) {
      while (out.length < at) out.push(stayed[k++]);
      out.push(id);
    }
    while (k < stayed.length) out.push(stayed[k++]);
    return out;
  }
}

/** The page's copy of the graph model (unchanged cards and edges keep their identity). */
export class ModelReplica {
  private nodes = new ListReplica<GraphNode>();
  private edges = new ListReplica<GraphEdge>();
  private model: GraphModel = { nodes: [], edges: [] };

  apply(d: ModelDelta): GraphModel {
    const nodes = this.nodes.list;
    const edges = this.edges.list;
    this.nodes.apply(d.nodes, d.removedNodes, d.nodeInserts);
    this.edges.apply(d.edges, d.removedEdges, d.edgeInserts);
    if (nodes !== this.nodes.list || edges !== this.edges.list) this.model = { nodes: this.nodes.list, edges: this.edges.list };
    return this.model;
  }
}
