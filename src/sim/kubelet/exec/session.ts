import type { SimContext } from '../../context';
import type { NodeAgent } from '../agent';
import { appendLog } from '../process';
import type { ContainerRt, PodRt, Proc } from '../state';
import { shellKind, userName, type ExecHost } from './host';
import { makeHost } from './host-factory';
import { containerEnv, drive, execIn, execTarget, missingExecutable } from './index';
import { runScript } from '../../sh/interp';
import type { ShellHost, ShellState, Sink } from '../../sh/host';
import { containerShellHost } from './shell-host';

/** What one line typed into a container shell printed, and the shell's exit code if it ended. */
export interface ShellTurn {
  out: string;
  exit?: number;
}

/** How the shell was reached: a new process (`kubectl exec`) or the container's own PID 1 (`kubectl run -it`, attach). */
export type ShellOrigin = 'exec' | 'main';

/**
 * An interactive shell inside a container: one line at a time, with its variables and working
 * directory kept between lines, the prompt the image's shell prints, and `exit` / end of input.
 * With a terminal (`-t`) it prints its prompt; without one it reads lines silently.
 */
export class ContainerShell {
  private readonly st: ShellState;
  private readonly host: ExecHost;
  private readonly sh: ShellHost;
  private readonly proc: Proc | undefined;
  private ended = false;

  constructor(
    private readonly ctx: SimContext,
    private readonly k: NodeAgent,
    private readonly rt: PodRt,
    private readonly c: ContainerRt,
    argv: string[],
    private readonly origin: ShellOrigin,
    private readonly tty: boolean,
  ) {
    this.host = makeHost(ctx, k, rt, c, origin === 'exec' ? { cmd: argv.join(' '), tty } : undefined);
    this.sh = containerShellHost(this.host);
    this.proc = c.proc;
    const env = containerEnv(ctx, rt, c);
    this.st = { vars: { ...env }, cwd: c.spec.workingDir ?? c.def?.workingDir ?? '/', last: 0, shell: shellKind(c.def!, argv[0] ?? 'sh'), main: false };
  }

  /** Whether the shell's container still runs the process the shell lives in. */
  alive(): boolean {
    return !this.ended && !!this.proc?.alive && this.c.proc === this.proc && this.k.find(this.rt.ns, this.rt.name) === this.rt;
  }

  /** The prompt: busybox ash `\w \$ `, dash `# `/`$ `, Debian's bash `\u@\h:\w\$ `; nothing without a terminal. */
  prompt(): string {
    if (!this.tty) return '';
    const root = this.host.user.uid === 0;
    const sign = root ? '#' : '$';
    const home = this.st.vars.HOME;
    const cwd = this.st.cwd;
    const w = home && home !== '/' && (cwd === home || cwd.startsWith(home + '/')) ? '~' + cwd.slice(home.length) : cwd;
    if (this.st.shell === 'dash') return `${sign} `;
    if (this.st.shell === 'bash') return `${userName(this.host.user.uid) ?? 'I have no name!'}@${this.host.hostname.split('.')[0]}:${w}${sign} `;
    return `${w} ${sign} `;
  }

  /** Run one line typed at the prompt. */
  input(line: string): ShellTurn {
    if (!this.alive()) return this.finish('', 137);
    const sink: Sink = { out: '', err: '' };
    const r = drive(this.ctx, this.c, runScript(line, this.sh, this.st, sink, ''), sink, true);
    // an interactive bash says goodbye on its terminal
    const bye = this.st.exited !== undefined && this.st.shell === 'bash' && this.tty ? 'exit\n' : '';
    const out = r.out + bye;
    if (this.origin === 'main') appendLog(this.c, out, this.ctx.clock.now());
    if (this.st.exited !== undefined) return this.finish(out, this.st.exited);
    if (!this.alive()) return this.finish(out, 137);
    return { out };
  }

  /** End of input (Ctrl+D at an empty prompt): the shell exits with the last command's status. */
  eof(): ShellTurn {
    if (!this.alive()) return this.finish('', 137);
    const out = this.tty && this.st.shell === 'bash' ? 'exit\n' : this.tty ? '\n' : '';
    return this.finish(out, this.st.last);
  }

  private finish(out: string, code: number): ShellTurn {
    if (!this.ended && this.origin === 'main' && this.proc?.alive && this.c.proc === this.proc) this.k.containerExited(this.rt, this.c, code);
    this.ended = true;
    return { out, exit: code };
  }
}

/** `kubectl exec -it POD -- sh`: a new shell process in the container, or why there cannot be one (kubectl's words). */
export function openExecShell(ctx: SimContext, ns: string, pod: string, container: string | undefined, argv: string[], tty: boolean): ContainerShell | { out: string; code: number } {
  const t = execTarget(ctx, ns, pod, container);
  if ('error' in t) return { out: t.error + '\n', code: 1 };
  const k = ctx.services.kubelet!;
  const missing = missingExecutable(makeHost(ctx, k, t.rt, t.c), argv[0] ?? '');
  if (missing) return missing;
  return new ContainerShell(ctx, k, t.rt, t.c, argv, 'exec', tty);
}

/** The container of a pod whose PID 1 waits for stdin (`kubectl run -i`, `attach`). */
function waitingForStdin(k: NodeAgent | undefined, ns: string, name: string): { rt: PodRt; c: ContainerRt } | undefined {
  const rt = k?.find(ns, name);
  const c = rt?.containers.find((x) => !x.init && x.proc?.stdinWait);
  return rt && c ? { rt, c } : undefined;
}

/** `kubectl attach`/`run -i`: give a waiting shell its stdin; it runs the input and ends (stdinOnce). */
export function attachStdin(ctx: SimContext, ns: string, name: string, stdin: string | undefined): void {
  const k = ctx.services.kubelet;
  const t = waitingForStdin(k, ns, name);
  if (!k || !t || stdin === undefined) return;
  const { rt, c } = t;
  c.proc!.stdinWait = false;
  const r = execIn(ctx, k, rt, c, c.proc!.argv, stdin, true);
  appendLog(c, r.out, ctx.clock.now());
  if (c.proc?.alive && c.spec.stdinOnce !== false) k.containerExited(rt, c, r.code);
}

/** `kubectl run -it`/`attach -it`: the waiting shell of PID 1 reads lines from a terminal instead of a whole stdin. */
export function attachShell(ctx: SimContext, ns: string, name: string, tty: boolean): ContainerShell | undefined {
  const k = ctx.services.kubelet;
  const t = waitingForStdin(k, ns, name);
  if (!k || !t) return undefined;
  t.c.proc!.stdinWait = false;
  return new ContainerShell(ctx, k, t.rt, t.c, t.c.proc!.argv, 'main', tty);
}
