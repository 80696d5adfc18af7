/**
 * Stable positions: what was placed stays where it was; a newcomer takes the first free place in its
 * kind's column (a pod: in its cluster-node frame). Only what grows pushes what it would cover.
 */
import { CARD_WIDTH, cardHeight, COLUMN, GAP_X, GAP_Y, GROUP_GAP, GROUP_MIN_HEIGHT, GROUP_PAD, labelWidth, type Box } from './layout';
import type { GraphModel, GraphNode } from './model';

/** Two boxes closer than this (horizontally and vertically) count as overlapping. */
const CLEARANCE = 10;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width + CLEARANCE && b.x < a.x + a.width + CLEARANCE && a.y < b.y + b.height + CLEARANCE && b.y < a.y + a.height + CLEARANCE;
}

/** The topmost y ≥ top where a box of this size fits in column x among `others`. */
function firstFit(others: Box[], x: number, width: number, height: number, top: number, gap: number): number {
  const inColumn = others.filter((o) => o.x < x + width + CLEARANCE && x < o.x + o.width + CLEARANCE).sort((a, b) => a.y - b.y);
  const candidates = [top, ...inColumn.map((o) => o.y + o.height + gap)].filter((y) => y >= top).sort((a, b) => a - b);
  for (const y of candidates) {
    const probe = { x, y, width, height };
    if (!inColumn.some((o) => overlaps(probe, o))) return y;
  }
  return top;
}

/** Push boxes down (top to bottom) until none overlaps another; untouched boxes keep their place. */
function settle(boxes: Box[], gap: number): void {
  const placed: Box[] = [];
  for (const b of [...boxes].sort((p, q) => p.y - q.y || p.x - q.x)) {
    for (let hit = placed.find((p) => overlaps(p, b)); hit; hit = placed.find((p) => overlaps(p, b))) b.y = hit.y + hit.height + gap;
    placed.push(b);
  }
}

const rank = (n: GraphNode) => (n.group ? COLUMN.Pod : (COLUMN[n.kind] ?? 6));

/**
 * The x where a newcomer of this rank goes: its kind's column; else a new column right of the nearest
 * lower one. When a higher rank's column already stands there (a ClusterRole drawn before its
 * binding), the columns from there on move right to make room, so that who → binding → role still
 * reads left to right.
 */
function columnX(rankOf: number, kept: { rank: number; box: Box }[]): number {
  const same = kept.filter((k) => k.rank === rankOf);
  if (same.length) return Math.min(...same.map((k) => k.box.x));
  const lower = kept.filter((k) => k.rank < rankOf).sort((a, b) => b.rank - a.rank || b.box.x - a.box.x)[0];
  const higher = kept.filter((k) => k.rank > rankOf);
  if (lower) {
    const x = Math.max(...kept.filter((k) => k.rank === lower.rank).map((k) => k.box.x + k.box.width)) + GAP_X;
    const inTheWay = higher.filter((k) => k.box.x < x + CARD_WIDTH + GAP_X && k.box.x + k.box.width > x - GAP_X + 1);
    if (inTheWay.length) {
      const from = Math.min(...inTheWay.map((k) => k.box.x));
      const shift = x + CARD_WIDTH + GAP_X - from;
      for (const k of kept) if (k.box.x >= from && k.rank > rankOf) k.box.x += shift;
    }
    return x;
  }
  const first = higher.sort((a, b) => a.rank - b.rank || a.box.x - b.box.x)[0];
  if (first) return Math.min(...higher.map((k) => k.box.x)) - CARD_WIDTH - GAP_X;
  return 0;
}

/**
 * Boxes for `model` that keep every box of `previous` whose node is still there (in the same frame),
 * and add the rest: pods in the first free slot of their frame (the frame grows), other objects in
 * the first free slot of their kind's column. A frame or card that grew pushes down only what it covers.
 */
