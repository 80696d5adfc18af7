import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { normalizePath, type Workspace } from '../kubectl/context';

/** Folders never worth listing for `kubectl apply -f DIR` or `ls`. */
const SKIP = new Set(['node_modules', '.git']);
/** Listing stops here: a script in a big folder must not walk the disk for minutes. */
const MAX_LISTED = 5000;

/**
 * The CLI's workspace (Node only): reads files relative to the script's folder from disk, keeps every write
 * and removal in memory (a script never changes the disk), and lists both.
 */
export class DiskWorkspace implements Workspace {
  private readonly written = new Map<string, string>();
  /** Disk files a script removed: they read as absent until written again. */
  private readonly removed = new Set<string>();
  private listing?: string[];

  constructor(readonly base: string) {}

  read(path: string): string | undefined {
    const p = normalizePath(path);
    if (this.written.has(p)) return this.written.get(p);
    if (this.removed.has(p)) return undefined;
    const full = isAbsolute(p) ? p : join(this.base, p);
    try {
      if (!statSync(full).isFile()) return undefined;
      return readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
  }

  readBytes(path: string): Uint8Array | undefined {
    const p = normalizePath(path);
    const text = this.written.get(p);
    if (text !== undefined) return new TextEncoder().encode(text);
    if (this.removed.has(p)) return undefined;
    const full = isAbsolute(p) ? p : join(this.base, p);
    try {
      return statSync(full).isFile() ? new Uint8Array(readFileSync(full)) : undefined;
    } catch {
      return undefined;
    }
  }

  write(path: string, content: string): void {
    this.written.set(normalizePath(path), content);
  }

  remove(path: string): void {
    const p = normalizePath(path);
    this.written.delete(p);
    this.removed.add(p);
  }

  list(): string[] {
    this.listing ??= this.walk();
    return [...new Set([...this.listing, ...this.written.keys()])].filter((p) => this.read(p) !== undefined).sort();
  }

  private walk(): string[] {
    const out: string[] = [];
    const visit = (dir: string, depth: number): void => {
      if (depth > 6 || out.length >= MAX_LISTED) return;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (SKIP.has(e.name) || out.length >= MAX_LISTED) continue;
        const full = join(dir, e.name);
        if (e.isDirectory()) visit(full, depth + 1);
        else if (e.isFile()) out.push(relative(this.base, full));
      }
    };
    visit(this.base, 0);
    return out;
  }
}
