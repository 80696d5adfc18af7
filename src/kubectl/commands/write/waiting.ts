import type { Cluster } from '../../../sim/cluster';

/**
 * kubectl waits "forever" (a week) when no timeout is given; the playground stops after an hour of
 * virtual time and reports the time-out, so a stuck finalizer cannot freeze the page.
 */
export const FOREVER_MS = 3600 * 1000;

/** The longest explicit `--timeout` honoured (as for `sleep`). */
export const MAX_WAIT_MS = 24 * 3600 * 1000;

/**
 * Let virtual time pass until `pred` holds or `timeoutMs` elapses, jumping from timer to timer
 * (nothing changes between timers), so long timeouts cost little. Returns whether `pred` held.
 */
export function waitUntil(cluster: Cluster, pred: () => boolean, timeoutMs: number): boolean {
  cluster.runUntilIdle();
  const end = cluster.now() + Math.min(Math.max(0, timeoutMs), MAX_WAIT_MS);
  while (!pred()) {
    const now = cluster.now();
    if (now >= end) return false;
    const next = cluster.clock.nextAt();
    const target = next === undefined ? end : Math.min(end, Math.max(next, now + 1));
    cluster.advance(target - now);
  }
  return true;
}

/** Go duration strings as kubectl flags take them: `30s`, `1m30s`, `500ms`, `2h`; a bare number is seconds. */
export function parseDuration(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  for (const m of text.matchAll(re)) {
    if (m.index !== consumed) return undefined;
    consumed += m[0].length;
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  }
  return consumed === text.length && consumed > 0 ? total : undefined;
}
