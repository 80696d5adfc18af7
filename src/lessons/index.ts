/** The lessons bundled into the page: built from `lessons/` at build time (vite-plugin.ts), text only, never code. */
import bundled from 'virtual:lessons';
import type { Lesson } from './types';

/** Every lesson, in chapter order. */
export const LESSONS: Lesson[] = bundled;

export type { Lesson, Step, Lang, Text } from './types';
export { evaluateChecks, describeExpectation, mismatch } from './checks';
export { stepStart, solutionScript, solutionCommands, startFiles } from './replay';
