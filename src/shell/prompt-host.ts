/**
 * The prompt as a shell's host (ShellHost): the learner's bash on their laptop. Its files are the
 * workspace (the editor's tabs; the home directory /root), its programs kubectl and the prompt's
 * builtins, and `sleep` lets the cluster's virtual time pass.
 */
import { internalErrorText } from '../sim/internal-error';
import { pass, put, type ShellHost, type Sink, type Yield } from '../sim/sh/host';
import { testStatus } from '../sim/sh/utils/test-expr';
import type { Streams } from '../sim/sh/streams';
import type { CommandResult } from '../kubectl/context';
import { BUILTINS } from './builtins';
import { HOME, workspaceNode, workspacePath } from './workspace-files';
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
  const program = function* (argv: string[], env: Record<string, string>, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
    try {
      const r = run(argv, env, stdin);
      return 'merged' in r ? streams(sink, r) : streams(sink, { stdout: r.stdout ?? r.out, stderr: r.stderr ?? '', merged: r.out, code: r.code });
    } catch (e) {
      // a bug in the simulation must not end the learner's session, nor show them its JavaScript text
      put(sink, 'err', internalErrorText(e) + '\n');
      return 1;
    }
  };
  return {
    files: {
      read: (path) => {
        if (path === '/dev/null') return '';
        const p = workspacePath(path);
        return p ? fs.read(p) : undefined;
      },
      write: (path, text, append) => {
        const p = workspacePath(path);
        // the learner's files are their home's; elsewhere on their machine is not the playground's
        if (!p) return p === '' ? 'Is a directory' : 'Permission denied';
        fs.write(p, (append ? (fs.read(p) ?? '') : '') + text);
        return undefined;
      },
      // the workspace is the home directory; there is nowhere else to go
      isDir: (path) => path === HOME,
      // no pathname expansion at the prompt: a `*` stays as typed (jsonpath, selectors)
      list: () => undefined,
    },
    onPath: (name) => name === 'kubectl' || name === 'k' || name === 'test' || name === '[' || Object.hasOwn(BUILTINS, name),
    run: (argv, env, _st, sink, stdin) => program(argv, env, sink, stdin),
    utility: (argv, env, _st, sink, stdin) => program(argv, env, sink, stdin),
  };
}
