import type { VirtualClock } from '../clock';

/**
 * Delayed resyncs for a controller's work queue (client-go's AddAfter): one pending timer per key,
 * and a later request never postpones an earlier one.
 */
export class ResyncTimers {
  private timers = new Map<string, { at: number; id: number }>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly label: string,
    private readonly fire: (key: string) => void,
  ) {}

  /** Resync `key` at virtual time `at` (the earliest pending request wins). */
  at(key: string, at: number): void {
    const cur = this.timers.get(key);
    if (cur && cur.at <= at) return;
    if (cur) this.clock.cancel(cur.id);
    const id = this.clock.schedule(
      at,
      () => {
        this.timers.delete(key);
        this.fire(key);
      },
      `${this.label} ${key}`,
    );
    this.timers.set(key, { at, id });
  }
}
