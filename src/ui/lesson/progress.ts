/** Lesson progress in localStorage, in the shape the home page reads (`{ [lessonId]: { [stepId]: true } }`). */
import { PROGRESS_KEY } from '../home/progress';

/** Record a completed step (idempotent). */
export function markStepDone(lessonId: string, stepId: string, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    const all = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}') as Record<string, unknown>;
    const cur = all[lessonId];
    const steps: Record<string, boolean> = Array.isArray(cur) ? Object.fromEntries(cur.map((s) => [String(s), true])) : { ...((cur as Record<string, boolean>) ?? {}) };
    if (steps[stepId]) return;
    steps[stepId] = true;
    storage?.setItem(PROGRESS_KEY, JSON.stringify({ ...all, [lessonId]: steps }));
  } catch {
    // progress is a convenience: a full or blocked storage must not break the lesson
  }
}
