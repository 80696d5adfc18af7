import { describe, expect, it } from 'vitest';
import { Cluster } from './cluster';
import { MAX_LRU_CACHE_ENTRIES, nanosHex } from './events';

describe('nanosHex', () => {
  it('writes ms * 1e6 + extra in hex exactly, as BigInt does', () => {
    const cases: [number, number][] = [[0, 0], [0, 999_999], [1, 0], [2 ** 20 - 1, 999_999], [2 ** 20, 1], [Date.UTC(2026, 0, 1, 8), 0], [Date.UTC(2026, 0, 1, 8) + 12_345, 654_321], [2 ** 41 + 7, 999_999]];
    for (const [ms, extra] of cases) expect(nanosHex(ms, extra)).toBe((BigInt(ms) * 1000000n + BigInt(extra)).toString(16));
  });
});

describe('event recorder', () => {
  it('folds repeats into one event with a count', () => {
    const c = new Cluster({ seed: 3 });
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    c.events.record(cm, 'Warning', 'Test', 'same message', { component: 'test' });
    c.advance(5000);
    c.events.record(cm, 'Warning', 'Test', 'same message', { component: 'test' });
    const evs = c.api.list('events', 'default').filter((e) => e.reason === 'Test');
    expect(evs).toHaveLength(1);
    expect(evs[0].count).toBe(2);
  });

  it('expires events an hour after they were last seen, like --event-ttl', () => {
    const c = new Cluster({ seed: 3 });
    expect(c.api.list('events', 'kube-system')).toEqual([]);
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    c.events.record(cm, 'Normal', 'Test', 'hello', { component: 'test' });
    c.advance(50 * 60_000);
    expect(c.api.list('events', 'default').filter((e) => e.reason === 'Test')).toHaveLength(1);
    c.advance(30 * 60_000);
    expect(c.api.list('events', 'default').filter((e) => e.reason === 'Test')).toHaveLength(0);
  });

  it('remembers the last 4096 events per source, like client-go\'s correlator LRU: an older repeat starts a new event', () => {
    const c = new Cluster({ seed: 3 });
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    const count = (message: string) => c.api.list('events', 'default').filter((e) => e.reason === 'Test' && e.message === message).map((e) => e.count);
    c.events.record(cm, 'Normal', 'Test', 'first', { component: 'test' });
    c.events.record(cm, 'Normal', 'Test', 'kept', { component: 'test' });
    for (let i = 0; i < MAX_LRU_CACHE_ENTRIES - 1; i++) {
      c.events.record(cm, 'Normal', 'Test', `filler ${i}`, { component: 'test' });
      // seen again, so it stays among the most recent
      if (i === MAX_LRU_CACHE_ENTRIES - 3) c.events.record(cm, 'Normal', 'Test', 'kept', { component: 'test' });
    }
    // another source has a cache of its own
    c.events.record(cm, 'Normal', 'Test', 'first', { component: 'other' });
    c.events.record(cm, 'Normal', 'Test', 'first', { component: 'test' });
    c.events.record(cm, 'Normal', 'Test', 'kept', { component: 'test' });
    expect(count('first')).toEqual([1, 1, 1]);
    expect(count('kept')).toEqual([3]);
  });

  it('keeps evicting the least recently seen event, over many evictions and repeats', () => {
    const c = new Cluster({ seed: 3 });
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    const count = (message: string) => c.api.list('events', 'default').filter((e) => e.reason === 'Test' && e.message === message).map((e) => e.count);
    const rec = (message: string) => c.events.record(cm, 'Normal', 'Test', message, { component: 'test' });
    rec('kept');
    for (let i = 0; i < 2 * MAX_LRU_CACHE_ENTRIES; i++) {
      rec(`filler ${i}`);
      if (i % 1000 === 0) rec('kept');
    }
    // the last MAX_LRU_CACHE_ENTRIES - 1 fillers and 'kept' are remembered; the filler before them is not
    const forgotten = `filler ${MAX_LRU_CACHE_ENTRIES}`;
    const remembered = `filler ${MAX_LRU_CACHE_ENTRIES + 1}`;
    rec('kept');
    rec(remembered);
    rec(forgotten);
    expect(count('kept')).toEqual([2 + Math.floor((2 * MAX_LRU_CACHE_ENTRIES - 1) / 1000) + 1]);
    expect(count(remembered)).toEqual([2]);
    expect(count(forgotten)).toEqual([1, 1]);
  });
});
