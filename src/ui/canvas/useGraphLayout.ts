import { useEffect, useMemo, useRef, useState } from 'react';
import { browserElk } from '../../graph/elk-browser';
import { cardHeight, layoutModel, quickLayout, type Box } from '../../graph/layout';
import type { GraphModel } from '../../graph/model';
import { orderFrames, placeStable } from '../../graph/placement';
import { BLOCKED_RELATION, REQUEST_RELATION } from '../../graph/trace';

/** What decides positions: node ids, their frames and heights (request paths never move cards). */
function structureKey(m: GraphModel): string {
  return m.nodes.map((n) => `${n.id}@${n.parent ?? ''}#${n.group ? 'g' : cardHeight(n)}`).join('\n');
}

// ELK's worker takes a while to start (1.6 MB of compiled Java): start it as soon as the canvas code loads
void browserElk()
  .layout({ id: 'warm-up', children: [] })
  .catch(() => undefined);

/**
 * Positions for a model. A fresh ELK layout is made once per `epoch` (first picture, a filter, a step,
 * "tidy"); between epochs every change keeps what was placed and only places what it adds
 * (`placeStable`), so a command never moves the cards it did not touch. Until ELK answers, a
 * synchronous column layout stands in, so the first picture never waits.
 */
export function useGraphLayout(model: GraphModel, epoch: string): Map<string, Box> {
  const key = structureKey(model);
  const [elk, setElk] = useState<{ boxes: Map<string, Box>; epoch: string } | null>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const last = useRef<{ boxes: Map<string, Box>; elk: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    const m = modelRef.current;
    const forLayout: GraphModel = { nodes: m.nodes, edges: m.edges.filter((e) => e.relation !== REQUEST_RELATION && e.relation !== BLOCKED_RELATION) };
    layoutModel(browserElk(), forLayout).then(
      (boxes) => live && setElk({ boxes: orderFrames(boxes, m), epoch }),
      (err) => console.warn('canvas layout failed', err),
    );
    return () => {
      live = false;
    };
  }, [epoch]);
  return useMemo(() => {
    const m = modelRef.current;
    const fresh = elk && elk.epoch === epoch && last.current?.elk !== elk;
    // a fresh ELK result replaces everything once; otherwise build on what is drawn
    const base = fresh ? elk.boxes : (last.current?.boxes ?? quickLayout(m));
    const boxes = placeStable(base, m);
    last.current = { boxes, elk: fresh ? elk : last.current?.elk };
    return boxes;
  }, [key, elk, epoch]);
}
