import { processOf, type Process } from '../../sim/activity/actors';
import type { ActivityStep, RaftRound } from '../../sim/activity/types';
import type { Lang } from '../../lessons';
import { REPLAY_TEXT as T } from './strings';
import { translate } from '../i18n';

/** etcd's raft round for a write, in the page's language: the leader proposes, the followers append, a quorum commits. */
export function raftText(r: RaftRound, lang: Lang): string[] {
  const appended = r.followers.filter((f) => f.appended).map((f) => f.name);
  const missed = r.followers.filter((f) => !f.appended).map((f) => f.name);
  const followers = r.followers.length ? r.followers.map((f) => f.name).join(', ') : translate(lang, T.nobody);
  const append = (appended.length ? translate(lang, T.raftAppend, { appended: appended.join(', ') }) : translate(lang, T.raftNoAppend)) + (missed.length ? translate(lang, T.raftStopped, { names: missed.join(', ') }) : '');
  const commit = r.committedBy.length >= r.quorum ? translate(lang, T.raftCommit, { names: r.committedBy.join(', '), quorum: r.quorum, members: r.members }) : translate(lang, T.raftNoCommit, { have: r.committedBy.length, quorum: r.quorum, members: r.members });
  return [translate(lang, T.raftPropose, { leader: r.leader, index: r.index, term: r.term, followers }), append, commit];
}

/** The boxes of the control-plane picture, left to right. */
export const PROCESSES: Process[] = ['kubectl', 'kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy', 'add-on'];

/** Which boxes a step lights up, in the order the step passes through them. */
export function pathOf(s: ActivityStep): Process[] {
  const actor = processOf(s.actor);
  switch (s.kind) {
    case 'request':
      return 'code' in s.outcome ? [actor, 'kube-apiserver'] : [actor, 'kube-apiserver', 'etcd'];
    case 'write':
      // endpoints are what kube-proxy watches: its rules follow them
      return s.object.resource === 'endpoints' ? [actor, 'kube-apiserver', 'etcd', 'kube-proxy'] : [actor, 'kube-apiserver', 'etcd'];
    case 'event':
      return [actor, 'kube-apiserver', 'etcd'];
    case 'schedule':
      return ['kube-scheduler'];
  }
}

/** `resource ns/name` as kubectl would name it. */
export function refText(o: { resource: string; namespace?: string; name: string }): string {
  const kind = o.resource.split('.')[0];
  if (!o.name) return o.namespace ? `${kind} (${o.namespace})` : kind;
  return `${kind}/${o.name}${o.namespace && o.namespace !== 'default' ? ` -n ${o.namespace}` : ''}`;
}

/** Seconds after the command, `+5.3s`. */
export function offsetText(ms: number): string {
  return `+${(Math.max(0, ms) / 1000).toFixed(1)}s`;
}
