/** Node-side loader (tests, CLI): read `lessons/` from disk and build the lessons. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildLessons } from './build';
import type { Lesson } from './types';

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** Load every lesson under `root/lessons`. */
export function loadLessonsFromDisk(root: string): Lesson[] {
  const paths: string[] = [];
  walk(join(root, 'lessons'), paths);
  const files: Record<string, string> = {};
  for (const p of paths) files[relative(root, p).split('\\').join('/')] = readFileSync(p, 'utf8');
  return buildLessons(files);
}
