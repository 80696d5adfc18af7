/** Lesson checks: run each check's command through the shell and compare its output. Pure apart from the shell. */
import type { CommandResult } from '../kubectl/context';
import type { CheckResult, CheckSpec, Lang } from './types';

/** What a check needs from the shell (its cluster, when given, keeps the learner's last request path). */
export interface CheckShell {
  run(text: string): CommandResult;
  opts?: { cluster?: { services: { lastTrace?: unknown }; activity?: { aside<T>(fn: () => T): T } } };
}

/**
 * The text a check compares: stdout alone, as `$(…)` would capture it (kubectl's `Warning:` lines
 * go to stderr); for a failing command the merged output, so `contains` can look at the error.
 */
function checkedText(r: CommandResult): string {
  if (r.code !== 0) return r.out;
  if (r.stdout !== undefined) return r.stdout;
  return r.out.split('\n').filter((l) => !l.startsWith('Warning: ')).join('\n');
}

function words(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Why a result does not meet its expectation, or undefined when it does (English, for tests and logs). */
export function mismatch(spec: CheckSpec, r: CommandResult): string | undefined {
  const e = spec.expect;
  const text = checkedText(r);
  if (e.exitCode !== undefined && r.code !== e.exitCode) return `exit code ${r.code}, expected ${e.exitCode}`;
  if (e.exitCode === undefined && r.code !== 0) return `command failed (exit code ${r.code})`;
  if (e.words !== undefined && words(text) !== e.words) return `${words(text)} words, expected ${e.words}`;
  if (e.equals !== undefined && text.trim() !== e.equals.trim()) return `output is not "${e.equals}"`;
  if (e.matches !== undefined && !new RegExp(e.matches, 'm').test(text)) return `output does not match /${e.matches}/`;
  if (e.contains !== undefined && !text.includes(e.contains)) return `output does not contain "${e.contains}"`;
  if (e.notContains !== undefined && text.includes(e.notContains)) return `output contains "${e.notContains}"`;
  return undefined;
}

/** Run every check (in order) and report pass/fail with the command's output. */
export function evaluateChecks(shell: CheckShell, checks: CheckSpec[]): CheckResult[] {
  // a check that curls must not replace the path of the learner's own last request on the canvas
  const services = shell.opts?.cluster?.services;
  const trace = services?.lastTrace;
  try {
    const all = () => checks.map((c) => runCheck(shell, c));
    // nor become the learner's latest command in the control-plane replay
    const activity = shell.opts?.cluster?.activity;
    return activity ? activity.aside(all) : all();
  } finally {
    if (services) services.lastTrace = trace;
  }
}

function runCheck(shell: CheckShell, c: CheckSpec): CheckResult {
  let r: CommandResult;
  try {
    r = shell.run(c.run);
  } catch (err) {
    r = { out: String(err instanceof Error ? err.message : err), code: 1 };
  }
  return { id: c.id, passed: mismatch(c, r) === undefined, output: r.out };
}

/** A learner-facing sentence saying what a failing check expected (the hint says why and where to look). */
export function describeExpectation(spec: CheckSpec, lang: Lang): string {
  const e = spec.expect;
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (e.words !== undefined) parts.push(zh ? `输出应有 ${e.words} 项` : `expected ${e.words} item${e.words === 1 ? '' : 's'} in the output`);
  if (e.equals !== undefined) parts.push(zh ? `输出应为 “${e.equals}”` : `expected the output “${e.equals}”`);
  if (e.matches !== undefined) parts.push(zh ? `输出应匹配 /${e.matches}/` : `expected the output to match /${e.matches}/`);
  if (e.contains !== undefined) parts.push(zh ? `输出应包含 “${e.contains}”` : `expected the output to contain “${e.contains}”`);
  if (e.notContains !== undefined) parts.push(zh ? `输出不应包含 “${e.notContains}”` : `expected the output not to contain “${e.notContains}”`);
  if (e.exitCode !== undefined) parts.push(zh ? `退出码应为 ${e.exitCode}` : `expected exit code ${e.exitCode}`);
  return parts.join(zh ? '；' : '; ');
}
