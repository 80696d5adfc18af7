import { apiServerAnswer } from '../network/apiserver-http';
import type { HttpReq, HttpResp, Program, ProgramCtx, ProgramFs } from '../images/types';
import { parseQuantity } from '../quantity';
import { expand, mappingOf } from './expansion';
import { makeHost } from './exec/host-factory';
import { invoke } from '../sh/interp';
import type { Sink, Yield } from '../sh/host';
import { containerShellHost, onPath } from './exec/shell-host';
import { isBareShell, shellKind } from './exec/host';
import { basename } from './exec/paths';
import type { KubeletRuntime } from './runtime';
import type { ContainerRt, PodRt, Proc } from './state';

const MAX_LOG = 200_000;

/** argv from command/args over the image's ENTRYPOINT/CMD, with `$(VAR)` expansion. */
function containerArgv(c: ContainerRt): string[] {
  const def = c.def;
  const map = mappingOf(c.env);
  const command: string[] | undefined = c.spec.command;
  const args: string[] | undefined = c.spec.args;
  const argv = command ? [...command, ...(args ?? [])] : [...(def?.entrypoint ?? []), ...(args ?? def?.cmd ?? [])];
  return argv.map((a) => expand(String(a), map));
}

/** Append process output to the container log, remembering when each line began (`logs --timestamps`). */
export function appendLog(c: ContainerRt, text: string, now: number): void {
  if (!text) return;
  let starts = c.logs === '' || c.logs.endsWith('\n') ? 1 : 0;
  for (let i = 0; i < text.length - 1; i++) if (text[i] === '\n') starts++;
  for (let i = 0; i < starts; i++) c.logTimes.push(now);
  c.logs += text;
  if (c.logs.length > MAX_LOG) {
    const cut = c.logs.indexOf('\n', c.logs.length - MAX_LOG) + 1;
    const dropped = (c.logs.slice(0, cut).match(/\n/g) ?? []).length;
    c.logs = c.logs.slice(cut);
    c.logTimes.splice(0, dropped);
  }
}

