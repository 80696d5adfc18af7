// The lint runs with the unit tests, so every `vitest run` before a landing enforces it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OXLINT = join('node_modules', '.bin', 'oxlint');
const KNIP = join('node_modules', '.bin', 'knip');
const LINTED = ['src', 'scripts', 'bench', 'e2e', 'vite.config.ts', 'playwright.config.ts', 'vitest.config.ts'];

function oxlint(args) {
  const r = spawnSync(OXLINT, ['-f', 'unix', ...args], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The overrides of .oxlintrc.json that relax the cycle rule (there must be none). */
function cycleExceptions() {
  const text = readFileSync('.oxlintrc.json', 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const config = JSON.parse(text);
  return (config.overrides ?? []).filter((x) => x.rules?.['import/no-cycle'] !== undefined).map((x) => x.files);
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

  it('lets no file off the cycle rule, type-only cycles included', () => {
    expect(cycleExceptions()).toEqual([]);
  });
});
