/** What the canvas looks at: the objects the last command touched (and their neighbours), at a readable zoom. */
import type { Box } from './layout';
import type { GraphModel } from './model';

/** The smallest text a card draws (CSS px at zoom 1): badges, facts, statuses. */
const MIN_CARD_TEXT_PX = 11;
/** The default camera never zooms out further than this: card text stays at ≥ 10 px on screen. */
export const READABLE_ZOOM = 10 / MIN_CARD_TEXT_PX;
/** Presenter mode draws cards this much larger (read from the back of a room, as the terminal's 17 px to 13). */
export const PRESENT_SCALE = 1.3;

/** `seeds` that the model shows, plus everything one relation away (a pod's Service, a Service's pods). */
export function focusSet(model: GraphModel, seeds: Iterable<string>): Set<string> {
  const ids = new Set(model.nodes.map((n) => n.id));
  const near = new Set([...seeds].filter((s) => ids.has(s)));
  if (!near.size) return near;
  const first = new Set(near);
  for (const e of model.edges) {
    if (first.has(e.source)) near.add(e.target);
    if (first.has(e.target)) near.add(e.source);
  }
  // a pod in focus brings its cluster-node frame (drawn around it anyway)
  for (const n of model.nodes) if (near.has(n.id) && n.parent) near.add(n.parent);
  return near;
}

/**
 * What the camera must keep whole: the cards among `ids`, without the cluster-node frames among them
 * when there are cards too (labelling a node that lets a pod schedule: the pod is the news, its node
 * frame is drawn around it anyway and may be far too tall to fit).
 */
export function cameraCore(model: GraphModel, ids: Iterable<string>): Set<string> {
  const frames = new Set(model.nodes.filter((n) => n.group).map((n) => n.id));
  const list = [...ids];
  const cards = list.filter((id) => !frames.has(id));
  return new Set(cards.length ? cards : list);
}

/** Boxes in canvas coordinates (children of a frame are stored relative to it). */
export function absoluteBoxes(boxes: Map<string, Box>): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const [id, b] of boxes) {
    const p = b.parent ? boxes.get(b.parent) : undefined;
    out.set(id, p ? { ...b, x: b.x + p.x, y: b.y + p.y, parent: undefined } : b);
  }
  return out;
}

function bounds(list: Box[]): { x: number; y: number; width: number; height: number } | undefined {
  if (!list.length) return undefined;
  const x = Math.min(...list.map((b) => b.x));
  const y = Math.min(...list.map((b) => b.y));
  return { x, y, width: Math.max(...list.map((b) => b.x + b.width)) - x, height: Math.max(...list.map((b) => b.y + b.height)) - y };
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
  /** True when everything is in view; false when the camera shows only the focus at a readable zoom. */
  all: boolean;
}

/**
 * Where the camera goes: everything when it fits at a readable zoom (never above `scale`); otherwise, at
 * READABLE_ZOOM × `scale`, the focus when it fits (up to `scale` when there is room), else its core (what the command touched, the request
 * path), centred; with nothing in focus, or a core too big, the camera starts at its top-left corner,
 * where requests and ownership start (at the top, from the leftmost card up there). `showAll` fits everything whatever the zoom (the learner asked for
 * it). `scale` is 1, or PRESENT_SCALE in presenter mode.
 */
export function cameraFor(abs: Map<string, Box>, pane: { width: number; height: number }, focus: Set<string>, showAll = false, core: Set<string> = focus, scale = 1, pad = 16): Viewport {
  const all = bounds([...abs.values()]);
  if (!all || pane.width <= 0 || pane.height <= 0) return { x: 0, y: 0, zoom: 1, all: true };
  type B = NonNullable<typeof all>;
  const fit = (b: B) => Math.min(scale, (pane.width - 2 * pad) / b.width, (pane.height - 2 * pad) / b.height);
  const centre = (b: B, zoom: number) => ({ x: pane.width / 2 - (b.x + b.width / 2) * zoom, y: pane.height / 2 - (b.y + b.height / 2) * zoom, zoom });
  const zAll = fit(all);
  const zoom = READABLE_ZOOM * scale;
  if (showAll || zAll >= zoom) return { ...centre(all, Math.max(0.1, zAll)), all: true };
  const boxOf = (ids: Set<string>) => bounds([...ids].map((id) => abs.get(id)!).filter(Boolean));
  const fits = (b: B) => b.width * zoom <= pane.width - 2 * pad + 0.5 && b.height * zoom <= pane.height - 2 * pad + 0.5;
  // a focus near the drawing's edge slides inwards: no empty canvas beside content that is out of view
  const within = (v: { x: number; y: number; zoom: number }): Viewport => ({ x: slide(v.x, all.x, all.width, pane.width, v.zoom), y: slide(v.y, all.y, all.height, pane.height, v.zoom), zoom: v.zoom, all: false });
  const slide = (offset: number, start: number, size: number, room: number, z: number) => {
    if (size * z <= room - 2 * pad) return room / 2 - (start + size / 2) * z;
    return Math.min(pad - start * z, Math.max(room - pad - (start + size) * z, offset));
  };
  const wide = boxOf(focus);
  if (wide && fits(wide)) return within(centre(wide, Math.max(zoom, fit(wide))));
  const inner = boxOf(core) ?? wide;
  if (inner && fits(inner)) {
    // the core whole in view, moved as far towards the centre of its neighbours as that allows (a new
    // binding at the drawing's corner still shows the way to its role and subjects)
    const v = centre(wide ?? inner, zoom);
    const keep = (offset: number, start: number, size: number, room: number) => Math.max(pad - start * zoom, Math.min(room - pad - (start + size) * zoom, offset));
    return within({ x: keep(v.x, inner.x, inner.width, pane.width), y: keep(v.y, inner.y, inner.height, pane.height), zoom });
  }
  if (inner) return within({ x: pad - inner.x * zoom, y: pad - inner.y * zoom, zoom });
  // the drawing's top, from the left edge of what is up there: a wide drawing's top-left corner may be empty
  const top = [...abs.values()].filter((b) => (b.y - all.y) * zoom < pane.height - 2 * pad);
  return within({ x: pad - Math.min(...top.map((b) => b.x)) * zoom, y: pad - all.y * zoom, zoom });
}
