import { useEffect, useRef, useState } from 'react';
import { browserElk } from '../../graph/elk-browser';
import { cardHeight, layoutModel, type Box } from '../../graph/layout';
import type { GraphModel } from '../../graph/model';
import { REQUEST_RELATION } from '../../graph/trace';

/** What decides positions: node ids, their groups and heights, and the edges (request paths excluded, so a curl never moves cards). */
function structureKey(m: GraphModel): string {
  return (
    m.nodes.map((n) => `${n.id}@${n.parent ?? ''}#${n.group ? 'g' : cardHeight(n)}`).join('\n') +
    '\n--\n' +
    m.edges.filter((e) => e.relation !== REQUEST_RELATION).map((e) => e.id).join('\n')
  );
}

/** Lay out a model in the ELK worker whenever its structure changes; the last finished layout wins. */
export function useGraphLayout(model: GraphModel): { boxes: Map<string, Box> | null; key: string } {
  const key = structureKey(model);
  const [state, setState] = useState<{ boxes: Map<string, Box> | null; key: string }>({ boxes: null, key: '' });
  const latest = useRef('');
  const modelRef = useRef(model);
  modelRef.current = model;
  useEffect(() => {
    latest.current = key;
    const m = modelRef.current;
    const forLayout: GraphModel = { nodes: m.nodes, edges: m.edges.filter((e) => e.relation !== REQUEST_RELATION) };
    layoutModel(browserElk(), forLayout).then(
      (boxes) => {
        if (latest.current === key) setState({ boxes, key });
      },
      (err) => console.warn('canvas layout failed', err),
    );
  }, [key]);
  return state;
}
