import { useEffect, useRef, useState } from 'react';
import { diffModels } from '../../graph/diff';
import type { GraphEdge, GraphModel, GraphNode } from '../../graph/model';

/** How long added/changed elements stay highlighted and removed ones take to fade out. */
const HIGHLIGHT_MS = 1800;
const FADE_MS = 1200;

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
  // timers outlive the next model (a tick or a status change must not keep ghosts forever); cleared on unmount
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
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
    const ids = new Set([...model.nodes.map((n) => n.id), ...model.edges.map((e) => e.id)]);
    // ghosts still fading keep fading (unless they came back); each leaves when its own time is up
    setChanges((c) => ({
      marks,
      ghosts: { nodes: [...c.ghosts.nodes.filter((n) => !ids.has(n.id) && !gone.has(n.id)), ...ghosts.nodes], edges: [...c.ghosts.edges.filter((e) => !ids.has(e.id) && !gone.has(e.id)), ...ghosts.edges] },
    }));
    const mine = new Set([...ghosts.nodes, ...ghosts.edges]);
    timers.current = [
      ...timers.current.slice(-20),
      setTimeout(() => setChanges((c) => ({ ...c, ghosts: { nodes: c.ghosts.nodes.filter((n) => !mine.has(n)), edges: c.ghosts.edges.filter((e) => !mine.has(e)) } })), FADE_MS),
      setTimeout(() => setChanges((c) => (c.marks === marks ? { ...c, marks: new Map() } : c)), HIGHLIGHT_MS),
    ];
  }, [model]);
  return changes;
}
