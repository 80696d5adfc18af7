/**
 * `npm run api -- [--port 6443] [--seed N] [--speed N] [SCRIPT]`: one simulated cluster (after
 * running SCRIPT, if given) served over the Kubernetes HTTP API on 127.0.0.1, its virtual clock
 * running at `--speed` times real time (0 pauses it).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Cluster } from '../sim/cluster';
import { bugReports } from '../sim/internal-error';
import { Shell } from '../shell/shell';
import { DiskWorkspace } from '../shell/disk-workspace';
import { listen } from './server';

const USAGE = 'usage: npm run api -- [--port 6443] [--seed N] [--speed N] [SCRIPT]';

export interface ApiArgs {
  port: number;
  seed: number;
  speed: number;
  script?: string;
}

/** Parse the arguments; a string is the usage error to print ('' for --help). */
export function parseApiArgs(argv: string[]): ApiArgs | string {
  const args: ApiArgs = { port: 6443, seed: 1, speed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(port|seed|speed)(?:=(.*))?$/.exec(a);
    if (m) {
      const v = m[2] ?? argv[++i];
      const n = Number(v);
      if (v === undefined || v === '' || !Number.isFinite(n) || n < 0 || (m[1] !== 'speed' && !Number.isInteger(n)) || (m[1] === 'port' && n > 65535)) return `invalid --${m[1]} value: ${v ?? '(missing)'}`;
      args[m[1] as 'port' | 'seed' | 'speed'] = n;
    } else if (a === '-h' || a === '--help') {
      return '';
    } else if (a.startsWith('-')) {
      return `unknown option: ${a}`;
    } else if (args.script === undefined) {
      args.script = a;
    } else {
      return `unexpected argument: ${a}`;
    }
  }
  return args;
}

/** Let the virtual clock follow real time at `speed` (checked every 100 ms); returns the stop function. */
export function runClock(cluster: Cluster, speed: number): () => void {
  if (speed <= 0) return () => {};
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    const ms = Math.floor((now - last) * speed);
    if (ms <= 0) return;
    last += ms / speed;
    cluster.advance(ms);
  }, 100);
  return () => clearInterval(timer);
}

async function main(): Promise<number> {
  const args = parseApiArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write((args ? `api: ${args}\n` : '') + USAGE + '\n');
    return args ? 2 : 0;
  }
  if (process.env.KP_DEBUG) bugReports.onBug = (e) => console.error(e instanceof Error ? e.stack : e);
  // whole seconds, so that timestamps print as the server prints them
  const cluster = new Cluster({ seed: args.seed, epochMs: Math.floor(Date.now() / 1000) * 1000 });
  if (args.script !== undefined) {
    let text: string;
    try {
      text = readFileSync(args.script, 'utf8');
    } catch (e) {
      process.stderr.write(`api: cannot read ${args.script}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n${USAGE}\n`);
      return 2;
    }
    process.stdout.write(new Shell({ cluster, fs: new DiskWorkspace(dirname(resolve(args.script))) }).transcript(text));
  }
  let running;
  try {
    running = await listen(cluster, args.port);
  } catch (e) {
    process.stderr.write(`api: cannot listen on 127.0.0.1:${args.port}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  runClock(cluster, args.speed);
  process.stdout.write(`Serving the simulated cluster at http://127.0.0.1:${running.port} (clock ${args.speed}x)\n  kubectl --server=http://127.0.0.1:${running.port} get nodes\n`);
  return new Promise(() => {});
}

if (process.argv[1] && /api[/\\]main\.ts$/.test(process.argv[1])) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
