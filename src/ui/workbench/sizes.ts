/** The workbench's pane sizes: defaults per viewport and mode, and the bounds the splitters keep. */
import { PRESENT_SCALE, READABLE_ZOOM } from '../../graph/focus';
import { CARD_WIDTH, GAP_X, GROUP_PAD } from '../../graph/layout';

export interface Viewport {
  w: number;
  h: number;
}

export interface LayoutOpts {
  lesson: boolean;
  present: boolean;
  embed: boolean;
}

export interface Sizes {
  /** Lesson panel width. */
  lessonW: number;
  /** Editor width in the top row (the canvas takes the rest). */
  editorW: number;
  /** Top row height (editor, canvas); the terminal takes the rest. */
  topH: number;
  /** Events beside the terminal (0: behind a tab with the canvas instead). */
  eventsW: number;
}

/** Below this width the page shows one pane at a time, behind tabs. */
const NARROW_BELOW = 800;
export const SPLIT = 5;
const TOPBAR = 48;
/** Columns the terminal keeps by default: kubectl's tables are laid out for 80. */
const TERMINAL_COLS = 80;

export function isNarrow(vp: Viewport): boolean {
  return vp.w < NARROW_BELOW;
}

/**
 * Below this width beside the editor the canvas cannot show a step's objects at a readable zoom
 * (two card columns and no more): editor and canvas then share the top row behind tabs.
 */
const CANVAS_MIN_W = 560;

/** Whether the editor and the canvas take turns in the top row (a laptop screen, a projector below ~1900 px) instead of sharing it. */
export function topTabs(vp: Viewport, o: LayoutOpts): boolean {
  if (isNarrow(vp) || o.embed) return false;
  const s = splitSizes(vp, o);
  const main = vp.w - (o.lesson ? s.lessonW + SPLIT : 0);
  // presenter cards are drawn larger, so two columns of them need more room
  return main - SPLIT - s.editorW < CANVAS_MIN_W * (o.present ? PRESENT_SCALE : 1);
}

/**
 * Room for the storage chain at a readable zoom (pod in its node frame → claim → volume: three card
 * columns and the camera's margins): beside the editor, the canvas gets it when the editor keeps EDITOR_MIN.
 */
const CANVAS_CHAIN_W = Math.ceil((CARD_WIDTH + 2 * GROUP_PAD.side + 2 * (GAP_X + CARD_WIDTH)) * READABLE_ZOOM + 2 * 16 + 2);
/** The editor's narrowest default beside the canvas: about 40 columns of YAML after the line numbers. */
const EDITOR_MIN = 360;

/** The lesson panel's smallest default width. */
const LESSON_MIN = 280;
const CELL_EM = 0.61;
const TERMINAL_PAD = 40;

/** Terminal type size: presenter type is as large as 80 columns beside the lesson allow (17 px on a wide projector, 14 px at 1024). */
export function terminalFont(present: boolean, width = Infinity): number {
  if (!present) return 13;
  return clamp(Math.floor((width - LESSON_MIN - SPLIT - TERMINAL_PAD) / (TERMINAL_COLS * CELL_EM)), 13, 17);
}

/** Width the terminal pane needs for TERMINAL_COLS columns (monospace cells are ~0.6 em; padding and scrollbar). */
export function terminalNeeds(present: boolean, width = Infinity): number {
  return Math.ceil(TERMINAL_COLS * terminalFont(present, width) * CELL_EM) + TERMINAL_PAD;
}

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.max(lo, Math.min(hi, v)));

/** Bounds for each size, given the viewport and the current sizes. */
export function bounds(vp: Viewport, o: LayoutOpts, s: Sizes): Record<keyof Sizes, [number, number]> {
  const lessonW = o.lesson ? clamp(s.lessonW, 240, vp.w * 0.5) : 0;
  const main = vp.w - (o.lesson ? lessonW + SPLIT : 0);
  const height = vp.h - (o.embed ? 36 : TOPBAR);
  return {
    lessonW: [240, Math.max(240, Math.round(vp.w * 0.5))],
    editorW: [200, Math.max(200, main - SPLIT - 200)],
    topH: [120, Math.max(120, height - SPLIT - 100)],
    eventsW: [180, Math.max(180, main - SPLIT - 320)],
  };
}

/** Each size within its bounds (after a window resize, or a drag past them). */
export function fit(vp: Viewport, o: LayoutOpts, s: Sizes): Sizes {
  const b = bounds(vp, o, s);
  const out = { ...s };
  for (const k of Object.keys(b) as (keyof Sizes)[]) {
    if (k === 'eventsW' && s.eventsW === 0) continue;
    out[k] = clamp(s[k], b[k][0], b[k][1]);
  }
  return out;
}

/**
 * Defaults: the lesson about a quarter of the width; the terminal across the whole main area
 * below the editor and the canvas, so it keeps 80 columns on a laptop; the events beside it
 * when the width allows, else behind a tab with the canvas.
 */
export function defaultSizes(vp: Viewport, o: LayoutOpts): Sizes {
  const s = splitSizes(vp, o);
  // taking turns, the canvas gets a little more height: the terminal keeps its 80 columns and ~12 rows
  return topTabs(vp, o) ? { ...s, topH: Math.round((vp.h - TOPBAR) * 0.6) } : s;
}

function splitSizes(vp: Viewport, o: LayoutOpts): Sizes {
  const needs = terminalNeeds(o.present, vp.w);
  const lessonW = o.lesson ? clamp(vp.w * (o.present ? 0.27 : 0.25), LESSON_MIN, Math.min(o.present ? 520 : 440, vp.w - SPLIT - needs)) : 0;
  const main = vp.w - (o.lesson ? lessonW + SPLIT : 0);
  const height = vp.h - (o.embed ? 36 : TOPBAR);
  const topH = Math.round(height * (o.embed ? 1 : 0.56));
  const spare = main - SPLIT - needs;
  const eventsW = o.embed || spare < 240 ? 0 : clamp(spare, 240, 420);
  const share = Math.round((main - SPLIT) * (o.embed ? 0.46 : 0.44));
  // the canvas would cut the chain's last column: the editor gives way while it stays wide enough
  const roomy = main - SPLIT - CANVAS_CHAIN_W * (o.present ? PRESENT_SCALE : 1);
  return {
    lessonW,
    editorW: o.embed || roomy < EDITOR_MIN ? share : Math.min(share, Math.floor(roomy)),
    topH,
    eventsW,
  };
}
