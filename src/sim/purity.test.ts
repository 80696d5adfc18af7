import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/sim runs in Node, in a Web Worker and in the CLI, and must replay identically from a seed.
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](react|react-dom|zustand|monaco-editor|monaco-yaml|@xyflow\/react|@xterm\/xterm|elkjs)['"/]/, 'a UI library import'],
  [/from ['"]node:/, 'a Node built-in import'],
  [/\bBuffer\.(from|alloc)/, "Node's Buffer (absent in a Web Worker)"],
  [/\bDate\.now\(\)|new Date\(\)/, 'wall-clock time (use the virtual clock)'],
  [/\bMath\.random\(\)/, 'unseeded randomness (use Rng)'],
  [/\b(window|document|localStorage)\./, 'a DOM global'],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes('testing') ? [p] : [];
  });
}

describe('src/sim purity', () => {
  it('uses no UI library, Node built-in, wall clock or unseeded randomness', () => {
    const problems: string[] = [];
    for (const file of sources(join(__dirname))) {
      const text = readFileSync(file, 'utf8');
      for (const [re, what] of FORBIDDEN) if (re.test(text)) problems.push(`${file}: ${what}`);
    }
    expect(problems).toEqual([]);
  });
});
