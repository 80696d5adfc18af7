import type { Cluster } from '../sim/cluster';
import type { Workspace } from '../kubectl/context';

/** What one command produced: each stream alone, and both in the order a terminal shows them. */
export interface Streams {
  stdout: string;
  stderr: string;
  merged: string;
  code: number;
}

/** What a builtin may touch. */
export interface BuiltinEnv {
  cluster: Cluster;
  fs: Workspace;
  /** The data piped or redirected in; undefined when stdin is the terminal. */
  stdin?: string;
  /** The current namespace of the kubectl context. */
  namespace: string;
}

export type Builtin = (args: string[], env: BuiltinEnv) => Streams;

/** Small helper for builtins: collects output and the exit code. */
export class StreamWriter {
  private stdout = '';
  private stderr = '';
  private merged = '';
  code = 0;
  out(text: string): this {
    this.stdout += text;
    this.merged += text;
    return this;
  }
  /** Write a line to stderr and set the exit code (pass 0 to keep it, e.g. for curl -v traces). */
  err(text: string, code = 1): this {
    const t = text.endsWith('\n') ? text : text + '\n';
    this.stderr += t;
    this.merged += t;
    if (code) this.code = code;
    return this;
  }
  done(): Streams {
    return { stdout: this.stdout, stderr: this.stderr, merged: this.merged, code: this.code };
  }
}
