/** Which part of the graph to show: by concern, by namespace, with or without system objects. */
import { CONCERNS, NODE_KIND, type Concern } from './kinds';
import type { GraphEdge, GraphModel, GraphNode } from './model';

export interface GraphFilter {
  concerns: Concern[];
  /** Namespaces to show; cluster-scoped objects always show (when their concern does). */
  namespaces: string[];
  /** Show the objects every cluster has (the `kubernetes` Service, `default` ServiceAccount, bootstrap RBAC). */
  system: boolean;
  /** Relations drawn although hidden by default (e.g. `service-pod`). */
  extraRelations: string[];
}

/** Namespaces hidden unless asked for. */
export const SYSTEM_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];

/** All namespaces the model holds, sorted, system ones last. */
export function namespacesOf(model: GraphModel): string[] {
  const set = new Set<string>();
  for (const n of model.nodes) if (n.namespace) set.add(n.namespace);
  const all = [...set].sort();
  return [...all.filter((n) => !SYSTEM_NAMESPACES.includes(n)), ...all.filter((n) => SYSTEM_NAMESPACES.includes(n))];
}

/** Every concern, every namespace except kube-system and friends, no system objects. */
export function defaultFilter(model: GraphModel): GraphFilter {
  return {
    concerns: [...CONCERNS],
    namespaces: namespacesOf(model).filter((n) => !SYSTEM_NAMESPACES.includes(n)),
    system: false,
    extraRelations: [],
  };
}

function visible(n: GraphNode, f: GraphFilter, pinned: ReadonlySet<string>): boolean {
  if (n.kind === NODE_KIND) return true;
  if (n.system && !f.system) return false;
  if (n.namespace && !f.namespaces.includes(n.namespace) && !pinned.has(n.id)) return false;
  return n.concerns.some((c) => f.concerns.includes(c));
}

/** The part of the model the filter shows (and `pinned` nodes whatever their namespace); edges only between shown nodes, of shown concerns. */
export function applyFilter(model: GraphModel, f: GraphFilter, pinned: ReadonlySet<string> = new Set()): GraphModel {
  const nodes = model.nodes.filter((n) => visible(n, f, pinned));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = model.edges.filter(
    (e: GraphEdge) =>
      ids.has(e.source) &&
      ids.has(e.target) &&
      (!e.hiddenByDefault || f.extraRelations.includes(e.relation)) &&
      // owner edges between workloads show under any concern that shows both ends
      (e.relation === 'owner' || f.concerns.includes(e.concern)),
  );
  return { nodes, edges };
}

/**
 * What a command wrote into a namespace the filter hides (a Role in kube-system), with the objects
 * it relates to there (the Role its binding names): shown without showing the whole namespace.
 */
export function pinsFor(model: GraphModel, f: GraphFilter, written: ReadonlySet<string>): string[] {
  if (!written.size) return [];
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const hidden = (id: string) => {
    const n = byId.get(id);
    return !!n && !n.system && !!n.namespace && !f.namespaces.includes(n.namespace);
  };
  const pins = new Set([...written].filter(hidden));
  for (const e of model.edges) {
    if (written.has(e.source) && hidden(e.target)) pins.add(e.target);
    if (written.has(e.target) && hidden(e.source)) pins.add(e.source);
  }
  return [...pins];
}

/** Namespaces the filter hides that hold objects of the shown concerns, with how many: what an empty canvas can offer to show. */
export function hiddenNamespaces(model: GraphModel, f: GraphFilter): { namespace: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const n of model.nodes) {
    if (n.kind === NODE_KIND || n.system || !n.namespace || f.namespaces.includes(n.namespace)) continue;
    if (n.concerns.some((c) => f.concerns.includes(c))) counts.set(n.namespace, (counts.get(n.namespace) ?? 0) + 1);
  }
  return namespacesOf(model).filter((ns) => counts.has(ns)).map((namespace) => ({ namespace, count: counts.get(namespace)! }));
}
