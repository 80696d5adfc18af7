import { useMemo, useRef } from 'react';
import type { Hop } from '../../sim/network/hop';
import { useApp } from '../../state/react';

/** Graph ids of the objects the last command created, changed or deleted (the worker saw its writes). */
export function useTouched(): Set<string> {
  const touched = useApp((s) => s.touched);
  return useMemo(() => new Set(touched), [touched]);
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
