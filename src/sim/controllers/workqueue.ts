import type { VirtualClock } from '../clock';
import type { KObject } from '../types';
import { backoffDelay } from './backoff';
import { ResyncTimers } from './resync-timers';

/** cache.MetaNamespaceKeyFunc: `<namespace>/<name>`, the namespace empty for a cluster-scoped object. */
export function keyOf(o: KObject): string {
  return `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

/** cache.SplitMetaNamespaceKey: the namespace (undefined when empty) and the name of a key. */
export function splitKey(key: string): {
  ns: string | undefined;
  name: string;
} {
  const slash = key.indexOf('/');
  return { ns: key.slice(0, slash) || undefined, name: key.slice(slash + 1) };
}

/**
 * A controller's rate-limited work queue (client-go's workqueue): keys deduplicated in the order
 * they were first added, retried after a failure with the default per-item exponential back-off
 * until forgotten, and added later on the virtual clock (AddAfter, the earliest request winning).
 */
export class WorkQueue {
  /** Keys added since the last `take`, in the order they were first added. */
  private queue = new Set<string>();
  /**
   * The queued keys whose sync may find something new. A key added only as unchanged (an update
   * its sync does not read) is not handed out, but it keeps its place so that the others keep theirs.
   */
  private changed = new Set<string>();
  private failures = new Map<string, number>();
  private readonly timers: ResyncTimers;

  /** `label` names the queue's timers on the clock (the component's name). */
  constructor(
    private readonly clock: VirtualClock,
    label: string,
  ) {
    this.timers = new ResyncTimers(clock, label, (key) => this.add(key));
  }

  /** Queue `key`; `changed: false` queues it without handing it out, unless its last sync failed. */
  add(key: string, changed = true): void {
    this.queue.add(key);
    if (changed || this.failures.has(key)) this.changed.add(key);
  }

  /** Add `key` at virtual time `at` (one pending timer per key, the earliest wins). */
  addAt(key: string, at: number): void {
    this.timers.at(key, at);
  }

  /** AddRateLimited: add `key` again after 5 ms doubling with each failure not yet forgotten. */
  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    this.addAt(key, this.clock.now() + backoffDelay(n));
  }

  /** Forget: the key's sync succeeded (or its object is gone), so its back-off starts over. */
  forget(key: string): void {
    this.failures.delete(key);
  }

  /** Empty the queue: undefined when nothing was added, else the changed keys in queue order. */
  take(): string[] | undefined {
    if (this.queue.size === 0) return undefined;
    const keys = [...this.queue].filter((k) => this.changed.has(k));
    this.queue.clear();
    this.changed.clear();
    return keys;
  }
}
