import { useEffect, useMemo, useRef, useState } from 'react';
import { browserElk } from '../../graph/elk-browser';
import { cardHeight, layoutModel, quickLayout, type Box } from '../../graph/layout';
import type { GraphModel } from '../../graph/model';
import { placeNewcomers } from '../../graph/placement';
import { REQUEST_RELATION } from '../../graph/trace';

/** What decides positions: node ids, their groups and heights, and the edges (request paths excluded, so a curl never moves cards). */
function structureKey(m: GraphModel): string {
  return (
    m.nodes.map((n) => `${n.id}@${n.parent ?? ''}#${n.group ? 'g' : cardHeight(n)}`).join('\n') +
    '\n--\n' +
    m.edges.filter((e) => e.relation !== REQUEST_RELATION).map((e) => e.id).join('\n')
  );
}

// ELK's worker takes a while to start (1.6 MB of compiled Java): start it as soon as the canvas code loads
void browserElk()
  .layout({ id: 'warm-up', children: [] })
  .catch(() => undefined);

/**
 * Lay out a model in the ELK worker whenever its structure changes; the last finished layout wins.
 * Until ELK has answered once, a synchronous column layout stands in, so the first picture never waits.
 */
export function useGraphLayout(model: GraphModel): Map<string, Box> | null {
  const key = structureKey(model);
  const [elk, setElk] = useState<{ boxes: Map<string, Box>; key: string } | null>(null);
  const latest = useRef('');
  const modelRef = useRef(model);
  modelRef.current = model;
  useEffect(() => {
    latest.current = key;
    const m = modelRef.current;
    const forLayout: GraphModel = { nodes: m.nodes, edges: m.edges.filter((e) => e.relation !== REQUEST_RELATION) };
    layoutModel(browserElk(), forLayout).then(
      (boxes) => {
        if (latest.current === key) setElk({ boxes, key });
      },
      (err) => console.warn('canvas layout failed', err),
    );
  }, [key]);
  // until ELK answers: a column layout; with a stale ELK result, its positions plus newcomers stacked beside
  // (new objects show at once, nothing jumps until the new layout lands)
  const provisional = useMemo(() => (elk ? (elk.key === key ? null : placeNewcomers(elk.boxes, modelRef.current)) : quickLayout(modelRef.current)), [key, elk]);
  return elk?.key === key ? elk.boxes : provisional;
}
