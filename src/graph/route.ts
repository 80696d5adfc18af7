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

/** The index range [first, end) of the ascending `values` strictly between lo and hi. */
function within(values: number[], lo: number, hi: number): [number, number] {
  let first = 0;
  while (first < values.length && !(values[first] > lo)) first++;
  let end = first;
  while (end < values.length && values[end] < hi) end++;
  return [first, end];
}

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
  // a segment is blocked when its midpoint is inside a card (with MARGIN): marked card by card over
  // the contiguous index ranges each card covers, instead of testing every card at every segment
  const blockedH = ys.map(() => new Uint8Array(xs.length));
  const blockedV = xs.map(() => new Uint8Array(ys.length));
  const midX = xs.slice(0, -1).map((x, i) => (x + xs[i + 1]) / 2);
  const midY = ys.slice(0, -1).map((y, j) => (y + ys[j + 1]) / 2);
  for (const b of obstacles) {
    const [x0, x1] = [b.x - MARGIN + 0.5, b.x + b.width + MARGIN - 0.5];
    const [y0, y1] = [b.y - MARGIN + 0.5, b.y + b.height + MARGIN - 0.5];
    const [mi0, mi1] = within(midX, x0, x1);
    const [mj0, mj1] = within(midY, y0, y1);
    if (mi0 < mi1) {
      const [j0, j1] = within(ys, y0, y1);
      for (let j = j0; j < j1; j++) blockedH[j].fill(1, mi0, mi1);
    }
    if (mj0 < mj1) {
      const [i0, i1] = within(xs, x0, x1);
      for (let i = i0; i < i1; i++) blockedV[i].fill(1, mj0, mj1);
    }
  }
  return { xs, ys, blockedH, blockedV };
}

/** A tiny binary heap of (cost, state), on two parallel arrays reused from one search to the next. */
class Heap {
  private c: number[] = [];
  private v: number[] = [];
  get size() {
    return this.c.length;
  }
  clear() {
    this.c.length = 0;
    this.v.length = 0;
  }
  push(cost: number, state: number) {
    const { c, v } = this;
    c.push(cost);
    v.push(state);
    for (let i = c.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (c[p] <= c[i]) break;
      swap(c, v, p, i);
      i = p;
    }
  }
  /** The cheapest entry's state; its cost is `lastCost`. */
  lastCost = 0;
  pop(): number {
    const { c, v } = this;
    this.lastCost = c[0];
    const top = v[0];
    const lastC = c.pop()!;
    const lastV = v.pop()!;
    if (c.length) {
      c[0] = lastC;
      v[0] = lastV;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < c.length && c[l] < c[m]) m = l;
        if (r < c.length && c[r] < c[m]) m = r;
        if (m === i) break;
        swap(c, v, m, i);
        i = m;
      }
    }
    return top;
  }
}

function swap(c: number[], v: number[], a: number, b: number): void {
  const tc = c[a];
  c[a] = c[b];
  c[b] = tc;
  const tv = v[a];
  v[a] = v[b];
  v[b] = tv;
}

/**
 * A search's working arrays, kept per grid: the routes of one canvas share a grid, and a fresh
 * distance table per route (W × H × 2 entries) was most of their cost. `seen[s] === stamp` marks the
 * entries the current search wrote; the others read as unreached.
 */
interface Scratch {
  dist: Float64Array;
  prev: Int32Array;
  seen: Uint32Array;
  stamp: number;
  heap: Heap;
}
const scratches = new WeakMap<RouteGrid, Scratch>();

function scratchFor(grid: RouteGrid, n: number): Scratch {
  let s = scratches.get(grid);
  if (!s || s.dist.length < n || s.stamp >= 0xffffffff) {
    s = { dist: new Float64Array(n), prev: new Int32Array(n), seen: new Uint32Array(n), stamp: 0, heap: new Heap() };
    scratches.set(grid, s);
  }
  s.stamp++;
  s.heap.clear();
  return s;
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
  const { dist, prev, seen, stamp, heap } = scratchFor(grid, n);
  const s0 = (sj * W + si) * 2;
  dist[s0] = 0;
  prev[s0] = -1;
  seen[s0] = stamp;
  // A*: the heap is ordered by cost so far plus the straight (Manhattan) distance left, a bound no
  // route beats, so the search walks towards the target instead of flooding the whole grid
  const left = (i: number, j: number) => Math.abs(xs[i] - xs[ti]) + Math.abs(ys[j] - ys[tj]);
  heap.push(left(si, sj), s0);
  let goal = -1;
  while (heap.size) {
    const s = heap.pop();
    const dir = s & 1;
    const cell = s >> 1;
    const i = cell % W;
    const j = (cell - i) / W;
    const d = heap.lastCost - left(i, j);
    if (d > dist[s]) continue;
    // arrive moving horizontally, so the last leg enters the target from the left
    if (i === ti && j === tj && dir === 0) {
      goal = s;
      break;
    }
    const step = (ni: number, nj: number, ndir: number, len: number) => {
      const ns = (nj * W + ni) * 2 + ndir;
      const nd = d + len + (ndir !== dir ? BEND : 0);
      if (seen[ns] !== stamp || nd < dist[ns]) {
        seen[ns] = stamp;
        dist[ns] = nd;
        prev[ns] = s;
        heap.push(nd + left(ni, nj), ns);
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
