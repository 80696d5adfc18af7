import { describe, expect, it } from 'vitest';
import { toRfc3339, VirtualClock } from './clock';

describe('virtual clock', () => {
  it('runs timers in time order, same-instant timers in insertion order', () => {
    const c = new VirtualClock(0);
    const seen: string[] = [];
    c.schedule(20, () => seen.push('b'));
    c.schedule(10, () => seen.push('a1'));
    c.schedule(10, () => seen.push('a2'));
    for (let t = c.popDue(100); t; t = c.popDue(100)) t.fn();
    expect(seen).toEqual(['a1', 'a2', 'b']);
    expect(c.now()).toBe(20);
  });

  it('never goes back', () => {
    const c = new VirtualClock(1000);
    expect(() => c.set(999)).toThrow(/cannot go back/);
  });

  it('cancels timers', () => {
    const c = new VirtualClock(0);
    const id = c.after(5, () => {
      throw new Error('ran');
    });
    c.cancel(id);
    expect(c.popDue(10)).toBeUndefined();
  });

  it('formats RFC3339 with second precision', () => {
    expect(toRfc3339(Date.UTC(2026, 0, 1, 8, 0, 0, 999))).toBe('2026-01-01T08:00:00Z');
  });
});
