import { useMemo, useRef } from 'react';
import type { Hop } from '../../sim/network/hop';
import { useApp } from '../../state/react';

/**
 * Graph ids of the objects the last command created, changed or deleted (the worker saw its writes),
 * and `kept`: those of the last command that wrote anything in this step, so that a `kubectl get` or
 * a `rollout status` after a change leaves the camera on what changed.
 */
export function useTouched(): { now: Set<string>; kept: Set<string> } {
  const touched = useApp((s) => s.touched);
  const step = useApp((s) => (s.lesson ? `${s.lesson.lessonId}/${s.lesson.stepId}` : ''));
  const logLength = useApp((s) => s.log.length);
  const kept = useRef({ step, ids: touched, logLength });
  const k = kept.current;
  // a new step or a log that shrank (a reset, a replay) starts over
  if (k.step !== step || logLength < k.logLength || touched.length) kept.current = { step, ids: touched, logLength };
  else k.logLength = logLength;
  const ids = kept.current.ids;
  const now = useMemo(() => new Set(touched), [touched]);
  const keptSet = useMemo(() => (ids === touched ? now : new Set(ids)), [ids, touched, now]);
  return useMemo(() => ({ now, kept: keptSet }), [now, keptSet]);
}

/**
 * The request path as long as it belongs to what the learner is doing: a step change takes it away
 * until the next command (the worker drops it itself at every command).
 */
export function useCurrentTrace(trace: Hop[] | undefined): Hop[] | undefined {
  const step = useApp((s) => (s.lesson ? `${s.lesson.lessonId}/${s.lesson.stepId}` : ''));
  const log = useApp((s) => s.log);
  const mark = useRef<{ step: string; log: unknown }>({ step, log: undefined });
  // the log as it was when the step changed: no command since means the path is an earlier step's
  if (mark.current.step !== step) mark.current = { step, log };
  return mark.current.log === log ? undefined : trace;
}
