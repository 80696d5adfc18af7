import { etcdMemberObjects } from '../graph/etcd';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/graph';
import { LiveModel } from '../graph/model';
import type { ModelDelta, ViewDelta } from './protocol';
import { ViewReplica } from './viewDelta';

type Keyed = { id: string };

/** What changed between two lists of the same model (unchanged elements are the same objects). */
function diff<T extends Keyed>(prev: readonly T[], next: readonly T[]): { upserts: T[]; removed: string[]; order?: string[] } {
  const before = new Map(prev.map((x) => [x.id, x]));
  const upserts = next.filter((x) => before.get(x.id) !== x);
  const ids = new Set(next.map((x) => x.id));
  const removed = prev.filter((x) => !ids.has(x.id)).map((x) => x.id);
  const sameOrder = prev.length === next.length && next.every((x, i) => prev[i].id === x.id);
  return { upserts, removed, ...(sameOrder ? {} : { order: next.map((x) => x.id) }) };
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
    return { nodes: n.upserts, edges: e.upserts, removedNodes: n.removed, removedEdges: e.removed, ...(n.order ? { nodeOrder: n.order } : {}), ...(e.order ? { edgeOrder: e.order } : {}) };
  }
}

/** One list of the page's model, patched by id. */
class ListReplica<T extends Keyed> {
  private byId = new Map<string, T>();
  private index = new Map<string, number>();
  list: T[] = [];

  apply(upserts: T[], removed: string[], order?: string[]): void {
    if (!upserts.length && !removed.length && !order) return;
    for (const id of removed) this.byId.delete(id);
    for (const x of upserts) this.byId.set(x.id, x);
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
}

/** The page's copy of the graph model (unchanged cards and edges keep their identity). */
export class ModelReplica {
  private nodes = new ListReplica<GraphNode>();
  private edges = new ListReplica<GraphEdge>();
  private model: GraphModel = { nodes: [], edges: [] };

  apply(d: ModelDelta): GraphModel {
    const nodes = this.nodes.list;
    const edges = this.edges.list;
    this.nodes.apply(d.nodes, d.removedNodes, d.nodeOrder);
    this.edges.apply(d.edges, d.removedEdges, d.edgeOrder);
    if (nodes !== this.nodes.list || edges !== this.edges.list) this.model = { nodes: this.nodes.list, edges: this.edges.list };
    return this.model;
  }
}
