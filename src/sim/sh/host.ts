/**
 * What a shell interpreter (interp.ts) needs from where it runs, and what crosses between them:
 * the interpreter knows no container, no cluster and no page. A container's shell reaches its
 * rootfs and image programs through one (kubelet/exec/shell-host.ts).
 */

/** What the interpreter yields: a sleep (ms), a hand-over to a long-running image program, or SPIN. */
export type Yield = number | { daemon: string[] } | typeof SPIN;

/**
 * Yielded by a loop that ran MAX_SPIN iterations without letting time pass: it will never end by
 * itself (`while true; do :; done`). A container keeps running; an exec is stopped.
 */
export const SPIN = { spin: true } as const;
export const MAX_SPIN = 100_000;

/** Which shell it is: decides the shape of its messages. */
export type Dialect = 'ash' | 'dash' | 'bash';

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
}

export interface Sink {
  out: string;
  err: string;
}

/** The files a shell reads and writes itself: redirections, `cd`, globs, scripts. */
interface ShellFiles {
  read(path: string): string | undefined;
  /** Write or append; why it failed, in the host's words (`Permission denied`), or undefined. */
  write(path: string, text: string, append: boolean): string | undefined;
  isDir(path: string): boolean;
  list(dir: string): string[] | undefined;
}

/** Runs a command's argv with its environment, state, output and stdin; yields sleeps, returns its exit code. */
type HostProgram = (argv: string[], env: Record<string, string>, st: ShellState, sink: Sink, stdin: string) => Generator<Yield, number>;

export interface ShellHost {
  files: ShellFiles;
  /** A command that is not one of the interpreter's builtins: the host finds it (PATH) and words its absence. */
  run: HostProgram;
  /** The utilities the shell has built in but the host implements in its own wording (echo, printf, test, `[`). */
  utility: HostProgram;
  /** Whether a name is a program the host can run (`type`, `command -v`). */
  onPath(name: string): boolean;
}
