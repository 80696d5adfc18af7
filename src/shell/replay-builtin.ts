/** `replay`: what the control plane did after the previous command, step by step, from the simulation's own log. */
import type { ActivityStep, ObjectRef, RaftRound } from '../sim/activity/types';
import { scoreText } from '../sim/activity/score-text';
import { StreamWriter } from '../sim/sh/streams';
import type { Builtin } from './io';

const USAGE = 'usage: replay';

function ref(o: ObjectRef): string {
  if (!o.name) return o.namespace ? `${o.resource} in namespace ${o.namespace}` : o.resource;
  return `${o.resource} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

function who(s: ActivityStep): string {
  return s.node ? `${s.actor}@${s.node}` : s.actor;
}

/** etcd's raft round for a write: the leader proposes, the followers append, a quorum commits. */
function raftLines(r: RaftRound): string[] {
  const appended = r.followers.filter((f) => f.appended).map((f) => f.name);
  const missed = r.followers.filter((f) => !f.appended).map((f) => f.name);
  const committed = r.committedBy.length >= r.quorum;
  return [
    `  raft: leader ${r.leader} appends entry ${r.index} (term ${r.term}) and sends it to ${r.followers.length ? r.followers.map((f) => f.name).join(', ') : 'no follower'}`,
    `  raft: ${appended.length ? `${appended.join(', ')} append${appended.length === 1 ? 's' : ''} it` : 'no follower appends it'}${missed.length ? ` (${missed.join(', ')} stopped)` : ''}`,
    committed ? `  raft: committed with ${r.committedBy.join(', ')}: ${r.quorum} of ${r.members} members, the quorum` : `  raft: not committed: ${r.committedBy.length} of ${r.members} members have it, the quorum is ${r.quorum}`,
  ];
}

/** One step as lines of text (the page draws the same steps). */
function stepLines(s: ActivityStep): string[] {
  switch (s.kind) {
    case 'request': {
      const lines = [`${who(s)} → kube-apiserver: ${s.verb} ${ref(s.object)}${s.dryRun ? ' (dry run)' : ''}`, `  authentication: ${s.user}`];
      if ('code' in s.outcome && s.outcome.reason === 'Forbidden') return [...lines, `  authorization: denied (${s.outcome.code} ${s.outcome.reason})`];
      lines.push(`  authorization: ${s.authorizedBy || 'allowed'}`);
      for (const a of s.admission) lines.push(`  ${a.phase}: ${a.plugins.join(', ')}`);
      lines.push('code' in s.outcome ? `  refused: ${s.outcome.code} ${s.outcome.reason}: ${s.outcome.message}` : s.dryRun ? '  not stored (dry run)' : `  etcd: stored at resourceVersion ${s.outcome.resourceVersion}`);
      return lines;
    }
    case 'write': {
      const head = `${who(s)}: ${s.type} ${ref(s.object)} (resourceVersion ${s.resourceVersion})`;
      return [head, ...s.changes.map((c) => `  ${c.field}: ${c.from || '-'} → ${c.to || '-'}`), ...(s.raft ? raftLines(s.raft) : [])];
    }
    case 'event':
      return [`${who(s)}: event ${s.type} ${s.reason} on ${ref(s.object)}: ${s.message}`];
    case 'schedule': {
      const lines = [`${who(s)}: ${s.chosen ? `binds ${ref(s.object)} to ${s.chosen}` : `finds no node for ${ref(s.object)}`}`];
      for (const n of s.nodes) lines.push(`  ${n.name}: ${n.reasons.length ? `filtered out: ${n.reasons.join('; ')}` : `fits, score ${scoreText(n)}`}`);
      if (s.preempted) lines.push(`  preemption: nominates ${s.preempted.node}, evicting ${s.preempted.victims.join(', ')}`);
      return lines;
    }
  }
}

/** Seconds after the command, as `+12.5s`. */
function offset(ms: number): string {
  return `+${(ms / 1000).toFixed(1)}s`;
}

export const replay: Builtin = (args, env) => {
  const w = new StreamWriter();
  if (args.length) return w.err(USAGE, 2).done();
  const log = env.cluster.activity;
  const cmd = log.command;
  if (!cmd) return w.out('replay: no command has run yet\n').done();
  const steps = log.since(cmd.mark);
  w.out(`after: ${cmd.text.split('\n')[0]}\n`);
  if (!steps.length) return w.out('  (the control plane did nothing)\n').done();
  for (const s of steps) {
    const [first, ...rest] = stepLines(s);
    w.out(`${offset(s.at - cmd.at)} ${first}\n`);
    for (const l of rest) w.out(`${l}\n`);
  }
  return w.done();
};
