import type { Cluster } from '../sim/cluster';
import type { Kubeconfig } from './kubeconfig';
import type { ProblemSink } from './problems';

/** Files the shell can read and write: editor tabs in the browser, a folder (plus writes in memory) in the CLI. */
export interface Workspace {
  read(path: string): string | undefined;
  /** A file's bytes, where the workspace keeps them (text files are their UTF-8). */
  readBytes?(path: string): Uint8Array | undefined;
  write(path: string, content: string): void;
  /** Remove a file (`rm` at the prompt): its tab closes in the browser. */
  remove(path: string): void;
  list(): string[];
}

export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, string>();
  /** Files written as bytes (their text in `files` is the lossy UTF-8 reading). */
  private readonly bytes = new Map<string, Uint8Array>();
  read(path: string): string | undefined {
    return this.files.get(normalizePath(path));
  }
  readBytes(path: string): Uint8Array | undefined {
    const p = normalizePath(path);
    const text = this.files.get(p);
    return this.bytes.get(p) ?? (text === undefined ? undefined : new TextEncoder().encode(text));
  }
  write(path: string, content: string): void {
    this.bytes.delete(normalizePath(path));
    this.files.set(normalizePath(path), content);
  }
  writeBytes(path: string, content: Uint8Array): void {
    this.files.set(normalizePath(path), new TextDecoder().decode(content));
    this.bytes.set(normalizePath(path), content);
  }
  remove(path: string): void {
    this.bytes.delete(normalizePath(path));
    this.files.delete(normalizePath(path));
  }
  list(): string[] {
    return [...this.files.keys()].sort();
  }
}

export function normalizePath(p: string): string {
  return p.replace(/^\.\//, '');
}

/** Everything a kubectl invocation can touch. */
export interface KubectlContext {
  cluster: Cluster;
  fs: Workspace;
  /** Standard input (heredoc or pipe), for `-f -`. */
  stdin?: string;
  /** The namespace without `-n` and without one in the kubeconfig's context (the session's default). */
  namespace: string;
  /** The session's kubeconfig (`kubectl config` changes it); a fresh admin.conf when absent. */
  kubeconfig?: Kubeconfig;
  /** The authenticated user (`kubernetes-admin` by default, as kubeadm's admin.conf). */
  user?: string;
  /** Receives each problem with a `-f` file as data (the editor's markers); printing is unchanged. */
  report?: ProblemSink;
  /** The terminal kubectl runs on, when there is one (the browser's); absent headless and in checks. */
  tty?: Tty;
  /** The editor `kubectl edit` opens its file in (the browser's tabs); absent headless and in checks. */
  editor?: Editor;
}

/** Where `kubectl edit` hands its file: the learner changes it and saves when they like. */
export interface Editor {
  open(session: EditSession): void;
}

/** An open `kubectl edit`: its file in the workspace, and what saving it does. */
export interface EditSession {
  file: string;
  save(text: string): EditTurn;
}

/** What a save printed; `done` unless the file was reopened with the reasons it failed. */
export interface EditTurn {
  result: CommandResult;
  done: boolean;
}

/** A terminal that interactive commands (`exec -it`, `run -it`) can take over until they end. */
export interface Tty {
  /** Hand the terminal to a session: its lines go to it until it ends. */
  open(session: TtySession): void;
}

/** What a session answers to a line, Ctrl+D, or the passing of time. */
export interface TtyTurn {
  /** Output to show. */
  out: string;
  /** Set when the kubectl command is over: what it prints last, and its exit code. */
  end?: CommandResult;
}

/** An interactive command holding the terminal: a shell in a container, with kubectl around it. */
export interface TtySession {
  /** The prompt to show before the next line ('' without a tty). */
  prompt(): string;
  input(line: string): TtyTurn;
  /** Ctrl+D at an empty line. */
  eof(): TtyTurn;
  /** Called as time passes: ends the session when its container went away. */
  poll(): TtyTurn | undefined;
}

/** A command's result: stdout and stderr merged in the order a terminal shows them. */
export interface CommandResult {
  out: string;
  code: number;
  /** The stdout part alone (pipes and `>` redirection take only this), when the producer keeps streams apart. */
  stdout?: string;
  /** The stderr part alone. */
  stderr?: string;
}

/** Accumulates output lines; `err` lines go to the same stream (terminal view). */
export class Output {
  private chunks: string[] = [];
  /** Indexes of chunks written to stderr. */
  private errChunks = new Set<number>();
  code = 0;
  /** Print a line (a trailing newline is added). */
  line(s = ''): void {
    this.chunks.push(s + '\n');
  }
  /** Print text as is. */
  write(s: string): void {
    this.chunks.push(s);
  }
  /** Print text to stderr as is (a remote command's own stderr). */
  writeErr(s: string): void {
    this.errChunks.add(this.chunks.length);
    this.chunks.push(s);
  }
  /** Print a line to stderr without failing (kubectl's `Warning: ...` lines). */
  warn(s: string): void {
    this.errChunks.add(this.chunks.length);
    this.chunks.push(s.endsWith('\n') ? s : s + '\n');
  }
  /** Print an error line and set a non-zero exit code. */
  fail(s: string, code = 1): void {
    this.errChunks.add(this.chunks.length);
    this.chunks.push(s.endsWith('\n') ? s : s + '\n');
    this.code = code;
  }
  result(): CommandResult {
    const stdout = this.chunks.filter((_, i) => !this.errChunks.has(i)).join('');
    const stderr = this.chunks.filter((_, i) => this.errChunks.has(i)).join('');
    return { out: this.chunks.join(''), code: this.code, stdout, stderr };
  }
}
