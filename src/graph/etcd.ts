/**
 * The etcd cluster on the canvas: one card per member (in kube-system, beside the etcd static pod
 * that runs the control-plane node's member), its role as the status, and the leader's raft log
 * replication to the followers it reaches as edges. Without a leader there are no such edges: the
 * picture of a cluster that lost its quorum.
 */
import type { RaftRound } from '../sim/activity/types';
import type { KObject } from '../sim/types';
import { objectId } from './kinds';

/** One etcd member as the worker sends it to the page: running or stopped, its role, and the raft term and index it knows. */
export interface EtcdMemberView {
  id: string;
  name: string;
  ip: string;
  running: boolean;
  leader: boolean;
  /** A running member that knows no leader (the cluster has no quorum, or an election is on). */
  noLeader: boolean;
  term: number;
  index: number;
}

export const ETCD_MEMBER_KIND = 'EtcdMember';
const NAMESPACE = 'kube-system';

/** Synthetic objects for the members (they are no API objects: the API server is etcd's client). */
export function etcdMemberObjects(members: readonly EtcdMemberView[]): KObject[] {
  return members.map((m) => ({
    apiVersion: 'v1',
    kind: ETCD_MEMBER_KIND,
    metadata: { name: m.name, namespace: NAMESPACE, uid: `etcd:${m.id}` },
    member: m,
  }));
}

export function etcdMemberStatus(o: KObject): { status: string; tone: 'ok' | 'error' | 'off' } {
  const m = o.member as EtcdMemberView;
  if (!m.running) return { status: 'Stopped', tone: 'off' };
  if (m.leader) return { status: 'Leader', tone: 'ok' };
  if (m.noLeader) return { status: 'NoLeader', tone: 'error' };
  return { status: 'Follower', tone: 'ok' };
}

export function etcdMemberFacts(o: KObject): { label: string; value: string }[] {
  const m = o.member as EtcdMemberView;
  return [
    { label: 'ID', value: m.id },
    { label: 'client', value: `https://${m.ip}:2379` },
    { label: 'raft term', value: String(m.term) },
    { label: 'raft index', value: String(m.index) },
  ];
}

const member = (o: KObject): EtcdMemberView => o.member as EtcdMemberView;

export const ETCD_RELATIONS = [
  {
    // kubeadm's static pod etcd-<node> runs the member named after its node
    id: 'etcd-pod-member',
    concern: 'workloads' as const,
    from: ['Pod'],
    to: [ETCD_MEMBER_KIND],
    keys: { from: (p: KObject) => [p.metadata.name ?? ''], to: (m: KObject) => [`etcd-${m.metadata.name ?? ''}`] },
    match: (p: KObject, m: KObject) => p.metadata.name === `etcd-${m.metadata.name}` && member(m).running,
  },
  {
    // the leader appends every write to its log and sends it to each running follower
    id: 'etcd-replication',
    concern: 'workloads' as const,
    from: [ETCD_MEMBER_KIND],
    to: [ETCD_MEMBER_KIND],
    match: (leader: KObject, follower: KObject): boolean | { label: string } => {
      const l = member(leader);
      const f = member(follower);
      return l.leader && l.running && f.running && !f.leader ? { label: 'raft log' } : false;
    },
  },
];

/** The `etcd-replication` edges a write's raft round went along: from the leader to each follower that appended the entry. */
export function raftEdgeIds(r: RaftRound): string[] {
  const from = objectId(ETCD_MEMBER_KIND, NAMESPACE, r.leader);
  return r.followers.filter((f) => f.appended).map((f) => `etcd-replication:${from}->${objectId(ETCD_MEMBER_KIND, NAMESPACE, f.name)}`);
}
