import { useEffect, useRef, useState } from 'react';
import { touchedIds } from '../../graph/focus';
import type { Hop } from '../../sim/network/hop';
import type { KObject } from '../../sim/types';
import { useApp, useAppStore } from '../../state/react';

/**
 * Graph ids of the objects the last command created or changed: the view before the command is the
 * one the page holds when the command is logged (its view comes right after), compared with that next view.
 */
export function useTouched(): Set<string> {
  const store = useAppStore();
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  useEffect(() => {
    let before: KObject[] | null = null;
    return store.subscribe((s, p) => {
      if (s.log !== p.log) before = p.view?.objects ?? [];
      else if (before && s.view && s.view !== p.view) {
        setTouched(touchedIds(before, s.view.objects));
        before = null;
      }
    });
  }, [store]);
  return touched;
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
