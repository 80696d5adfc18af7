/**
 * What a shell interpreter (interp.ts) needs from where it runs, and what crosses between them:
 * the interpreter knows no container, no cluster and no page. A container's shell reaches its
 * rootfs and image programs through one (kubelet/exec/shell-host.ts).
 */

import type { FunctionDef } from './parse';

/** What the interpreter yields: a sleep (ms), a hand-over to a long-running image program, or SPIN. */
export type Yield = number | { daemon: string[] } | typeof SPIN;

/**
 * Yielded by a loop that ran MAX_SPIN iterations without letting time pass: it will never end by
 * itself (`while true; do :; done`). A container keeps running; an exec is stopped.
 */
export const SPIN = { spin: true } as const;
export const MAX_SPIN = 100_000;

/** Which shell it is: decides the shape of its messages (dialect.ts). `prompt` is the learner's interactive bash. */
export type Dialect = 'ash' | 'dash' | 'bash' | 'prompt';

export interface ShellState {
  vars: Record<string, string>;
  cwd: string;
  last: number;
  /** `ash`, `dash` or `bash`: decides error message shapes. */
  shell: Dialect;
  /** Whether long-running programs may take over (the container's main process). */
  main: boolean;
  /** Set by `exit`: the code this shell ended with (an interactive shell reads no further lines). */
  exited?: number;
  /**
   * The names `export` marked, when the shell keeps plain variables apart (the prompt): only these
   * reach a program's environment. Absent: every variable is in it (a container's shell starts from its env).
   */
  exported?: Set<string>;
  /** `$$`, when not 1 (a container's shell is PID 1 of its namespace). */
  pid?: string;
  /** Running a command substitution: messages say so (bash's `command substitution:`). */
  subst?: boolean;
  /** How much of its stdin the last `read` took (a `while` loop reads on from there). */
  consumed?: number;
  /** How many command substitutions this one runs inside. */
  depth?: number;
  /** The status of the last command substitution of the command being expanded (an assignment alone returns it). */
  substStatus?: number;
  /** The functions defined so far (a subshell gets a copy, a new shell process none). */
  funcs?: Map<string, FunctionDef>;
  /** The positional parameters (`$1`..., `$#`, `$@`): the shell's arguments, or the running function's. */
  args?: string[];
  /** How many function calls the current command runs inside. */
  funcDepth?: number;
  /** Function calls since time last passed: past MAX_SPIN they are a busy loop. */
  calls?: number;
  /** Per running function, innermost last: what its `local` names held before, restored when it returns. */
  locals?: Map<string, string | undefined>[];
}

export interface Sink {
  out: string;
  err: string;
  /** Both streams in the order they were written, kept when one terminal shows them (the prompt). */
  both?: string;
}

/** Write to one stream of a sink. */
export function put(sink: Sink, stream: 'out' | 'err', text: string): void {
  sink[stream] += text;
  if (sink.both !== undefined) sink.both += text;
}

/** Pass what another sink (or a program's result) collected on to `sink`, keeping its order where it has one. */
export function pass(sink: Sink, from: Sink): void {
  sink.out += from.out;
  sink.err += from.err;
  if (sink.both !== undefined) sink.both += from.both ?? from.err + from.out;
}

/** A host program's end when it let no time pass (it yields nothing; `yield*` of nothing keeps it a generator). */
export function* immediately(code: number): Generator<Yield, number> {
  yield* [];
  return code;
}

/** An empty sink for a part of what `sink` collects, keeping order when `sink` does. */
export function childSink(sink: Sink): Sink {
  return sink.both === undefined ? { out: '', err: '' } : { out: '', err: '', both: '' };
}

/** The files a shell reads and writes itself: redirections, `cd`, globs, scripts. */
interface ShellFiles {
  read(path: string): string | undefined;
  /** Write or append; why it failed, in the host's words (`Permission denied`), or undefined. */
  write(path: string, text: string, append: boolean): string | undefined;
  isDir(path: string): boolean;
  list(dir: string): string[] | undefined;
}

/** Runs a command's argv with its environment, state, output and stdin (undefined: the terminal); yields sleeps, returns its exit code. */
type HostProgram = (argv: string[], env: Record<string, string>, st: ShellState, sink: Sink, stdin: string | undefined) => Generator<Yield, number>;

export interface ShellHost {
  files: ShellFiles;
  /** A command that is not one of the interpreter's builtins: the host finds it (PATH) and words its absence. */
  run: HostProgram;
  /** The utilities the shell has built in but the host implements in its own wording (echo, printf, test, `[`). */
  utility: HostProgram;
  /** Whether a name is a program the host can run (`type`, `command -v`). */
  onPath(name: string): boolean;
}
