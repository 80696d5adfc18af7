import type { Lesson } from '../lessons';

/**
 * The bundled lessons, loaded once before the first render. Loaded dynamically so that a broken
 * lesson file shows an error banner instead of taking the sandbox down with it.
 */
let lessons: Lesson[] = [];
let loadError: string | null = null;

export async function loadLessons(): Promise<void> {
  try {
    lessons = (await import('../lessons')).LESSONS;
  } catch (e) {
    loadError = (e as Error).message;
    console.warn(`lessons: ${loadError}`);
  }
}

export function allLessons(): readonly Lesson[] {
  return lessons;
}

export function lessonsError(): string | null {
  return loadError;
}

/** A lesson by URL id. */
export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