export function placeStable(previous: Map<string, Box>, model: GraphModel): Map<string, Box> {
  const out = new Map<string, Box>();
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  for (const n of model.nodes) {
    const b = previous.get(n.id);
    // a pod that moved to another frame is a newcomer there
    if (!b || (b.parent ?? '') !== (n.group ? '' : (n.parent ?? ''))) continue;
    out.set(n.id, { ...b, height: n.group ? b.height : cardHeight(n) });
  }
  const top = () => Math.min(0, ...[...out.values()].filter((b) => !b.parent).map((b) => b.y));
  const topLevel = () => [...out.entries()].filter(([, b]) => !b.parent);
  const kept = () => topLevel().map(([id, box]) => ({ rank: rank(byId.get(id)!), box }));
  // new frames first (in name order), so their pods find them
  for (const n of model.nodes.filter((m) => m.group && !out.has(m.id)).sort((a, b) => a.name.localeCompare(b.name))) {
    const width = CARD_WIDTH + 2 * GROUP_PAD.side;
    const x = columnX(rank(n), kept());
    out.set(n.id, { x, y: firstFit(topLevel().map(([, b]) => b), x, width, GROUP_MIN_HEIGHT, top(), GAP_Y), width, height: GROUP_MIN_HEIGHT });
  }
  // pods first (their frame decides where), then what has a placed neighbour, next to it: a new
  // ReplicaSet level with its pods, its Deployment level with it, a binding beside its role
  const abs = (id: string): Box | undefined => {
    const b = out.get(id);
    const p = b?.parent ? out.get(b.parent) : undefined;
    return b && (p ? { ...b, x: b.x + p.x, y: b.y + p.y, parent: undefined } : b);
  };
  const near = new Map<string, string[]>();
  for (const e of model.edges) {
    if (e.relation === 'request' || e.relation === 'request-blocked') continue;
    (near.get(e.source) ?? near.set(e.source, []).get(e.source)!).push(e.target);
    (near.get(e.target) ?? near.set(e.target, []).get(e.target)!).push(e.source);
  }
  const place = (n: GraphNode) => {
    const h = cardHeight(n);
    const frame = n.parent ? out.get(n.parent) : undefined;
    if (frame && n.parent) {
      const siblings = [...out.values()].filter((b) => b.parent === n.parent);
      out.set(n.id, { x: GROUP_PAD.side, y: firstFit(siblings, GROUP_PAD.side, CARD_WIDTH, h, GROUP_PAD.top, GROUP_GAP), width: CARD_WIDTH, height: h, parent: n.parent });
      return;
    }
    const x = columnX(rank(n), kept());
    const anchors = (near.get(n.id) ?? []).map(abs).filter((b): b is Box => !!b);
    const from = anchors.length ? Math.max(top(), Math.min(...anchors.map((b) => b.y))) : top();
    out.set(n.id, { x, y: firstFit(topLevel().map(([, b]) => b), x, CARD_WIDTH, h, from, GAP_Y), width: CARD_WIDTH, height: h });
  };
  let waiting = model.nodes.filter((n) => !n.group && !out.has(n.id));
  for (const n of waiting) if (n.parent && out.has(n.parent)) place(n);
  waiting = waiting.filter((n) => !out.has(n.id));
  while (waiting.length) {
    const next = waiting.find((n) => (near.get(n.id) ?? []).some((id) => out.has(id))) ?? waiting[0];
    place(next);
    waiting = waiting.filter((n) => n !== next);
  }
  // cards that grew push their frame-mates down; frames grow to what they hold and never shrink (no churn in a rollout)
  for (const [id, frame] of out) {
    if (!byId.get(id)?.group) continue;
    const inside = [...out.values()].filter((b) => b.parent === id);
    settle(inside, GROUP_GAP);
    const bottom = Math.max(0, ...inside.map((b) => b.y + b.height));
    const right = Math.max(0, ...inside.map((b) => b.x + b.width));
    frame.height = Math.max(frame.height, GROUP_MIN_HEIGHT, bottom + GROUP_PAD.bottom);
    frame.width = Math.max(frame.width, CARD_WIDTH + 2 * GROUP_PAD.side, right + GROUP_PAD.side);
  }
  settle(topLevel().map(([, b]) => b), GAP_Y);
  return out;
}

/**
 * After a fresh layout: all cluster-node frames in one column, in name order (k8s-master,
 * k8s-node1, k8s-node2), where the frame holding the most pods was put.
 */
export function orderFrames(boxes: Map<string, Box>, model: GraphModel): Map<string, Box> {
  const frames = model.nodes.filter((n) => n.group && boxes.has(n.id)).sort((a, b) => a.name.localeCompare(b.name));
  if (frames.length < 2) return boxes;
  const count = (id: string) => [...boxes.values()].filter((b) => b.parent === id).length;
  const anchor = [...frames].sort((a, b) => count(b.id) - count(a.id))[0];
  const out = new Map([...boxes].map(([id, b]) => [id, { ...b }]));
  const x = out.get(anchor.id)!.x;
  let y = Math.min(...frames.map((f) => out.get(f.id)!.y));
  for (const f of frames) {
    const b = out.get(f.id)!;
    b.x = x;
    b.y = y;
    y += b.height + GAP_Y;
  }
  // frames first, so what they now cover moves below them
  const frameIds = new Set(frames.map((f) => f.id));
  const others = [...out].filter(([id, b]) => !b.parent && !frameIds.has(id)).map(([, b]) => b);
  const placed = frames.map((f) => out.get(f.id)!);
  for (const b of others.sort((p, q) => p.y - q.y)) {
    for (let hit = placed.find((p) => overlaps(p, b)); hit; hit = placed.find((p) => overlaps(p, b))) b.y = hit.y + hit.height + GAP_Y;
    placed.push(b);
  }
  return out;
}

/** Room an edge label needs between its cards besides its own width. */
const LABEL_MARGIN = 20;

/**
 * Room for labels that appeared between cards already drawn (a binding made mid-step labels a role's
 * edges with its verbs): where a left-to-right edge's gap is narrower than its label, the top-level
 * boxes from the target's column on move right by the difference; nothing else moves.
 */
export function makeLabelRoom(boxes: Map<string, Box>, edges: { source: string; target: string; label?: string }[]): Map<string, Box> {
  const out = new Map([...boxes].map(([id, b]) => [id, { ...b }]));
  // a card in a frame moves with its frame
  const top = (id: string): Box | undefined => {
    const b = out.get(id);
    return b?.parent ? out.get(b.parent) : b;
  };
  for (const e of edges) {
    const s = top(e.source);
    const t = top(e.target);
    if (!e.label || !s || !t || s === t || s.x + s.width > t.x) continue;
    const short = labelWidth(e.label) + LABEL_MARGIN - (t.x - (s.x + s.width));
    if (short <= 0) continue;
    const from = t.x;
    for (const b of out.values()) if (!b.parent && b.x >= from) b.x += short;
  }
  return out;
}

