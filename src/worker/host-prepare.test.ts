import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import type { ClusterConfig } from '../sim/config';
import type { FromWorker, Request, ToWorker } from './protocol';
import { SimHost } from './host';

/** A host that counts the clusters it builds; what it posts, by request. */
function harness() {
  const out: FromWorker[] = [];
  const built: Partial<ClusterConfig>[] = [];
  const host = new SimHost((m) => out.push(m), { setInterval: () => 1, clearInterval: () => undefined }, (config) => (built.push(config), new Cluster(config)));
  let id = 0;
  const send = (m: Request) => {
    const msg = { ...m, id: ++id } as ToWorker;
    host.handle(msg);
    return out.filter((o) => 'id' in o && o.id === msg.id);
  };
  return { out, built, send };
}

const withoutId = (m: FromWorker) => ({ ...m, id: undefined });

const LOG = [{ at: 0, text: 'kubectl create deployment web --image=nginx --replicas=2', hidden: true }];

describe('sim worker host: a cluster prepared before its init', () => {
  it('boots on the prepared cluster when the seed and size match, with the same replies and view as a fresh build', () => {
    const fresh = harness();
    fresh.send({ type: 'init', seed: 5, files: {}, commands: LOG, cluster: { workers: 3 } });
    const early = harness();
    const [prepared] = early.send({ type: 'prepare', seed: 5, cluster: { workers: 3 } });
    expect(prepared.type).toBe('result');
    expect(early.out.filter((m) => m.type === 'viewDelta')).toEqual([]);
    early.send({ type: 'init', seed: 5, files: {}, commands: LOG, cluster: { workers: 3 } });
    expect(early.built).toHaveLength(1);
    // the same messages, but for the reply's id (the init is the second request here)
    expect(early.out.slice(1).map(withoutId)).toEqual(fresh.out.map(withoutId));
  });

  it('builds a new cluster for another seed or size, and uses a prepared one only once', () => {
    const h = harness();
    h.send({ type: 'prepare', seed: 5 });
    h.send({ type: 'init', seed: 6, files: {} });
    expect(h.built.map((c) => c.seed)).toEqual([5, 6]);
    h.send({ type: 'prepare', seed: 7, cluster: { workers: 2 } });
    h.send({ type: 'init', seed: 7, files: {} });
    h.send({ type: 'prepare', seed: 8 });
    h.send({ type: 'init', seed: 8, files: {} });
    // a restart of the same session gets a cluster of its own, not the one the first boot used
    h.send({ type: 'init', seed: 8, files: {} });
    expect(h.built.map((c) => c.seed)).toEqual([5, 6, 7, 7, 8, 8]);
  });
});
