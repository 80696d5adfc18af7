/** Orthogonal edge routes that go around cards (a sparse visibility grid and a shortest path with few bends). */
import type { Box } from './layout';

export interface Point {
  x: number;
  y: number;
}

/** Clearance kept around every card (routes leave and reach a card this far out, horizontally). */
export const ROUTE_MARGIN = 8;
const MARGIN = ROUTE_MARGIN;
/** A bend costs as much as this many px of length (fewer corners read better). */
const BEND = 40;

/** The grid for a set of obstacles; `route` calls on the same grid share it. */
export interface RouteGrid {
  xs: number[];
  ys: number[];
  /** blockedH[j][i]: the segment (xs[i], ys[j]) → (xs[i+1], ys[j]) crosses a card; blockedV[i][j] likewise vertically. */
  blockedH: Uint8Array[];
  blockedV: Uint8Array[];
}

const inside = (x: number, y: number, b: Box) => x > b.x - MARGIN + 0.5 && x < b.x + b.width + MARGIN - 0.5 && y > b.y - MARGIN + 0.5 && y < b.y + b.height + MARGIN - 0.5;

function uniqSorted(values: number[]): number[] {
  const s = [...new Set(values.map((v) => Math.round(v * 2) / 2))].sort((a, b) => a - b);
  return s;
}

/** Build the grid from the cards (canvas coordinates) and the ports edges will start and end at. */
export function routeGrid(obstacles: Box[], ports: Point[]): RouteGrid {
  // a lane outside everything, so a path can always go around (and reach a left side from the left)
  const all = [...obstacles.flatMap((b) => [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height }]), ...ports];
  const ring = all.length ? [Math.min(...all.map((p) => p.x)) - 4 * MARGIN, Math.max(...all.map((p) => p.x)) + 4 * MARGIN] : [];
  const ringY = all.length ? [Math.min(...all.map((p) => p.y)) - 4 * MARGIN, Math.max(...all.map((p) => p.y)) + 4 * MARGIN] : [];
  const xs = uniqSorted([...obstacles.flatMap((b) => [b.x - MARGIN, b.x + b.width + MARGIN]), ...ports.map((p) => p.x), ...ring]);
  const ys = uniqSorted([...obstacles.flatMap((b) => [b.y - MARGIN, b.y + b.height + MARGIN]), ...ports.map((p) => p.y), ...ringY]);
  const blockedH = ys.map((y) => {
    const row = new Uint8Array(xs.length);
    for (let i = 0; i + 1 < xs.length; i++) {
      const mx = (xs[i] + xs[i + 1]) / 2;
      row[i] = obstacles.some((b) => inside(mx, y, b)) ? 1 : 0;
    }
    return row;
  });
  const blockedV = xs.map((x) => {
    const col = new Uint8Array(ys.length);
    for (let j = 0; j + 1 < ys.length; j++) {
      const my = (ys[j] + ys[j + 1]) / 2;
      col[j] = obstacles.some((b) => inside(x, my, b)) ? 1 : 0;
    }
    return col;
  });
  return { xs, ys, blockedH, blockedV };
}

