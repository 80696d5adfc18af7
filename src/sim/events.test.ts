import { describe, expect, it } from 'vitest';
import { Cluster } from './cluster';

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
});
