/** The lessons bundled into the page (Vite's import.meta.glob; text only, never code). */
import { buildLessons } from './build';
import type { Lesson } from './types';

const raw = {
  ...import.meta.glob('/lessons/*/lesson.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('/lessons/*/*/README.*.md', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('/lessons/*/*/checks.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('/lessons/*/*/start/*', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob('/lessons/*/*/solution/*', { query: '?raw', import: 'default', eager: true }),
} as Record<string, string>;

/** Every lesson, in chapter order. */
export const LESSONS: Lesson[] = buildLessons(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/^\//, ''), v])));

export type { Lesson, Step, Lang, Text } from './types';
export { evaluateChecks, describeExpectation, mismatch } from './checks';
export { stepStart, solutionScript, solutionCommands, startFiles } from './replay';
