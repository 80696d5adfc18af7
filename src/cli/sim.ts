/**
 * Headless CLI: `npm run --silent sim -- [--seed N] SCRIPT|-` runs a shell script against a fresh
 * simulated cluster and prints the transcript. Exit 0 even when commands fail; 2 on usage errors.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Cluster } from '../sim/cluster';
import { bugReports } from '../sim/internal-error';
import { Shell } from '../shell/shell';
import { DiskWorkspace } from '../shell/disk-workspace';

const USAGE = 'usage: npm run --silent sim -- [--seed N] [--etcd-members 1|3|5|7] SCRIPT|-';

// developers see the stack of a bug on stderr; the transcript keeps the learner's text
if (process.env.KP_DEBUG) bugReports.onBug = (e) => console.error(e instanceof Error ? e.stack : e);

export interface CliArgs {
  seed: number;
  script: string;
  /** Members of the simulated etcd cluster (default 3). */
  etcdMembers?: number;
}

/** Parse the CLI's arguments; returns an error message for bad usage. */
export function parseCliArgs(argv: string[]): CliArgs | string {
  let seed = 1;
  let script: string | undefined;
  let etcdMembers: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed' || a.startsWith('--seed=')) {
      const v = a === '--seed' ? argv[++i] : a.slice(7);
      if (v === undefined || !/^\d+$/.test(v)) return `invalid --seed value: ${v ?? '(missing)'}`;
      seed = Number(v);
    } else if (a === '--etcd-members' || a.startsWith('--etcd-members=')) {
      const v = a === '--etcd-members' ? argv[++i] : a.slice(15);
      if (v === undefined || !/^[1357]$/.test(v)) return `invalid --etcd-members value: ${v ?? '(missing)'} (1, 3, 5 or 7)`;
      etcdMembers = Number(v);
    } else if (a === '-h' || a === '--help') {
      return '';
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option: ${a}`;
    } else if (script === undefined) {
      script = a;
    } else {
      return `unexpected argument: ${a}`;
    }
  }
  if (script === undefined) return 'missing SCRIPT (use - for stdin)';
  return etcdMembers === undefined ? { seed, script } : { seed, script, etcdMembers };
}

/** Run a script text with a seed; files resolve relative to `base`. */
export function runScript(text: string, seed: number, base: string, etcdMembers?: number): string {
  const cluster = new Cluster(etcdMembers === undefined ? { seed } : { seed, etcdMembers });
  const shell = new Shell({ cluster, fs: new DiskWorkspace(base) });
  return shell.transcript(text);
}

function main(): number {
  const args = parseCliArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write((args ? `sim: ${args}\n` : '') + USAGE + '\n');
    return args ? 2 : 0;
  }
  let text: string;
  let base: string;
  try {
    text = args.script === '-' ? readFileSync(0, 'utf8') : readFileSync(args.script, 'utf8');
    base = args.script === '-' ? process.cwd() : dirname(resolve(args.script));
  } catch (e) {
    process.stderr.write(`sim: cannot read ${args.script}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n${USAGE}\n`);
    return 2;
  }
  process.stdout.write(runScript(text, args.seed, base, args.etcdMembers));
  return 0;
}

// run only as the entry point (tests import the functions above)
if (process.argv[1] && /sim\.ts$/.test(process.argv[1])) process.exitCode = main();
