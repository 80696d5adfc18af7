/** Where lesson progress is kept (the lesson engine writes it; the home page reads it). */
export const PROGRESS_KEY = 'kp.progress';

/** Completed step ids of a lesson, from localStorage (`{ [lessonId]: { [stepId]: true } }` or `{ [lessonId]: string[] }`). */
export function completedSteps(lessonId: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Set<string> {
  try {
    const all = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}') as Record<string, unknown>;
    const v = all[lessonId];
    if (Array.isArray(v)) return new Set(v.map(String));
    if (v && typeof v === 'object') return new Set(Object.entries(v).filter(([, done]) => !!done).map(([k]) => k));
  } catch {
    // unreadable progress counts as none
  }
  return new Set();
}
