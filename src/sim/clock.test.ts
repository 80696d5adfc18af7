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

describe('virtual clock at scale', () => {
  it('keeps (time, insertion) order across many timers and cancellations', () => {
    const c = new VirtualClock(0);
    const seen: number[] = [];
    const ids: number[] = [];
    for (let i = 0; i < 2000; i++) ids.push(c.schedule((i * 7919) % 100, () => seen.push(i)));
    for (let i = 0; i < 2000; i += 3) c.cancel(ids[i]);
    for (let t = c.popDue(1000); t; t = c.popDue(1000)) t.fn();
    const want = [...Array(2000).keys()].filter((i) => i % 3 !== 0).sort((a, b) => ((a * 7919) % 100) - ((b * 7919) % 100) || a - b);
    expect(seen).toEqual(want);
    expect(c.pending()).toBe(0);
  });
});
