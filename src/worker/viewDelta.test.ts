import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import type { KObject } from '../sim/types';
import type { ObjectsView } from './protocol';
import { etcdView, lastTrace, RECENT_EVENTS, recentEvents, viewObjects } from './view';
import { objectKey, ViewReplica, ViewTracker } from './viewDelta';

/** The whole view at once: what the replica of the deltas must equal. */
function fullView(cluster: Cluster, version: number): ObjectsView {
  return { objects: viewObjects(cluster), events: recentEvents(cluster), now: cluster.now(), trace: lastTrace(cluster), etcd: etcdView(cluster), version };
}

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
    const full = fullView(cluster, 2);
    const names = (os: { kind: string; metadata: { name?: string; namespace?: string } }[]) => os.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort();
    expect(names(rebuilt.objects)).toEqual(names(full.objects));
    expect(rebuilt.events.map((e) => e.metadata.name)).toEqual(full.events.map((e) => e.metadata.name));
    expect(rebuilt.now).toBe(full.now);
  });

  it('follow every write, deletion and expired event exactly as a full view would show it', () => {
    const cluster = new Cluster({ seed: 2 });
    const tracker = new ViewTracker();
    const replica = new ViewReplica();
    let version = 0;
    const same = () => {
      version++;
      const rebuilt = replica.apply(structuredClone(tracker.delta(cluster, version)));
      const full = fullView(cluster, version);
      const ids = (os: KObject[]) => os.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}@${o.metadata.resourceVersion}`);
      // the page orders objects by key (kind, then namespace/name)
      const byKey = [...full.objects].sort((a, b) => (objectKey(a) < objectKey(b) ? -1 : 1));
      expect(ids(rebuilt.objects)).toEqual(ids(byKey));
      expect(ids(rebuilt.events)).toEqual(ids(full.events));
      return cluster.api.store.count('events');
    };
    same();
    const web = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 60, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'luksa/kubia' }] } } } };
    cluster.api.create(web);
    cluster.runUntilIdle();
    same();
    cluster.advance(20_000);
    // more events than the timeline keeps: the window moves without a full rescan
    expect(same()).toBeGreaterThan(RECENT_EVENTS);
    const d = cluster.api.get('deployments.apps', 'default', 'web');
    cluster.api.update({ ...d, spec: { ...d.spec, replicas: 1 } });
    cluster.advance(40_000);
    same();
    // a few keys come: the replica inserts them in place instead of sorting again
    const one = cluster.api.get('deployments.apps', 'default', 'web');
    cluster.api.update({ ...one, spec: { ...one.spec, replicas: 3 } });
    cluster.advance(20_000);
    same();
    cluster.api.delete('deployments.apps', 'default', 'web');
    cluster.advance(60_000);
    same();
    // past the event TTL: the oldest events are swept out of the store and of the timeline
    cluster.advance(3_700_000);
    same();
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
