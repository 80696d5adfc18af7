/**
 * The prompt as a shell's host (ShellHost): the learner's bash on their laptop. Its files are the
 * workspace (the editor's tabs; the home directory /root), its programs kubectl and the prompt's
 * builtins; the shell's `sleep` lets the cluster's virtual time pass (shell.ts drives it).
 */
import { internalErrorText } from '../sim/internal-error';
import { immediately, pass, put, type ShellHost, type Sink, type Yield } from '../sim/sh/host';
import { testStatus } from '../sim/sh/utils/test-expr';
import type { Streams } from '../sim/sh/streams';
import type { CommandResult } from '../kubectl/context';
import { BUILTINS } from './builtins';
import { HOME, workspaceNode, workspacePath, writeWorkspace } from './workspace-files';
import { fsErrorText } from '../sim/sh/utils/context';
import type { BuiltinEnv } from './io';

/** What the prompt's programs reach: the cluster, the workspace, and how kubectl runs. */
export interface PromptWorld {
  env: Omit<BuiltinEnv, 'stdin' | 'environ'>;
  kubectl(argv: string[], stdin: string | undefined): CommandResult;
}

function streams(sink: Sink, r: Streams): number {
  pass(sink, { out: r.stdout, err: r.stderr, both: r.merged });
  return r.code;
}

/** The prompt's shell host over `world`. */
export function promptShellHost(world: PromptWorld): ShellHost {
  const { fs } = world.env;
  const kind = (p: string) => {
    const t = workspaceNode(fs, p, 0)?.type;
    return t === 'link' ? 'other' : t;
  };
  const run = (argv: string[], env: Record<string, string>, stdin: string | undefined): Streams | CommandResult => {
    const [name, ...args] = argv;
    if (name === 'kubectl' || name === 'k') return world.kubectl(args, stdin);
    if (name === 'test' || name === '[') {
      // `[`'s last operand closes it
      if (name === '[' && args[args.length - 1] !== ']') return { stdout: '', stderr: "bash: [: missing `]'\n", merged: "bash: [: missing `]'\n", code: 2 };
      return { stdout: '', stderr: '', merged: '', code: testStatus(name === '[' ? args.slice(0, -1) : args, kind) };
    }
    const b = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
    if (!b) return { stdout: '', stderr: `bash: ${name}: command not found\n`, merged: `bash: ${name}: command not found\n`, code: 127 };
    return b(args, { ...world.env, stdin, environ: new Map(Object.entries(env)) });
  };
  const program = (argv: string[], env: Record<string, string>, sink: Sink, stdin: string | undefined): Generator<Yield, number> => {
    try {
      const r = run(argv, env, stdin);
      return immediately('merged' in r ? streams(sink, r) : streams(sink, { stdout: r.stdout ?? r.out, stderr: r.stderr ?? '', merged: r.out, code: r.code }));
    } catch (e) {
      // a bug in the simulation must not end the learner's session, nor show them its JavaScript text
      put(sink, 'err', internalErrorText(e) + '\n');
      return immediately(1);
    }
  };
  const files: ShellHost['files'] = {
    read: (path) => (path === '/dev/null' ? '' : fs.read(workspacePath(path))),
    write: (path, text, append) => {
      const e = writeWorkspace(fs, path, (append ? (files.read(path) ?? '') : '') + text);
      return e && fsErrorText(e);
    },
    // the workspace is the home directory; there is nowhere else to go
    isDir: (path) => path === HOME,
    // no pathname expansion at the prompt: a `*` stays as typed (jsonpath, selectors)
    list: () => undefined,
  };
  return {
    files,
    onPath: (name) => name === 'kubectl' || name === 'k' || name === 'test' || name === '[' || Object.hasOwn(BUILTINS, name),
    run: (argv, env, _st, sink, stdin) => program(argv, env, sink, stdin),
    utility: (argv, env, _st, sink, stdin) => program(argv, env, sink, stdin),
  };
}
