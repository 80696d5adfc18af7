import { describe, expect, it } from 'vitest';
import { etcdMemberObjects } from '../graph/etcd';
import { buildModel } from '../graph/model';
import { Cluster } from '../sim/cluster';
import { Rng } from '../sim/random';
import { ListReplica, listDelta, ModelReplica, ModelTracker } from './modelDelta';
import { etcdView, viewObjects } from './view';
import { objectKey, ViewTracker } from './viewDelta';

/** The worker's tracker and the page's replica over one cluster: each step checks the page's model against a fresh build. */
function pair(cluster: Cluster) {
  const tracker = new ViewTracker();
  const models = new ModelTracker();
  const replica = new ModelReplica();
  let version = 0;
  return () => {
    const d = tracker.delta(cluster, ++version);
    d.model = models.delta(d);
    const sent = structuredClone(d.model);
    const m = replica.apply(sent);
    // the page's objects are in key order (kind, then namespace/name)
    const objects = viewObjects(cluster).sort((a, b) => (objectKey(a) < objectKey(b) ? -1 : 1));
    expect(m).toEqual(buildModel([...objects, ...etcdMemberObjects(etcdView(cluster))]));
    return { sent, model: m };
  };
}

const deployment = (name: string, replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'luksa/kubia' }] } } },
});

describe('list deltas', () => {
  const item = (id: string) => ({ id });

  it('send the moved and new ids only, and the page rebuilds the list exactly', () => {
    const rng = new Rng(11);
    let prev = Array.from({ length: 40 }, (_, i) => item(`e${i}`));
    const page = new ListReplica<{ id: string }>();
    page.apply(prev, [], listDelta([], prev).inserts);
    let fresh = 40;
    for (let round = 0; round < 200; round++) {
      const next = prev.filter(() => rng.next() > 0.1);
      // a few move, a few come
      for (let m = rng.int(4); m > 0 && next.length; m--) next.splice(rng.int(next.length + 1), 0, ...next.splice(rng.int(next.length), 1));
      for (let a = rng.int(3); a > 0; a--) next.splice(rng.int(next.length + 1), 0, item(`e${fresh++}`));
      const d = structuredClone(listDelta(prev, next));
      page.apply(d.upserts, d.removed, d.inserts);
      expect(page.list.map((x) => x.id)).toEqual(next.map((x) => x.id));
      prev = next;
    }
  });

  it('move one element as one pair, reverse a list as all but one', () => {
    const list = ['a', 'b', 'c', 'd', 'e'].map(item);
    expect(listDelta(list, [list[0], list[3], list[1], list[2], list[4]])).toEqual({ upserts: [], removed: [], inserts: [[1, 'd']] });
    expect(listDelta(list, [...list].reverse()).inserts).toHaveLength(4);
    expect(listDelta(list, list.slice(1))).toEqual({ upserts: [], removed: ['a'], inserts: [] });
    expect(listDelta(list, list)).toEqual({ upserts: [], removed: [] });
  });
});

describe('graph model deltas', () => {
  it('follow Endpoints whose addresses reorder with a few moved edges, not the whole order', () => {
    const cluster = new Cluster({ seed: 3 });
    const step = pair(cluster);
    step();
    for (const name of ['a', 'b', 'c']) {
      cluster.api.create(deployment(name, 10));
      cluster.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: name }, ports: [{ port: 80 }] } });
    }
    // the pods start pulling; Endpoints change as they turn ready
    cluster.advance(5_000);
    let edges = new Set(step().model.edges.map((e) => e.id));
    const moves: number[] = [];
    for (let i = 0; i < 25; i++) {
      cluster.advance(500);
      const { sent, model } = step();
      const moved = (sent.edgeInserts ?? []).filter(([, id]) => edges.has(id)).length;
      if (moved) moves.push(moved);
      // an edge that moved travels alone: no step sends the order of the hundreds that stayed
      expect(sent.edgeInserts?.length ?? 0).toBeLessThan(model.edges.length / 10);
      edges = new Set(model.edges.map((e) => e.id));
    }
    expect(moves.length).toBeGreaterThan(5);
  });

  it('rebuild on the page exactly the model of a fresh build, sending only what changed', () => {
    const cluster = new Cluster({ seed: 3 });
    const pairStep = pair(cluster);
    const step = () => pairStep().sent;
    const first = step();
    expect(first.nodes.length).toBeGreaterThan(0);
    cluster.api.create(deployment('web', 20));
    cluster.runUntilIdle();
    // new cards travel with their positions, not with the whole order
    const created = step();
    const fresh = new Set(created.nodes.map((n) => n.id));
    expect(created.nodeInserts?.every(([, id]) => fresh.has(id))).toBe(true);
    expect(created.nodeInserts?.map(([, id]) => id)).toEqual(expect.arrayContaining(['Deployment/default/web']));
    cluster.advance(20_000);
    step();
    cluster.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    cluster.advance(5_000);
    step();
    // one pod goes: its card and its edges leave, the rest stays as it was
    const pod = cluster.api.store.list('pods').find((p) => p.metadata.name?.startsWith('web-'))!;
    cluster.api.delete('pods', 'default', pod.metadata.name!);
    cluster.advance(35_000);
    const d = step();
    expect(d.removedNodes).toContain(`Pod/default/${pod.metadata.name}`);
    expect(d.nodes.length).toBeLessThan(20);
    cluster.api.delete('deployments.apps', 'default', 'web');
    cluster.advance(60_000);
    step();
    // nothing changed: nothing sent
    const quiet = step();
    expect([quiet.nodes, quiet.edges, quiet.removedNodes, quiet.removedEdges]).toEqual([[], [], [], []]);
  });
});
