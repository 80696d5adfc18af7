/** What changed between two graphs: ids to highlight (added, changed) and to fade out (removed). */
import type { GraphModel } from './model';

export interface GraphDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** Compare two models by node and edge id; a node changed when what its card shows changed (`rev`). */
export function diffModels(prev: GraphModel, next: GraphModel): GraphDiff {
  const before = new Map(prev.nodes.map((n) => [n.id, n.rev]));
  const after = new Set<string>();
  const added: string[] = [];
  const changed: string[] = [];
  for (const n of next.nodes) {
    after.add(n.id);
    const rev = before.get(n.id);
    if (rev === undefined) added.push(n.id);
    else if (rev !== n.rev) changed.push(n.id);
  }
  const prevEdges = new Map(prev.edges.map((e) => [e.id, e.state ?? '']));
  for (const e of next.edges) {
    after.add(e.id);
    const st = prevEdges.get(e.id);
    if (st === undefined) added.push(e.id);
    else if (st !== (e.state ?? '')) changed.push(e.id);
  }
  const removed = [...prev.nodes.map((n) => n.id), ...prev.edges.map((e) => e.id)].filter((id) => !after.has(id));
  return { added, changed, removed };
}
