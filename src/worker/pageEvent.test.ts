import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { pageEvent } from './pageEvent';
import { eventOrder, recentEvents } from './view';

/** What the page's readers use: EventsTimeline, whoActed, the Inspector's list, ViewReplica's order. */
const READ = [
  'metadata.name',
  'metadata.namespace',
  'metadata.resourceVersion',
  'metadata.creationTimestamp',
  'lastTimestamp',
  'eventTime',
  'involvedObject.kind',
  'involvedObject.name',
  'involvedObject.namespace',
  'type',
  'reason',
  'message',
  'count',
  'source.component',
  'source.host',
  'reportingComponent',
];

/** The value at a dotted path; null reads as absent, as the page's `??` and `?.` do. */
const at = (o: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o) ?? undefined;

describe('the events the page gets', () => {
  it('keep every field the page reads, in the same order, and leave the rest behind', () => {
    const cluster = new Cluster({ seed: 5 });
    cluster.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } } });
    cluster.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bad' }, spec: { containers: [{ name: 'bad', image: 'no-such-image:1' }] } });
    cluster.advance(60_000);
    const events = recentEvents(cluster);
    expect(events.some((e) => e.source?.host) && events.some((e) => e.type === 'Warning') && events.some((e) => e.count > 1)).toBe(true);
    const sent = events.map(pageEvent);
    for (const [i, e] of events.entries()) for (const p of READ) expect(at(sent[i], p)).toEqual(at(e, p));
    expect([...sent].sort(eventOrder).map((e) => e.metadata.name)).toEqual(events.map((e) => e.metadata.name));
    const e = sent[sent.length - 1];
    expect(e.metadata.uid).toBeUndefined();
    expect(e.involvedObject.uid).toBeUndefined();
    expect(e.firstTimestamp).toBeUndefined();
    expect(e.reportingInstance).toBeUndefined();
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(events).length * 0.75);
  });
});
