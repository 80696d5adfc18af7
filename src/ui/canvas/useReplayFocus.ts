import { findByKey } from '../../sim/apiserver/resources';
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
