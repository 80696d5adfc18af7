import { useEffect, useRef, useState } from 'react';
import { diffModels } from '../../graph/diff';
import type { GraphEdge, GraphModel, GraphNode } from '../../graph/model';

/** How long added/changed elements stay highlighted and removed ones take to fade out. */
export const HIGHLIGHT_MS = 1800;
export const FADE_MS = 1200;

export interface Changes {
  /** id → added | changed, for highlight. */
  marks: Map<string, 'added' | 'changed'>;
  /** Elements that just disappeared, drawn fading out. */
  ghosts: { nodes: GraphNode[]; edges: GraphEdge[] };
}

/** Compare each new model with the previous one: highlight what was added or changed, keep removed elements briefly as ghosts. */
export function useChanges(model: GraphModel): Changes {
  const prev = useRef<GraphModel | null>(null);
  const [changes, setChanges] = useState<Changes>({ marks: new Map(), ghosts: { nodes: [], edges: [] } });
  useEffect(() => {
    const before = prev.current;
    prev.current = model;
    if (!before) return;
    const d = diffModels(before, model);
    if (!d.added.length && !d.changed.length && !d.removed.length) return;
    const marks = new Map<string, 'added' | 'changed'>();
    d.added.forEach((id) => marks.set(id, 'added'));
    d.changed.forEach((id) => marks.set(id, 'changed'));
    const gone = new Set(d.removed);
    const ghosts = { nodes: before.nodes.filter((n) => gone.has(n.id)), edges: before.edges.filter((e) => gone.has(e.id)) };
    setChanges({ marks, ghosts });
    const t1 = setTimeout(() => setChanges((c) => ({ ...c, ghosts: { nodes: [], edges: [] } })), FADE_MS);
    const t2 = setTimeout(() => setChanges((c) => (c.marks === marks ? { ...c, marks: new Map() } : c)), HIGHLIGHT_MS);
    return () => {
      clearTimeout(t1);
      clearTimeout(t2);
    };
  }, [model]);
  return changes;
}
