import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { ELECTION_TIMEOUT_MS } from '../sim/etcd/etcd-cluster';
import { etcdView, viewObjects } from './view';
import { etcdMemberObjects, raftEdgeIds } from '../graph/etcd';
import { buildModel } from '../graph/model';

function modelOf(cluster: Cluster) {
  return buildModel([...viewObjects(cluster), ...etcdMemberObjects(etcdView(cluster))]);
}

const cards = (m: ReturnType<typeof buildModel>) =>
  m.nodes
    .filter((n) => n.kind === 'EtcdMember')
    .map((n) => `${n.name} ${n.status}`)
    .sort();
const edges = (m: ReturnType<typeof buildModel>, rel: string) =>
  m.edges
    .filter((e) => e.relation === rel)
    .map((e) => `${e.source} -> ${e.target}${e.label ? ` (${e.label})` : ''}`)
    .sort();

describe('etcd members on the canvas', () => {
  it('draws each member in kube-system, the etcd static pod running its own member, and the leader replicating to the followers', () => {
    const m = modelOf(new Cluster({ seed: 1 }));
    expect(cards(m)).toEqual(['etcd-2 Follower', 'etcd-3 Follower', 'k8s-master Leader']);
    const master = m.nodes.find((n) => n.id === 'EtcdMember/kube-system/k8s-master')!;
    expect(master.facts.map((f) => f.label)).toEqual(['ID', 'client', 'raft term', 'raft index']);
    expect(master.facts[1].value).toBe('https://192.168.0.100:2379');
    expect(edges(m, 'etcd-pod-member')).toEqual(['Pod/kube-system/etcd-k8s-master -> EtcdMember/kube-system/k8s-master']);
    expect(edges(m, 'etcd-replication')).toEqual([
      'EtcdMember/kube-system/k8s-master -> EtcdMember/kube-system/etcd-2 (raft log)',
      'EtcdMember/kube-system/k8s-master -> EtcdMember/kube-system/etcd-3 (raft log)',
    ]);
  });

  it('shows a new leader in a new term after the leader stops, and no replication at all without a quorum', () => {
    const cluster = new Cluster({ seed: 1 });
    cluster.etcd.stop('k8s-master');
    let m = modelOf(cluster);
    // the stopped member's static pod no longer runs a member; nobody leads until the election
    expect(cards(m)).toEqual(['etcd-2 NoLeader', 'etcd-3 NoLeader', 'k8s-master Stopped']);
    expect(edges(m, 'etcd-pod-member')).toEqual([]);
    cluster.advance(2 * ELECTION_TIMEOUT_MS);
    m = modelOf(cluster);
    const leader = m.nodes.find((n) => n.kind === 'EtcdMember' && n.status === 'Leader')!;
    expect(leader.facts.find((f) => f.label === 'raft term')!.value).toBe('3');
    expect(edges(m, 'etcd-replication')).toHaveLength(1);

    cluster.etcd.stop(leader.name);
    cluster.advance(ELECTION_TIMEOUT_MS);
    m = modelOf(cluster);
    expect(cards(m).filter((c) => c.endsWith('NoLeader'))).toHaveLength(1);
    expect(edges(m, 'etcd-replication')).toEqual([]);
  });

  it('names the replication edges a write went along, so that the replay can draw its raft round on them', () => {
    const cluster = new Cluster({ seed: 1 });
    cluster.etcd.stop('etcd-3');
    const mark = cluster.activity.mark();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } });
    const w = cluster.activity.since(mark).find((s) => s.kind === 'write' && s.object.name === 'c');
    const ids = w?.kind === 'write' && w.raft ? raftEdgeIds(w.raft) : [];
    expect(ids).toEqual(['etcd-replication:EtcdMember/kube-system/k8s-master->EtcdMember/kube-system/etcd-2']);
    const drawn = new Set(modelOf(cluster).edges.map((e) => e.id));
    expect(ids.every((id) => drawn.has(id))).toBe(true);
  });
});