/** Check the executable and start the main process shortly after (so Started precedes any exit). */
export function startProcess(k: KubeletRuntime, rt: PodRt, c: ContainerRt): string | undefined {
  const def = c.def!;
  let argv = containerArgv(c);
  if (!argv.length) return 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: no command specified: unknown';
  const exe = argv[0];
  const host = makeHost(k.ctx, k, rt, c);
  if (!onPath(host, exe)) {
    const why = exe.includes('/') ? `exec: "${exe}": stat ${exe}: no such file or directory` : `exec: "${exe}": executable file not found in $PATH`;
    return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${why}: unknown`;
  }
  const proc: Proc = { argv, alive: true, timers: new Set(), startedMs: k.ctx.clock.now() };
  c.proc = proc;
  c.state = { running: { startedAt: k.ctx.clock.isoNow() } };
  const ctx = new ContainerProgramCtx(k, rt, c, proc, proc.argv);
  // docker-entrypoint.sh "$@" hands over to its arguments
  while (def.wrappers?.includes(basename(argv[0])) && argv.length > 1) argv = argv.slice(1);
  const daemon = def.daemons?.[basename(argv[0])];
  const shellOnly = readsStdin(argv);
  if (shellOnly && c.spec.stdin) {
    // an interactive program blocks on its stdin until someone attaches
    proc.stdinWait = true;
    proc.program = { sigterm: 'ignore' };
    return undefined;
  }
  const begin = () => {
    if (!proc.alive) return;
    if (daemon) {
      const program = daemon(ctx.withArgv(argv));
      if (proc.alive) proc.program = program;
      return;
    }
    const sink: Sink = { out: '', err: '' };
    const st = { vars: { ...c.env }, cwd: c.spec.workingDir ?? def.workingDir ?? '/', last: 0, shell: shellKind(def, argv[0]), main: true };
    const gen = invoke(argv, c.env, containerShellHost(host), st, sink, '');
    const drive = () => {
      for (let guard = 0; guard < 10_000 && proc.alive; guard++) {
        const r = gen.next();
        appendLog(c, sink.out + sink.err, k.ctx.clock.now());
        sink.out = '';
        sink.err = '';
        if (r.done) {
          ctx.exit(r.value);
          return;
        }
        const y: Yield = r.value;
        // a busy loop: the process runs on, and nothing it does can be seen
        if (typeof y === 'object' && 'spin' in y) {
          proc.spinning = true;
          return;
        }
        if (typeof y === 'number') {
          if (y === Infinity) return;
          ctx.after(y, drive);
          return;
        }
        const d = def.daemons?.[basename(y.daemon[0])];
        if (d) {
          const program = d(ctx.withArgv(y.daemon));
          if (proc.alive) proc.program = program;
        }
        return;
      }
    };
    drive();
  };
  timer(k, proc, 10, begin);
  return undefined;
}

/** Programs that block on stdin when nothing is given to them: a bare shell, cat, an interactive client. */
function readsStdin(argv: string[]): boolean {
  const base = basename(argv[0]);
  const rest = argv.slice(1);
  if (['sh', 'ash', 'bash', 'dash'].includes(base)) return isBareShell(argv);
  if (base === 'cat') return rest.length === 0;
  if (base === 'mysql') return !rest.some((a) => a === '-e' || a.startsWith('--execute'));
  if (base === 'redis-cli') return rest.every((a, i) => a.startsWith('-') || ['-h', '-p'].includes(rest[i - 1]));
  return false;
}

function timer(k: KubeletRuntime, proc: Proc, ms: number, fn: () => void): void {
  const id = k.ctx.clock.after(ms, () => {
    proc.timers.delete(id);
    if (proc.alive) fn();
  }, 'process');
  proc.timers.add(id);
}

/** A container's files as its program reads them: looked up at each call, as the container's filesystem may be made later. */
class ContainerProgramFs implements ProgramFs {
  constructor(
    private readonly k: KubeletRuntime,
    private readonly rt: PodRt,
    private readonly c: ContainerRt,
  ) {}
  read(p: string): string | undefined {
    return this.k.fsOf(this.rt, this.c).read(p);
  }
  write(p: string, content: string, append?: boolean): boolean {
    return this.k.fsOf(this.rt, this.c).write(p, content, append);
  }
  exists(p: string): boolean {
    return this.k.fsOf(this.rt, this.c).exists(p);
  }
  mkdirp(p: string): void {
    this.k.fsOf(this.rt, this.c).mkdirp(p);
  }
  list(p: string): string[] | undefined {
    return this.k.fsOf(this.rt, this.c).list(p);
  }
}

/**
 * What a container's program is given: its calls live on the prototype, so a running container keeps one small
 * object rather than a closure per call (every container of a large cluster keeps its program's context).
 */
class ContainerProgramCtx implements ProgramCtx {
  readonly env: Record<string, string>;
  readonly hostname: string;
  readonly podIP: string;
  readonly hostIP: string;
  readonly nodeName: string;
  readonly fs: ProgramFs;
  readonly memoryLimit?: number;

  constructor(
    private readonly k: KubeletRuntime,
    private readonly rt: PodRt,
    private readonly c: ContainerRt,
    private readonly proc: Proc,
    readonly argv: string[],
    /** The context this one is for other arguments of: what it saw of the pod is kept as it was. */
    from?: ContainerProgramCtx,
  ) {
    const limit = c.spec.resources?.limits?.memory;
    this.env = from ? from.env : c.env;
    this.hostname = from ? from.hostname : rt.pod.spec?.hostNetwork ? rt.node : (rt.pod.spec?.hostname ?? rt.name);
    this.podIP = from ? from.podIP : rt.ip;
    this.hostIP = from ? from.hostIP : rt.hostIP;
    this.nodeName = from ? from.nodeName : rt.node;
    this.fs = from ? from.fs : new ContainerProgramFs(k, rt, c);
    this.memoryLimit = from ? from.memoryLimit : limit !== undefined ? parseQuantity(String(limit)) : undefined;
  }

  /** The same context for a program started with other arguments (a wrapper's or a shell's `exec`). */
  withArgv(argv: string[]): ContainerProgramCtx {
    return new ContainerProgramCtx(this.k, this.rt, this.c, this.proc, argv, this);
  }

  log(line: string): void {
    appendLog(this.c, line + '\n', this.k.ctx.clock.now());
  }

  every(ms: number, fn: () => void): void {
    const tick = () => {
      fn();
      timer(this.k, this.proc, ms, tick);
    };
    timer(this.k, this.proc, ms, tick);
  }

  after(ms: number, fn: () => void): void {
    timer(this.k, this.proc, ms, fn);
  }

  exit(code: number, reason?: string): void {
    if (this.proc.alive && this.c.proc === this.proc) this.k.containerExited(this.rt, this.c, code, reason);
  }

  now(): number {
    return this.k.ctx.clock.now();
  }

  random(n: number): number {
    return this.k.rng.int(n);
  }

  apiServer(req: HttpReq): HttpResp {
    const a = apiServerAnswer(this.k.ctx, 'https', { method: req.method, url: `https://kubernetes.default.svc${req.path}`, headers: req.headers }, req.path);
    return { status: a.status, body: a.body, headers: a.headers, ...(a.waitMs ? { waitMs: a.waitMs } : {}) };
  }

  etcdAnswers(): boolean {
    return this.k.ctx.services.etcd.hasQuorum();
  }
}

/** End the process record (timers stop). */
export function stopProc(k: KubeletRuntime, c: ContainerRt): void {
  const p = c.proc;
  if (!p) return;
  p.alive = false;
  for (const t of p.timers) k.ctx.clock.cancel(t);
  p.timers.clear();
  if (p.killTimer !== undefined) k.ctx.clock.cancel(p.killTimer);
  p.killTimer = undefined;
}

/** SIGTERM: programs with a handler stop at once; PID 1 without one is killed (137) at the deadline. */
export function signalTerm(k: KubeletRuntime, rt: PodRt, c: ContainerRt, deadline: number): void {
  const p = c.proc;
  if (!p?.alive) return;
  const program: Program | undefined = p.program;
  if (program?.sigterm === 'exit') {
    timer(k, p, 100 + k.rng.int(200), () => k.containerExited(rt, c, program.sigtermCode ?? 0));
    return;
  }
  if (p.killTimer !== undefined) k.ctx.clock.cancel(p.killTimer);
  p.killTimer = k.ctx.clock.schedule(deadline, () => {
    p.killTimer = undefined;
    if (p.alive) k.containerExited(rt, c, 137, 'Error');
  }, 'sigkill');
}