/** A tiny binary heap of [cost, state]. */
class Heap {
  private a: [number, number][] = [];
  get size() {
    return this.a.length;
  }
  push(v: [number, number]) {
    const a = this.a;
    a.push(v);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p][0] <= a[i][0]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): [number, number] {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The route from `from` (leaving rightwards) to `to` (arriving from the left): the points of an
 * orthogonal polyline that keeps MARGIN from every obstacle, or undefined when none exists.
 */
export function route(grid: RouteGrid, from: Point, to: Point): Point[] | undefined {
  const { xs, ys, blockedH, blockedV } = grid;
  const start = { x: from.x + MARGIN, y: from.y };
  const end = { x: to.x - MARGIN, y: to.y };
  const si = xs.indexOf(Math.round(start.x * 2) / 2);
  const sj = ys.indexOf(Math.round(start.y * 2) / 2);
  const ti = xs.indexOf(Math.round(end.x * 2) / 2);
  const tj = ys.indexOf(Math.round(end.y * 2) / 2);
  if (si < 0 || sj < 0 || ti < 0 || tj < 0) return undefined;
  const W = xs.length;
  // state = (j * W + i) * 2 + dir, dir 0 = horizontal, 1 = vertical
  const n = W * ys.length * 2;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const heap = new Heap();
  const s0 = (sj * W + si) * 2;
  dist[s0] = 0;
  heap.push([0, s0]);
  let goal = -1;
  while (heap.size) {
    const [d, s] = heap.pop();
    if (d > dist[s]) continue;
    const dir = s & 1;
    const cell = s >> 1;
    const i = cell % W;
    const j = (cell - i) / W;
    // arrive moving horizontally, so the last leg enters the target from the left
    if (i === ti && j === tj && dir === 0) {
      goal = s;
      break;
    }
    const step = (ni: number, nj: number, ndir: number, len: number) => {
      const ns = (nj * W + ni) * 2 + ndir;
      const nd = d + len + (ndir !== dir ? BEND : 0);
      if (nd < dist[ns]) {
        dist[ns] = nd;
        prev[ns] = s;
        heap.push([nd, ns]);
      }
    };
    if (i + 1 < W && !blockedH[j][i]) step(i + 1, j, 0, xs[i + 1] - xs[i]);
    if (i > 0 && !blockedH[j][i - 1]) step(i - 1, j, 0, xs[i] - xs[i - 1]);
    if (j + 1 < ys.length && !blockedV[i][j]) step(i, j + 1, 1, ys[j + 1] - ys[j]);
    if (j > 0 && !blockedV[i][j - 1]) step(i, j - 1, 1, ys[j] - ys[j - 1]);
  }
  if (goal < 0) return undefined;
  const cells: Point[] = [];
  for (let s = goal; s >= 0; s = prev[s]) {
    const cell = s >> 1;
    const i = cell % W;
    const p = { x: xs[i], y: ys[(cell - i) / W] };
    const last = cells[cells.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) cells.push(p);
  }
  cells.reverse();
  return simplify([from, ...cells, to]);
}

/** Drop points that lie on a straight line between their neighbours. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    while (out.length >= 2) {
      const a = out[out.length - 2];
      const b = out[out.length - 1];
      if ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y)) out.pop();
      else break;
    }
    out.push(p);
  }
  return out;
}

/**
 * An SVG path through the points with rounded corners; and where its label goes: the middle of its
 * longest horizontal leg (a vertical one is often a trunk that edges fanning out share), else of its longest.
 */
export function roundedPath(points: Point[], radius = 8): { d: string; label: Point } {
  let d = `M ${points[0].x} ${points[0].y}`;
  for (let k = 1; k < points.length - 1; k++) {
    const a = points[k - 1];
    const b = points[k];
    const c = points[k + 1];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const p1 = { x: b.x - Math.sign(b.x - a.x) * r, y: b.y - Math.sign(b.y - a.y) * r };
    const p2 = { x: b.x + Math.sign(c.x - b.x) * r, y: b.y + Math.sign(c.y - b.y) * r };
    d += ` L ${p1.x} ${p1.y} Q ${b.x} ${b.y} ${p2.x} ${p2.y}`;
  }
  const last = points[points.length - 1];
  d += ` L ${last.x} ${last.y}`;
  let best = -1;
  let label = points[0];
  for (let k = 1; k < points.length; k++) {
    const horizontal = points[k].y === points[k - 1].y;
    // a horizontal leg outranks every vertical one
    const len = Math.hypot(points[k].x - points[k - 1].x, points[k].y - points[k - 1].y) + (horizontal ? 1e6 : 0);
    if (len > best) {
      best = len;
      label = { x: (points[k].x + points[k - 1].x) / 2, y: (points[k].y + points[k - 1].y) / 2 };
    }
  }
  return { d, label };
}
