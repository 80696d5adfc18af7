/**
 * The container as a shell's host (ShellHost): its rootfs for redirections and globs, its image's
 * binaries, tools, wrappers and daemons on PATH, and the busybox/coreutils command set.
 */
import { invoke, prefix, runScript, sleep } from '../../sh/interp';
import { abs } from '../../sh/redirect';
import { put, type ShellHost, type ShellState, type Sink, type Yield } from '../../sh/host';
import { COMMANDS } from './commands';
import { fsErrorText } from '../../sh/utils/context';
import { shellKind, type CmdCtx, type CmdResult, type ExecHost } from './host';
import { basename } from './paths';
import { commandProc } from './command-proc';
import { toolIO } from './tool-io';

/** Whether the command exists in the container (PATH lookup or an absolute path). */
export function onPath(host: ExecHost, name: string, base = basename(name)): boolean {
  if (name.includes('/')) return host.def.binaries.includes(base) || host.fs.stat(name)?.type === 'file';
  return host.def.binaries.includes(base) || !!host.def.tools?.[base];
}

/** The shell host of one container process. */
export function containerShellHost(host: ExecHost): ShellHost {
  const sh: ShellHost = {
    files: {
      read: (path) => host.fs.read(path),
      write: (path, text, append) => {
        const e = host.fs.writeFile(path, text, append);
        return e && fsErrorText(e);
      },
      isDir: (path) => host.fs.stat(path)?.type === 'dir',
      list: (dir) => host.fs.list(dir),
    },
    onPath: (name) => onPath(host, name),
    run: (argv, env, st, sink, stdin) => program(host, sh, argv, env, st, sink, stdin ?? ''),
    utility: function* (argv, env, st, sink, stdin) {
      return yield* result(COMMANDS[argv[0]](argv, { host, env, cwd: st.cwd, stdin: stdin ?? '' }), sink);
    },
  };
  return sh;
}

function* result(r: CmdResult, sink: Sink): Generator<number, number> {
  put(sink, 'out', r.out);
  if (r.err) put(sink, 'err', r.err);
  if (r.elapsedMs) yield r.elapsedMs;
  return r.code;
}

/** A program on the container's PATH: a daemon taking over PID 1, a wrapper, a shell, a tool, an applet. */
function* program(host: ExecHost, sh: ShellHost, argv: string[], env: Record<string, string>, st: ShellState, sink: Sink, stdin: string): Generator<Yield, number> {
  const name = argv[0];
  const base = basename(name);
  if (!onPath(host, name, base)) {
    put(sink, 'err', st.shell === 'bash' ? `${prefix(st)}${name}: command not found\n` : `${prefix(st)}${name}: not found\n`);
    return 127;
  }
  if (st.main && host.def.daemons?.[base]) {
    yield { daemon: argv };
    return 0;
  }
  if (host.def.wrappers?.includes(base)) return argv.length > 1 ? yield* invoke(argv.slice(1), env, sh, st, sink, stdin) : 0;
  if (base === 'sh' || base === 'ash' || base === 'bash' || base === 'dash') {
    // a new shell process: no functions, its own parameters (`sh -c SCRIPT NAME ARG...`, `sh FILE ARG...`)
    const sub: ShellState = { ...st, vars: { ...env }, shell: shellKind(host.def, base), funcs: undefined, funcDepth: undefined, locals: undefined, calls: undefined, args: [] };
    if (argv[1] === '-c') return yield* runScript(argv[2] ?? '', sh, { ...sub, args: argv.slice(4) }, sink, stdin);
    if (argv[1] && !argv[1].startsWith('-')) {
      sub.args = argv.slice(2);
      const script = host.fs.read(abs(argv[1], st.cwd));
      if (script === undefined) {
        put(sink, 'err', `${base}: can't open '${argv[1]}': No such file or directory\n`);
        return 2;
      }
      return yield* runScript(script, sh, sub, sink, stdin);
    }
    return yield* runScript(stdin, sh, sub, sink, '');
  }
  if (base === 'sleep') return yield* sleep(argv, st, sink);
  const tool = host.def.tools?.[base];
  if (tool) {
    const r = asProcess(host, argv, () => tool(argv, toolIO(host, env, stdin)));
    put(sink, 'out', r.out);
    return r.code;
  }
  const cmd = COMMANDS[base];
  if (!cmd) {
    if (host.def.daemons?.[base]) return 0;
    put(sink, 'err', `${base}: applet not found\n`);
    return 127;
  }
  const ctx: CmdCtx = { host, env, cwd: st.cwd, stdin };
  return yield* result(asProcess(host, argv, () => cmd(argv, ctx)), sink);
}

/** Run a command's (synchronous) code as its own process, so that /proc/self is the PID ps would list for it. */
function asProcess<T>(host: ExecHost, argv: string[], run: () => T): T {
  const outer = host.running;
  host.running = commandProc(host, argv);
  try {
    return run();
  } finally {
    host.running = outer;
  }
}
