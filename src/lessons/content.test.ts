/**
 * Content test (rustlings `dev check` style): for every step of every lesson, the start state
 * (earlier solutions replayed, then the step's setup) fails at least one check and the solution
 * passes all of them, on a real simulated cluster driven through the shell.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Shell } from '../shell/shell';
import { Cluster } from '../sim/cluster';
import { evaluateChecks, mismatch } from './checks';
import { loadLessonsFromDisk } from './load-node';
import { solutionScript, splitCommands } from './replay';

const lessons = loadLessonsFromDisk(process.cwd());

function newShell(): Shell {
  return new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() });
}

/** A command the playground does not have: a lost registration shows here as a failing step, never a skip. */
const MISSING = /unknown command "[\w-]+" for "kubectl"|: command not found$/m;

describe('lesson content', () => {
  it('has lessons with steps, checks and both languages', () => {
    expect(lessons.length).toBeGreaterThan(0);
    for (const l of lessons) for (const s of l.steps) {
      expect(s.checks.length, `${l.dir}/${s.dir} has checks`).toBeGreaterThan(0);
      expect(s.title.zh && s.title.en, `${l.dir}/${s.dir} has titles`).toBeTruthy();
    }
  });

  for (const lesson of lessons) {
    describe(lesson.dir, () => {
      it('every start state fails a check and every solution passes all', () => {
        const sh = newShell();
        for (const step of lesson.steps) {
          const where = `${lesson.dir}/${step.dir}`;
          for (const [f, t] of Object.entries(step.start ?? {})) sh.opts.fs.write(f, t);
          for (const c of splitCommands(step.setup ?? '')) {
            const out = sh.run(c).out;
            expect(out, `${where}: setup \`${c}\` names a command that does not exist`).not.toMatch(MISSING);
          }
          const before = evaluateChecks(sh, step.checks);
          expect(before.some((r) => !r.passed), `${where}: the start state already passes every check`).toBe(true);
          const log: string[] = [];
          for (const c of solutionScript(step)) {
            const out = sh.run(c).out;
            log.push(`$ ${c}\n${out}`);
            expect(out, `${where}: solution \`${c}\` names a command that does not exist`).not.toMatch(MISSING);
          }
          const after = evaluateChecks(sh, step.checks);
          for (const r of after) expect(r.output, `${where}: check ${r.id} names a command that does not exist`).not.toMatch(MISSING);
          const failed = after
            .filter((r) => !r.passed)
            .map((r) => {
              const spec = step.checks.find((c) => c.id === r.id)!;
              return `${r.id}: ${mismatch(spec, sh.run(spec.run))}\n  $ ${spec.run}\n  ${r.output.trim()}`;
            });
          expect(failed, `${where}: the solution fails checks\n${log.join('')}`).toEqual([]);
        }
      }, 120_000);
    });
  }
});
