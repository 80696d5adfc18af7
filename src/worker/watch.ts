import type { CommandResult } from '../kubectl/context';
import type { Cluster } from '../sim/cluster';
import type { Shell } from '../shell/shell';

const WATCH_FLAGS = /(^|\s)(-w|--watch|--watch-only|--watch=true|--watch-only=true)(?=\s|$)/g;

/** Does this command line ask kubectl to watch? */
export function isWatch(text: string): boolean {
  return /^\s*kubectl\s/.test(text) && /(^|\s)(-w|--watch|--watch-only)(=true)?(\s|$)/.test(text);
}

/**
 * `kubectl get -w` without a server stream: re-runs the `get` after every change and prints
 * the rows that are new or changed (AGE ignored), as the watch would print one row per event.
 */
export class WatchStream {
  private readonly base: string;
  private readonly watchOnly: boolean;
  private last = new Map<string, string>();
  private ageCol = -1;
  private header = '';

  constructor(
    text: string,
    private readonly shell: Shell,
    private readonly cluster: Cluster,
  ) {
    this.watchOnly = /--watch-only/.test(text);
    this.base = text.replace(WATCH_FLAGS, ' ').replace(/\s+/g, ' ').trim();
  }

  /** The initial table (empty with --watch-only). */
  start(): CommandResult {
    const r = this.cluster.activity.aside(() => this.shell.run(this.base));
    this.cluster.runUntilIdle();
    if (r.code !== 0) return r;
    this.remember(r.out);
    return this.watchOnly ? { out: '', code: 0 } : r;
  }

  /** Rows that changed since the last poll. */
  poll(): string {
    const r = this.cluster.activity.aside(() => this.shell.run(this.base));
    if (r.code !== 0) return '';
    const lines = r.out.split('\n').filter((l) => l.trim() !== '');
    const out: string[] = [];
    for (const line of lines) {
      // the header is printed once; re-runs realign columns, so any header line is skipped
      if (/^(NAMESPACE|NAME)\s/.test(line)) continue;
      const k = this.keyOf(line);
      const sig = this.signature(line);
      if (this.last.get(k) !== sig) {
        out.push(line);
        this.last.set(k, sig);
      }
    }
    return out.length ? out.join('\n') + '\n' : '';
  }

  private remember(text: string): void {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length && /^(NAMESPACE|NAME)\s/.test(lines[0])) {
      this.header = lines[0];
      this.ageCol = this.header.indexOf('AGE');
      lines.shift();
    }
    for (const l of lines) this.last.set(this.keyOf(l), this.signature(l));
  }

  /** The row without its AGE cell, so a row only counts as changed when its state changed. */
  private signature(line: string): string {
    if (this.ageCol < 0) return line;
    const ageIdx = this.header.trim().split(/\s+/).indexOf('AGE');
    return line.trim().split(/\s+/).filter((_, i) => i !== ageIdx).join(' ');
  }

  /** NAME, or NAMESPACE + NAME with -A. */
  private keyOf(line: string): string {
    const w = line.trim().split(/\s+/);
    return this.header.startsWith('NAMESPACE') ? `${w[0]} ${w[1] ?? ''}` : w[0];
  }
}
