/** A virtual clock with a timer queue. Time only moves when someone advances it. */
export interface Timer {
  id: number;
  at: number;
  seq: number;
  fn: () => void;
  label: string;
}

/** Epoch of every simulated cluster: fixed so that transcripts are reproducible. */
export const SIM_EPOCH_MS = Date.UTC(2026, 0, 1, 8, 0, 0);

export class VirtualClock {
  private nowMs: number;
  private timers: Timer[] = [];
  private nextId = 1;
  private seq = 0;

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
    const t: Timer = { id: this.nextId++, at: Math.max(at, this.nowMs), seq: this.seq++, fn, label };
    // binary insert keeps the queue sorted by (at, seq)
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.timers[mid];
      if (m.at < t.at || (m.at === t.at && m.seq < t.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, t);
    return t.id;
  }

  after(ms: number, fn: () => void, label = ''): number {
    return this.schedule(this.nowMs + ms, fn, label);
  }

  cancel(id: number): void {
    const i = this.timers.findIndex((t) => t.id === id);
    if (i >= 0) this.timers.splice(i, 1);
  }

  nextAt(): number | undefined {
    return this.timers[0]?.at;
  }

  pending(): number {
    return this.timers.length;
  }

  /** Pop the next timer due at or before `limit`, moving the clock to its time. */
  popDue(limit: number): Timer | undefined {
    const t = this.timers[0];
    if (!t || t.at > limit) return undefined;
    this.timers.shift();
    this.nowMs = Math.max(this.nowMs, t.at);
    return t;
  }

  /** Move the clock to `ms` (never backwards). Timers are not run: use Cluster.advance for that. */
  set(ms: number): void {
    if (ms < this.nowMs) throw new Error(`virtual clock cannot go back from ${this.nowMs} to ${ms}`);
    this.nowMs = ms;
  }
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
