/** A virtual clock with a timer queue. Time only moves when someone advances it. */
export interface Timer {
  id: number;
  at: number;
  seq: number;
  fn: () => void;
  label: string;
  /** Who scheduled it (the clock's `actor` then): the same component acts when it fires. */
  actor: string;
}

/** Epoch of every simulated cluster: fixed so that transcripts are reproducible. */
export const SIM_EPOCH_MS = Date.UTC(2026, 0, 1, 8, 0, 0);

export class VirtualClock {
  private nowMs: number;
  /** Binary min-heap ordered by (at, seq): scheduling and popping stay O(log n) with many timers. */
  private heap: Timer[] = [];
  private cancelled = new Set<number>();
  private live = new Set<number>();
  private nextId = 1;
  private seq = 0;
  /** The component acting right now ('' for the learner's own commands); the cluster sets it. */
  actor = '';

  constructor(startMs = SIM_EPOCH_MS) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  /** RFC3339 timestamp with second precision, as the API server stores times. */
  isoNow(): string {
    return toRfc3339(this.nowMs);
  }

  /** Schedule fn at absolute virtual time `at` (ms). Timers at the same instant run in insertion order. */
  schedule(at: number, fn: () => void, label = ''): number {
    const t: Timer = { id: this.nextId++, at: Math.max(at, this.nowMs), seq: this.seq++, fn, label, actor: this.actor };
    this.requeue(t);
    return t.id;
  }

  after(ms: number, fn: () => void, label = ''): number {
    return this.schedule(this.nowMs + ms, fn, label);
  }

  /** Cancelled timers stay in the heap and are skipped when they come up. */
  cancel(id: number): void {
    if (this.live.delete(id)) this.cancelled.add(id);
  }

  nextAt(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  pending(): number {
    return this.live.size;
  }

  /** Pop the next timer due at or before `limit`, moving the clock to its time. */
  popDue(limit: number): Timer | undefined {
    this.dropCancelled();
    const t = this.heap[0];
    if (!t || t.at > limit) return undefined;
    this.popTop();
    this.live.delete(t.id);
    this.nowMs = Math.max(this.nowMs, t.at);
    return t;
  }

  /** Put a popped timer back, due at its own time and in its own order (a timer that could not run yet). */
  requeue(t: Timer): void {
    const h = this.heap;
    this.live.add(t.id);
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i], h[parent])) break;
      swap(h, i, parent);
      i = parent;
    }
  }

  /** Move the clock to `ms` (never backwards). Timers are not run: use Cluster.advance for that. */
  set(ms: number): void {
    if (ms < this.nowMs) throw new Error(`virtual clock cannot go back from ${this.nowMs} to ${ms}`);
    this.nowMs = ms;
  }

  private dropCancelled(): void {
    while (this.heap.length && this.cancelled.has(this.heap[0].id)) {
      this.cancelled.delete(this.heap[0].id);
      this.popTop();
    }
  }

  private popTop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l], h[m])) m = l;
      if (r < h.length && before(h[r], h[m])) m = r;
      if (m === i) return;
      swap(h, i, m);
      i = m;
    }
  }
}

/** Swap two heap slots (a destructuring swap would allocate an array each time). */
function swap(h: Timer[], i: number, j: number): void {
  const t = h[i];
  h[i] = h[j];
  h[j] = t;
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

let lastSecond = NaN;
let lastText = '';

export function toRfc3339(ms: number): string {
  const sec = Math.floor(ms / 1000);
  // components stamp many objects within the same virtual second
  if (sec !== lastSecond) {
    lastSecond = sec;
    lastText = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}
