import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock';
import { keyOf, splitKey, WorkQueue } from './workqueue';

/** One step on a queue: add, add unchanged, add at a time, fail, forget, take, or run the due timers up to a time. */
type Op =
  | { add: string; changed?: boolean }
  | { addAt: string; at: number }
  | { fail: string }
  | { forget: string }
  | { take: string[] | undefined }
  | { runTo: number; timers?: string[] };

function run(ops: Op[]): void {
  const clock = new VirtualClock(0);
  const q = new WorkQueue(clock, 'test-controller');
  for (const op of ops) {
    if ('add' in op) q.add(op.add, op.changed);
    else if ('addAt' in op) q.addAt(op.addAt, op.at);
    else if ('fail' in op) q.addRateLimited(op.fail);
    else if ('forget' in op) q.forget(op.forget);
    else if ('take' in op) expect(q.take()).toEqual(op.take);
    else {
      const fired: string[] = [];
      for (let t = clock.popDue(op.runTo); t; t = clock.popDue(op.runTo)) {
        fired.push(`${t.at} ${t.label}`);
        t.fn();
      }
      clock.set(op.runTo);
      expect(fired).toEqual(op.timers ?? []);
    }
  }
}

describe('controller work queue', () => {
  const cases: { name: string; ops: Op[] }[] = [
    { name: 'an empty queue hands out nothing', ops: [{ take: undefined }] },
    {
      name: 'dedups keys in the order first added',
      ops: [{ add: 'ns/b' }, { add: 'ns/a' }, { add: 'ns/b' }, { take: ['ns/b', 'ns/a'] }, { take: undefined }],
    },
    {
      name: 'keeps an unchanged key in its place but does not hand it out',
      ops: [
        { add: 'ns/a', changed: false },
        { add: 'ns/b' },
        { take: ['ns/b'] },
        { add: 'ns/a', changed: false },
        { add: 'ns/b' },
        { add: 'ns/a' },
        { take: ['ns/a', 'ns/b'] },
      ],
    },
    {
      name: 'backs a failing key off 5 ms doubling, and hands it out even when unchanged',
      ops: [
        { fail: 'ns/a' },
        { runTo: 5, timers: ['5 test-controller ns/a'] },
        { take: ['ns/a'] },
        { fail: 'ns/a' },
        { add: 'ns/a', changed: false },
        { take: ['ns/a'] },
        { runTo: 15, timers: ['15 test-controller ns/a'] },
        { take: ['ns/a'] },
        { fail: 'ns/a' },
        { runTo: 35, timers: ['35 test-controller ns/a'] },
      ],
    },
    {
      name: 'starts the back-off over once forgotten',
      ops: [
        { fail: 'ns/a' },
        { runTo: 5, timers: ['5 test-controller ns/a'] },
        { take: ['ns/a'] },
        { forget: 'ns/a' },
        { add: 'ns/a', changed: false },
        { take: [] },
        { fail: 'ns/a' },
        { runTo: 10, timers: ['10 test-controller ns/a'] },
      ],
    },
    {
      name: 'keeps the earliest of two delayed adds of one key',
      ops: [
        { addAt: 'ns/a', at: 50 },
        { addAt: 'ns/a', at: 80 },
        { addAt: 'ns/a', at: 20 },
        { addAt: 'ns/b', at: 30 },
        {
          runTo: 100,
          timers: ['20 test-controller ns/a', '30 test-controller ns/b'],
        },
        { take: ['ns/a', 'ns/b'] },
      ],
    },
    {
      name: 'adds a key again after its timer fired',
      ops: [
        { addAt: 'ns/a', at: 10 },
        { runTo: 10, timers: ['10 test-controller ns/a'] },
        { addAt: 'ns/a', at: 20 },
        { runTo: 20, timers: ['20 test-controller ns/a'] },
        { take: ['ns/a'] },
      ],
    },
  ];
  it.each(cases)('$name', ({ ops }) => run(ops));

  it('doubles the back-off up to 1000 s', () => {
    const clock = new VirtualClock(0);
    const q = new WorkQueue(clock, 'test-controller');
    const delays: number[] = [];
    for (let i = 0; i < 30; i++) {
      const before = clock.now();
      q.addRateLimited('ns/a');
      const t = clock.popDue(Infinity)!;
      delays.push(t.at - before);
      t.fn();
    }
    expect(delays.slice(0, 4)).toEqual([5, 10, 20, 40]);
    expect(delays.slice(-2)).toEqual([1_000_000, 1_000_000]);
  });

  it('keys objects by namespace and name', () => {
    expect(
      keyOf({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { namespace: 'default', name: 'web' },
      }),
    ).toBe('default/web');
    expect(keyOf({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' } })).toBe('/node-1');
    expect(splitKey('default/web')).toEqual({ ns: 'default', name: 'web' });
    expect(splitKey('/node-1')).toEqual({ ns: undefined, name: 'node-1' });
  });
});
