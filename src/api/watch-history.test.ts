import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { ApiError } from '../sim/types';
import { WatchHistory } from './watch-history';

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' } });

describe('the watch history', () => {
  it('replays the changes after a resourceVersion, deletions with their own', () => {
    const cluster = new Cluster({ seed: 1 });
    const history = new WatchHistory(cluster);
    cluster.api.create(cm('a'));
    const listed = Number(cluster.api.store.currentResourceVersion());
    cluster.api.create(cm('b'));
    cluster.api.delete('configmaps', 'default', 'a');
    const evs = history.since('configmaps', listed);
    expect(evs.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED b', 'DELETED a']);
    // the deletion is a write of its own, after b's creation
    expect(Number(evs[1].object.metadata.resourceVersion)).toBeGreaterThan(Number(evs[0].object.metadata.resourceVersion));
    expect(history.since('configmaps', Number(cluster.api.store.currentResourceVersion()))).toEqual([]);
  });

  it('answers Expired for a resourceVersion older than what it keeps', () => {
    const cluster = new Cluster({ seed: 1 });
    const history = new WatchHistory(cluster, 2);
    const start = Number(cluster.api.store.currentResourceVersion());
    for (const n of ['a', 'b', 'c']) cluster.api.create(cm(n));
    const kept = history.since('configmaps', start + 1);
    expect(kept.map((e) => e.object.metadata.name)).toEqual(['b', 'c']);
    let err: unknown;
    try {
      history.since('configmaps', start);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe(410);
    expect((err as ApiError).reason).toBe('Expired');
    expect((err as ApiError).message).toBe(`too old resource version: ${start} (${start + 1})`);
  });
});
