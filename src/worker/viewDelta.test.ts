import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { buildView } from './view';
import { ViewReplica, ViewTracker } from './viewDelta';

describe('view deltas', () => {
  it('rebuild on the page exactly the objects and events of a full view', () => {
    const cluster = new Cluster({ seed: 4 });
    const tracker = new ViewTracker();
    const replica = new ViewReplica();
    replica.apply(structuredClone(tracker.delta(cluster, 1)));
    cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } });
    cluster.runUntilIdle();
    cluster.advance(5000);
    const rebuilt = replica.apply(structuredClone(tracker.delta(cluster, 2)));
    const full = buildView(cluster, 2);
    const names = (os: { kind: string; metadata: { name?: string; namespace?: string } }[]) => os.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort();
    expect(names(rebuilt.objects)).toEqual(names(full.objects));
    expect(rebuilt.events.map((e) => e.metadata.name)).toEqual(full.events.map((e) => e.metadata.name));
    expect(rebuilt.now).toBe(full.now);
  });

  it('send nothing when nothing changed', () => {
    const cluster = new Cluster({ seed: 4 });
    const tracker = new ViewTracker();
    tracker.delta(cluster, 1);
    const d = tracker.delta(cluster, 1);
    expect(d.upserts).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.eventUpserts).toEqual([]);
  });
});
