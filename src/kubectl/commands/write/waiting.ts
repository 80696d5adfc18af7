import type { Cluster } from '../../../sim/cluster';
import { parseGoDuration } from '../../../sim/parse-duration';

/**
 * kubectl waits "forever" (a week) when no timeout is given; the playground stops after an hour of
 * virtual time and reports the time-out, so a stuck finalizer cannot freeze the page.
 */
export const FOREVER_MS = 3600 * 1000;

/** The longest explicit `--timeout` honoured (as for `sleep`). */
const MAX_WAIT_MS = 24 * 3600 * 1000;

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

/** A Go duration (`30s`, `1m30s`, `500ms`) or, as client-go reads --request-timeout, a bare number of seconds. */
export function parseDuration(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  return parseGoDuration(text);
}
