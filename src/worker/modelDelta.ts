import { etcdMemberObjects } from '../graph/etcd';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/graph';
import { LiveModel } from '../graph/model';
import type { ModelDelta, ViewDelta } from './protocol';
import { ViewReplica } from './viewDelta';

type Keyed = { id: string };

interface ListDelta<T> {
  upserts: T[];
  removed: string[];
  order?: string[];
  inserts?: [number, string][];
}

/**
 * What changed between two lists of the same model (unchanged elements are the same objects). Ids
 * that come or go, the ones that stay keeping their order, travel as positions, not as the whole order.
 */
function diff<T extends Keyed>(prev: readonly T[], next: readonly T[]): ListDelta<T> {
  const before = new Map(prev.map((x) => [x.id, x]));
  const upserts = next.filter((x) => before.get(x.id) !== x);
  const ids = new Set(next.map((x) => x.id));
  const removed = prev.filter((x) => !ids.has(x.id)).map((x) => x.id);
  const inserts: [number, string][] = [];
  next.forEach((x, i) => before.has(x.id) || inserts.push([i, x.id]));
  if (!inserts.length && !removed.length && next.every((x, i) => prev[i].id === x.id)) return { upserts, removed };
  const stayed = prev.filter((x) => ids.has(x.id));
  let k = 0;
  const kept = next.every((x) => !before.has(x.id) || stayed[k++].id === x.id);
  return { upserts, removed, ...(kept ? { inserts } : { order: next.map((x) => x.id) }) };
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
    const n = diff(prev.nodes, next.nodes);
    const e = diff(prev.edges, next.edges);
    return {
      nodes: n.upserts,
      edges: e.upserts,
      removedNodes: n.removed,
      removedEdges: e.removed,
      ...(n.order ? { nodeOrder: n.order } : {}),
      ...(e.order ? { edgeOrder: e.order } : {}),
      ...(n.inserts ? { nodeInserts: n.inserts } : {}),
      ...(e.inserts ? { edgeInserts: e.inserts } : {}),
    };
  }
}

/** One list of the page's model, patched by id. */
class ListReplica<T extends Keyed> {
  private byId = new Map<string, T>();
  private index = new Map<string, number>();
  list: T[] = [];

  apply(upserts: T[], removed: string[], order?: string[], inserts?: [number, string][]): void {
    if (!upserts.length && !removed.length && !order) return;
    for (const id of removed) this.byId.delete(id);
    for (const x of upserts) this.byId.set(x.id, x);
    if (!order && inserts) order = this.merged(inserts);
    if (order) {
      this.list = order.map((id) => this.byId.get(id)!);
      this.index = new Map(order.map((id, i) => [id, i]));
      return;
    }
    // the same ids in the same order: changed elements take their slots
    const list = this.list.slice();
    for (const x of upserts) list[this.index.get(x.id)!] = x;
    this.list = list;
  }

  /** The ids that stayed, in their order, with the new ones at their positions. */
  private merged(inserts: [number, string][]): string[] {
    const stayed = this.list.map((x) => x.id).filter((id) => this.byId.has(id));
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
    this.nodes.apply(d.nodes, d.removedNodes, d.nodeOrder, d.nodeInserts);
    this.edges.apply(d.edges, d.removedEdges, d.edgeOrder, d.edgeInserts);
    if (nodes !== this.nodes.list || edges !== this.edges.list) this.model = { nodes: this.nodes.list, edges: this.edges.list };
    return this.model;
  }
}
