// The lint runs with the unit tests, so every `vitest run` before a landing enforces it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OXLINT = join('node_modules', '.bin', 'oxlint');
const KNIP = join('node_modules', '.bin', 'knip');
const LINTED = ['src', 'scripts', 'bench', 'e2e', 'vite.config.ts', 'playwright.config.ts', 'vitest.config.ts'];

function oxlint(args) {
  const r = spawnSync(OXLINT, ['-f', 'unix', ...args], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The files of the known-cycles baseline in .oxlintrc.json (the override that lets type-only cycles pass). */
function baseline() {
  const text = readFileSync('.oxlintrc.json', 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const config = JSON.parse(text);
  const o = config.overrides.find((x) => JSON.stringify(x.rules['import/no-cycle'] ?? null).includes('"ignoreTypes":true'));
  return o.files;
}

describe('lint', { timeout: 120_000 }, () => {
  it('finds no problem: layers, import cycles, skipped tests, correctness', () => {
    const r = oxlint(LINTED);
    expect(r.out, 'npm run lint').not.toMatch(/\[(Error|Warning)\//);
    expect(r.code, r.out).toBe(0);
  });

  it('finds no unused file, export or dependency (knip.json)', () => {
    const r = spawnSync(KNIP, ['--no-progress', '--reporter', 'compact'], { encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  });

  it('keeps the known-cycles baseline to files that are still in a cycle', () => {
    const files = baseline();
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    const config = join(dir, 'cycles.json');
    writeFileSync(config, JSON.stringify({ plugins: ['import', 'typescript'], categories: { correctness: 'off' }, rules: { 'import/no-cycle': ['error', { ignoreTypes: false }] } }));
    const r = oxlint(['-c', config, ...files]);
    const inCycle = new Set(r.out.split('\n').filter((l) => l.includes('import(no-cycle)')).map((l) => l.split(':')[0]));
    expect(files.filter((f) => !inCycle.has(f)), 'no longer in a cycle: remove from the baseline in .oxlintrc.json').toEqual([]);
  });
});
