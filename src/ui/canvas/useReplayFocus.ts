import { findByKey } from '../../sim/apiserver/resources';
import { raftEdgeIds } from '../../graph/etcd';
import { objectId } from '../../graph/kinds';
import { useApp } from '../../state/react';

/** The graph id of the object the control-plane replay's current step is about (undefined: no step picked). */
export function useReplayFocus(): string | undefined {
  return useApp((s) => {
    const step = s.replayIndex === null ? undefined : s.activity?.steps[s.replayIndex];
    if (!step) return undefined;
    const o = step.object;
    const kind = findByKey(o.resource)?.kind;
    return kind ? objectId(kind, o.namespace, o.name) : undefined;
  });
}

/** The replication edges of the current step's raft round, one id a line ('' when the step is no write with one). */
export function useReplayRaftKey(): string {
  return useApp((s) => {
    const step = s.replayIndex === null ? undefined : s.activity?.steps[s.replayIndex];
    return step?.kind === 'write' && step.raft ? raftEdgeIds(step.raft).join('\n') : '';
  });
}
