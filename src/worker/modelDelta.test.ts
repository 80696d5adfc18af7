import { describe, expect, it } from 'vitest';
import { etcdMemberObjects } from '../graph/etcd';
import { buildModel } from '../graph/model';
import { Cluster } from '../sim/cluster';
import { ModelReplica, ModelTracker } from './modelDelta';
import { etcdView, viewObjects } from './view';
import { objectKey, ViewTracker } from './viewDelta';

describe('graph model deltas', () => {
  it('rebuild on the page exactly the model of a fresh build, sending only what changed', () => {
    const cluster = new Cluster({ seed: 3 });
    const tracker = new ViewTracker();
    const models = new ModelTracker();
    const replica = new ModelReplica();
    let version = 0;
    const step = () => {
      const d = tracker.delta(cluster, ++version);
      d.model = models.delta(d);
      const sent = structuredClone(d.model);
      const m = replica.apply(sent);
      // the page's objects are in key order (kind, then namespace/name)
      const objects = viewObjects(cluster).sort((a, b) => (objectKey(a) < objectKey(b) ? -1 : 1));
      expect(m).toEqual(buildModel([...objects, ...etcdMemberObjects(etcdView(cluster))]));
      return sent;
    };
    const first = step();
    expect(first.nodes.length).toBeGreaterThan(0);
    const web = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 20, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'luksa/kubia' }] } } } };
    cluster.api.create(web);
    cluster.runUntilIdle();
    // new cards travel with their positions, not with the whole order
    const created = step();
    expect(created.nodeOrder).toBeUndefined();
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
