/** What one command wrote: each stream alone, and both in the order a terminal shows them. */
export interface Streams {
  stdout: string;
  stderr: string;
  merged: string;
  code: number;
}

/** Collects a command's output and its exit code. */
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
