import type { Lesson } from '../lessons';

/**
 * The bundled lessons, loaded once before the first render. Loaded dynamically so that a broken
 * lesson file shows an error banner instead of taking the sandbox down with it.
 */
let lessons: Lesson[] = [];
let loadError: string | null = null;
/** The lessons' code could not be fetched (offline before any visit, a deploy mid-session), as opposed to a broken lesson. */
let unreachable = false;

export async function loadLessons(): Promise<void> {
  try {
    lessons = (await import('../lessons')).LESSONS;
  } catch (e) {
    loadError = (e as Error).message;
    // browsers reject a module import that could not be fetched with a TypeError
    unreachable = e instanceof TypeError;
    console.warn(`lessons: ${loadError}`);
  }
}

export function allLessons(): readonly Lesson[] {
  return lessons;
}

export function lessonsUnreachable(): boolean {
  return unreachable;
}

export function lessonsError(): string | null {
  return loadError;
}

/** A lesson by URL id. */
export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
