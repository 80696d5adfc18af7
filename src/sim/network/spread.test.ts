import { describe, expect, it } from 'vitest';
import type { Hop } from './hop';
import { recordSpread, SPREAD_WINDOW, type SpreadLog } from './spread';

const path = (pod: string, svc = 'kubia'): Hop[] => [
  { kind: 'Client', name: 'shell' },
  { kind: 'Service', namespace: 'default', name: svc },
  { kind: 'Endpoints', namespace: 'default', name: svc },
  { kind: 'Pod', namespace: 'default', name: pod },
];

describe('request spread', () => {
  it('counts the pods that served each Service, most served first', () => {
    const log: SpreadLog = new Map();
    for (const p of ['b', 'a', 'b', 'c']) recordSpread(log, path(p));
    const last = path('b');
    recordSpread(log, last);
    expect(last[2]).toMatchObject({ spread: [{ pod: 'b', count: 3 }, { pod: 'a', count: 1 }, { pod: 'c', count: 1 }], of: 5 });
  });

  it('keeps Services apart and forgets requests older than the window', () => {
    const log: SpreadLog = new Map();
    recordSpread(log, path('old'));
    for (let i = 0; i < SPREAD_WINDOW; i++) recordSpread(log, path('new'));
    const other = path('x', 'other');
    recordSpread(log, other);
    const last = path('new');
    recordSpread(log, last);
    expect(last[2]).toMatchObject({ spread: [{ pod: 'new', count: SPREAD_WINDOW }], of: SPREAD_WINDOW });
    expect(other[2]).toMatchObject({ spread: [{ pod: 'x', count: 1 }], of: 1 });
  });

  it('leaves paths that reached no pod alone', () => {
    const log: SpreadLog = new Map();
    const dropped: Hop[] = path('p').slice(0, 3);
    recordSpread(log, dropped);
    expect(dropped[2]).not.toHaveProperty('spread');
    expect(log.size).toBe(0);
  });
});
