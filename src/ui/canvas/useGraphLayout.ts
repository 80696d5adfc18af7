import { useEffect, useMemo, useRef, useState } from 'react';
import { browserElk } from '../../graph/elk-browser';
import { cardHeight, layoutModel, quickLayout, type Box } from '../../graph/layout';
import type { GraphEdge, GraphModel } from '../../graph/model';
import { makeLabelRoom, orderFrames, placeStable } from '../../graph/placement';
import { relation } from '../../graph/relations';
import { BLOCKED_RELATION, REQUEST_RELATION } from '../../graph/trace';

/** What decides positions: node ids, their frames and heights (request paths never move cards). */
function structureKey(m: GraphModel): string {
  return m.nodes.map((n) => `${n.id}@${n.parent ?? ''}#${n.group ? 'g' : cardHeight(n)}`).join('\n');
}

// ELK's worker takes a while to start (1.6 MB of compiled Java): start it as soon as the canvas code loads
void browserElk()
  .layout({ id: 'warm-up', children: [] })
  .catch(() => undefined);

/** ELK layouts asked for in one epoch before the answer is taken even if the picture moved on. */
const MAX_ASKS = 4;

export interface GraphLayout {
  boxes: Map<string, Box>;
  /** The epoch's ELK layout is drawn (until then a quick column layout stands in). */
  settled: boolean;
}

/** Edges whose label the layout makes room for (ELK puts it between the layers). */
const roomy = (e: GraphEdge) => !!e.label && !!relation(e.relation)?.labelRoom;

/**
 * Positions for a model. A fresh ELK layout is made once per `epoch` (first picture, a filter, a step,
 * "tidy"); between epochs every change keeps what was placed and only places what it adds
 * (`placeStable`), so a command never moves the cards it did not touch. Until ELK answers, a
 * synchronous column layout stands in, so the first picture never waits. An edge whose label needs
 * room (a role's verbs) that appears between cards already drawn, when a binding is created
 * mid-step, gets it by moving the columns from its target on to the right (`makeLabelRoom`).
 */
export function useGraphLayout(model: GraphModel, epoch: string): GraphLayout {
  // a render without a new model (a highlight fading, a selection) asks nothing of the layout
  const key = useMemo(() => structureKey(model), [model]);
  const [elk, setElk] = useState<{ boxes: Map<string, Box>; epoch: string; key: string } | null>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const last = useRef<{ boxes: Map<string, Box>; elk: unknown } | null>(null);
  const settled = elk?.epoch === epoch;
  // while the epoch's ELK layout is pending, each change asks again (an answer for an older picture would
  // move every card drawn since), a few times at most so that a busy cluster still gets its layout
  const asked = useRef({ epoch, keys: [] as string[] });
  if (asked.current.epoch !== epoch) asked.current = { epoch, keys: [] };
  const keys = asked.current.keys;
  if (!settled && keys[keys.length - 1] !== key && keys.length < MAX_ASKS) keys.push(key);
  const request = settled ? elk.key : keys[keys.length - 1];
  useEffect(() => {
    let live = true;
    const m = modelRef.current;
    const forLayout: GraphModel = { nodes: m.nodes, edges: m.edges.filter((e) => e.relation !== REQUEST_RELATION && e.relation !== BLOCKED_RELATION) };
    layoutModel(browserElk(), forLayout).then(
      (boxes) => live && setElk({ boxes: orderFrames(boxes, m), epoch, key: request }),
      (err) => console.warn('canvas layout failed', err),
    );
    return () => {
      live = false;
    };
  }, [epoch, request]);
  // labelled edges that have had their layout (ELK's, or the room made for them)
  const known = useRef(new Set<string>());
  const labelled = model.edges.filter(roomy);
  const labelKey = labelled.map((e) => `${e.id}=${e.label}`).join('\n');
  const boxes = useMemo(() => {
    const m = modelRef.current;
    const fresh = elk && elk.epoch === epoch && last.current?.elk !== elk;
    // a fresh ELK result replaces everything once; otherwise build on what is drawn
    const base = fresh ? elk.boxes : (last.current?.boxes ?? quickLayout(m));
    const edges = m.edges.filter(roomy);
    const fresher = edges.filter((e) => !known.current.has(e.id));
    const stable = placeStable(base, m);
    // ELK (and the stand-in until it answers) leaves label room itself; later labels get it here
    const placed = fresh || !settled || !fresher.length ? stable : makeLabelRoom(stable, fresher);
    known.current = new Set(edges.map((e) => e.id));
    last.current = { boxes: placed, elk: fresh ? elk : last.current?.elk };
    return placed;
  }, [key, labelKey, elk, epoch]);
  return { boxes, settled };
}
