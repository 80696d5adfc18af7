/** What a text utility may touch: its stdin, the files of its host, and whose coreutils it is. */
import type { Streams, StreamWriter } from '../streams';

/** GNU coreutils (the learner's machine, debian images) or busybox (alpine, busybox). */
export type Flavor = 'gnu' | 'busybox';

/** Why a file could not be read. */
type ReadError = 'ENOENT' | 'EISDIR';

/** Why a file operation failed (errno). */
export type FsError = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EROFS' | 'EEXIST' | 'EACCES' | 'ENOTEMPTY' | 'EXDEV' | 'EPERM' | 'EINVAL' | 'EBUSY';

/** strerror texts. */
export function fsErrorText(e: FsError): string {
  return {
    ENOENT: 'No such file or directory',
    ENOTDIR: 'Not a directory',
    EISDIR: 'Is a directory',
    EROFS: 'Read-only file system',
    EEXIST: 'File exists',
    EACCES: 'Permission denied',
    ENOTEMPTY: 'Directory not empty',
    EXDEV: 'Invalid cross-device link',
    EPERM: 'Operation not permitted',
    EINVAL: 'Invalid argument',
    EBUSY: 'Device or resource busy',
  }[e];
}

/** What `ls` reads of a directory entry (a container's inode has this shape; the prompt's workspace makes its own). */
export interface FileNode {
  type: 'file' | 'dir' | 'link';
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  content?: string;
  /** The size when it is not the content's (binary files whose bytes are not kept, procfs links). */
  size?: number;
  target?: string;
  children?: ReadonlyMap<string, { type: string }>;
  /** Names beyond 1 (hard links); absent means one. */
  nlink?: number;
}

export interface UtilCtx {
  /** The data piped or redirected in; undefined when stdin is the terminal. */
  stdin?: string;
  /** A file's text, by the path as typed (the host resolves it against its working directory). */
  read(path: string): string | { error: ReadError };
  flavor: Flavor;
  /** How the running shell names itself before a builtin's message (`bash: `, `sh: `). */
  shell: string;
  /** What a path (as typed) names; follow: through a final symlink. */
  stat(path: string, follow: boolean): FileNode | undefined;
  /** A directory's names, sorted; undefined when it is none. */
  list(path: string): string[] | undefined;
  /** Remove a name (recursive: a directory and all below it). */
  remove(path: string, recursive: boolean): FsError | undefined;
  /** Replace a file's text (sed -i). */
  write(path: string, text: string): FsError | undefined;
  /** The names of owners and groups, where the system has one for the id. */
  userName(uid: number): string | undefined;
  groupName(gid: number): string | undefined;
}

/** A utility: its arguments (without its name) and what it may touch. */
export type Util = (args: string[], ctx: UtilCtx) => Streams;

const WHY: Record<ReadError, string> = { ENOENT: 'No such file or directory', EISDIR: 'Is a directory' };

/** How each utility words a file it cannot read, where it is not `name: FILE: why`. */
function readError(name: string, file: string, e: ReadError, flavor: Flavor): string {
  if (flavor === 'busybox') {
    if (name === 'cat') return e === 'EISDIR' ? 'cat: read error: Is a directory' : `cat: can't open '${file}': ${WHY[e]}`;
    if ((name === 'head' || name === 'tail') && e === 'EISDIR') return `${name}: ${file}: Input/output error`;
    return `${name}: ${file}: ${WHY[e]}`;
  }
  if (name === 'head' || name === 'tail') return e === 'EISDIR' ? `${name}: error reading '${file}': Is a directory` : `${name}: cannot open '${file}' for reading: ${WHY[e]}`;
  if (name === 'sort') return `sort: cannot read: ${file}: ${WHY[e]}`;
  return `${name}: ${file}: ${WHY[e]}`;
}

/** Read the named files, or stdin when there are none (or for `-`); a file that cannot be read is reported and left out. */
export function inputs(name: string, files: string[], ctx: UtilCtx, w: StreamWriter): { name: string; text: string }[] {
  if (!files.length) return [{ name: '-', text: ctx.stdin ?? '' }];
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    if (f === '-') {
      out.push({ name: f, text: ctx.stdin ?? '' });
      continue;
    }
    const r = ctx.read(f);
    if (typeof r !== 'string') {
      w.err(readError(name, f, r.error, ctx.flavor), name === 'sort' ? 2 : 1);
      continue;
    }
    out.push({ name: f, text: r });
  }
  return out;
}

/** Lines of a text without the trailing empty one. */
export function linesOf(text: string): string[] {
  if (!text) return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}
