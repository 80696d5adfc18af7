import type { Disk } from './disk';
import type { ProgramFs } from '../images/types';
import type { FileNode, FsError } from '../sh/utils/context';

/** A file, directory or symlink of a simulated filesystem (what `ls` reads of it is sim/sh's FileNode). */
export interface Inode extends FileNode {
  children?: Map<string, Inode>;
}

/** A removed name: each file under it loses one link (the inode lives on under its other names). */
function unlinkTree(node: Inode): void {
  if (node.type === 'dir') for (const child of node.children!.values()) unlinkTree(child);
  else if (node.nlink !== undefined) node.nlink = node.nlink > 2 ? node.nlink - 1 : undefined;
}

function lazyFile(compute: () => string, mtime: number, mode: number, uid: number, gid: number): Inode {
  let text: string | undefined;
  return {
    type: 'file',
    mode,
    uid,
    gid,
    mtime,
    get content() {
      return (text ??= compute());
    },
    set content(v) {
      text = v;
    },
  };
}

function dirNode(mtime: number, mode = 0o755, uid = 0, gid = 0): Inode {
  return { type: 'dir', mode, uid, gid, mtime, children: new Map() };
}

/** One filesystem tree: a container's root filesystem or a volume. */
export class Tree {
  readonly root: Inode;
  constructor(mtime: number, mode = 0o755, uid = 0, gid = 0) {
    this.root = dirNode(mtime, mode, uid, gid);
  }

  /** Walk without following links. */
  node(parts: string[]): Inode | undefined {
    let cur: Inode | undefined = this.root;
    for (const p of parts) {
      if (!cur || cur.type !== 'dir') return undefined;
      cur = cur.children!.get(p);
    }
    return cur;
  }

  /** Create a file (and its directories) for image content and volume setup; a function is the content, computed on first read. */
  put(path: string, content: string | (() => string), mtime: number, mode = 0o644, uid = 0, gid = 0): void {
    const parts = split(path);
    const name = parts.pop()!;
    const dir = this.mkdirs(parts, mtime);
    dir.children!.set(name, typeof content === 'string' ? { type: 'file', mode, uid, gid, mtime, content } : lazyFile(content, mtime, mode, uid, gid));
  }

  link(path: string, target: string, mtime: number): void {
    const parts = split(path);
    const name = parts.pop()!;
    this.mkdirs(parts, mtime).children!.set(name, { type: 'link', mode: 0o777, uid: 0, gid: 0, mtime, target });
  }

  mkdirs(parts: string[], mtime: number, mode = 0o755): Inode {
    let cur = this.root;
    for (const p of parts) {
      let next = cur.children!.get(p);
      if (!next) {
        next = dirNode(mtime, mode);
        cur.children!.set(p, next);
      }
      if (next.type !== 'dir') throw new Error(`not a directory: ${p}`);
      cur = next;
    }
    return cur;
  }
}

/** Bytes the files of a tree hold (what the kubelet's volume stats count against an emptyDir's sizeLimit). */
export function treeBytes(n: Inode): number {
  if (n.type === 'dir') return [...n.children!.values()].reduce((sum, c) => sum + treeBytes(c), 0);
  if (n.type === 'link') return 0;
  return n.size ?? new TextEncoder().encode(n.content ?? '').length;
}

function split(path: string): string[] {
  return path.split('/').filter((p) => p !== '' && p !== '.');
}

/** Join and normalize (`..` handled) into an absolute path. */
export function normalize(path: string, cwd = '/'): string {
  const abs = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const p of abs.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return '/' + out.join('/');
}

export interface Mount {
  path: string;
  tree: Tree;
  /** Path inside the tree that is mounted (subPath), '' for the whole tree. */
  sub: string;
  readOnly: boolean;
  /** Name shown by `mount`/`df`. */
  source: string;
  fstype: string;
  /** What statfs reports for it (pseudo filesystems have none). */
  disk?: Disk;
}

export type { FsError } from '../sh/utils/context';

/** A container's view: its root filesystem plus volume mounts (longest mount path wins). */
export class ContainerFs implements ProgramFs {
  constructor(
    readonly rootfs: Tree,
    readonly mounts: Mount[],
    private readonly now: () => number,
    /** The container's user, owner of what it creates. */
    readonly user: { uid: number; gid: number } = { uid: 0, gid: 0 },
    /** securityContext.readOnlyRootFilesystem: only mounts are writable. */
    readonly rootReadOnly = false,
  ) {
    this.table = [...mounts];
    this.mounts.sort((a, b) => b.path.length - a.path.length);
  }

  /** The mounts in the order the runtime made them (what /proc/mounts lists). */
  readonly table: readonly Mount[];

  /** The same files with `m` mounted in place of what is mounted at its path (a process's own view of procfs). */
  withMount(m: Mount): ContainerFs {
    const replaced = this.table.some((x) => x.path === m.path);
    const mounts = replaced ? this.table.map((x) => (x.path === m.path ? m : x)) : [...this.table, m];
    return new ContainerFs(this.rootfs, mounts, this.now, this.user, this.rootReadOnly);
  }

  private mountFor(path: string): { m?: Mount; tree: Tree; parts: string[] } {
    for (const m of this.mounts) {
      if (path === m.path || path.startsWith(m.path === '/' ? '/' : m.path + '/')) {
        const rest = split(path.slice(m.path.length));
        return { m, tree: m.tree, parts: [...split(m.sub), ...rest] };
      }
    }
    return { tree: this.rootfs, parts: split(path) };
  }

  /** The inode at a canonical path (no links followed). */
  private at(path: string): Inode | undefined {
    const { tree, parts } = this.mountFor(path);
    return tree.node(parts);
  }

  /** Resolve symlinks in every component (and the last one unless `followLast` is false). */
  resolve(path: string, followLast = true, depth = 0): string {
    const parts = split(normalize(path));
    let cur = '/';
    for (let i = 0; i < parts.length; i++) {
      const next = normalize(parts[i], cur);
      const node = this.at(next);
      if (node?.type === 'link' && depth < 16 && (i < parts.length - 1 || followLast)) {
        cur = this.resolve(normalize(node.target!, cur), true, depth + 1);
      } else cur = next;
    }
    return cur;
  }

  stat(path: string, follow = true): Inode | undefined {
    return this.at(this.resolve(path, follow));
  }

  readOnlyAt(path: string): boolean {
    const m = this.mountFor(this.resolve(path)).m;
    return m ? m.readOnly : this.rootReadOnly;
  }

  mountOf(path: string): Mount | undefined {
    return this.mountFor(this.resolve(path)).m;
  }

  read(path: string): string | undefined {
    const n = this.stat(path);
    return n?.type === 'file' ? (n.content ?? '') : undefined;
  }

  exists(path: string): boolean {
    return !!this.stat(path);
  }

  list(path: string): string[] | undefined {
    const n = this.stat(path);
    if (n?.type !== 'dir') return undefined;
    const names = new Set(n.children!.keys());
    // mount points show up in their parent directory
    const abs = this.resolve(path);
    for (const m of this.mounts) {
      const parent = normalize(m.path + '/..');
      if (parent === abs && m.path !== '/') names.add(split(m.path).pop()!);
    }
    return [...names].sort();
  }

  /** Write a file; false (or an error code via writeFile) when it cannot be written. */
  write(path: string, content: string, append = false): boolean {
    return this.writeFile(path, content, append) === undefined;
  }

  writeFile(path: string, content: string, append = false): FsError | undefined {
    const abs = this.resolve(path);
    const { m, tree, parts } = this.mountFor(abs);
    if (m ? m.readOnly : this.rootReadOnly) return 'EROFS';
    const name = parts.pop();
    if (name === undefined) return 'EISDIR';
    const dir = tree.node(parts);
    if (!dir) return 'ENOENT';
    if (dir.type !== 'dir') return 'ENOTDIR';
    const existing = dir.children!.get(name);
    if (existing?.type === 'dir') return 'EISDIR';
    if (existing) {
      existing.content = append ? (existing.content ?? '') + content : content;
      // written text replaces a device-filled file's recorded size
      delete existing.size;
      existing.mtime = this.now();
    } else {
      dir.children!.set(name, { type: 'file', mode: 0o644, uid: this.user.uid, gid: this.newGid(dir), mtime: this.now(), content });
    }
    return undefined;
  }

  mkdir(path: string, parents = false): FsError | undefined {
    const abs = this.resolve(path);
    if (this.at(abs)) return parents ? undefined : 'EEXIST';
    const { m, tree, parts } = this.mountFor(abs);
    if (m ? m.readOnly : this.rootReadOnly) return 'EROFS';
    const name = parts.pop()!;
    const parent = tree.node(parts);
    if (!parent) {
      if (!parents) return 'ENOENT';
      tree.mkdirs(parts, this.now());
    } else if (parent.type !== 'dir') return 'ENOTDIR';
    const into = tree.node(parts)!;
    // a set-group-ID directory passes its group and the bit itself on (fsGroup volumes)
    into.children!.set(name, dirNode(this.now(), 0o755 | (into.mode & 0o2000), this.user.uid, this.newGid(into)));
    return undefined;
  }

  /** The group of a new entry: the directory's own under set-group-ID, else the process's. */
  private newGid(dir: Inode): number {
    return dir.mode & 0o2000 ? dir.gid : this.user.gid;
  }

  mkdirp(path: string): void {
    const parts = split(path);
    for (let i = 1; i <= parts.length; i++) this.mkdir('/' + parts.slice(0, i).join('/'), true);
  }

  /** Where a new entry at `path` goes (its last component is not followed), or why it cannot be made. */
  private newEntry(path: string): { dir: Inode; name: string; m?: Mount } | FsError {
    const abs = this.resolve(path, false);
    const { m, tree, parts } = this.mountFor(abs);
    const name = parts.pop();
    const dir = name === undefined ? undefined : tree.node(parts);
    if (!dir) return name === undefined ? 'EEXIST' : 'ENOENT';
    if (dir.type !== 'dir') return 'ENOTDIR';
    if (dir.children!.has(name!)) return 'EEXIST';
    if (m ? m.readOnly : this.rootReadOnly) return 'EROFS';
    return { dir, name: name!, m };
  }

  /** symlink(2): the target is stored as written and may dangle. */
  symlink(target: string, path: string): FsError | undefined {
    const e = this.newEntry(path);
    if (typeof e === 'string') return e;
    e.dir.children!.set(e.name, { type: 'link', mode: 0o777, uid: this.user.uid, gid: this.newGid(e.dir), mtime: this.now(), target });
    return undefined;
  }

  /** link(2): a second name for the same inode, on the same filesystem only; never for a directory. */
  hardlink(existing: string, path: string): FsError | undefined {
    const abs = this.resolve(existing, false);
    const node = this.at(abs);
    if (!node) return 'ENOENT';
    if (node.type === 'dir') return 'EPERM';
    const e = this.newEntry(path);
    if (typeof e === 'string') return e;
    if (this.mountFor(abs).m !== e.m) return 'EXDEV';
    e.dir.children!.set(e.name, node);
    node.nlink = (node.nlink ?? 1) + 1;
    return undefined;
  }

  remove(path: string, recursive = false): FsError | undefined {
    const abs = this.resolve(path, false);
    const { m, tree, parts } = this.mountFor(abs);
    if (m ? m.readOnly : this.rootReadOnly) return 'EROFS';
    const name = parts.pop();
    const parent = name === undefined ? undefined : tree.node(parts);
    const node = parent?.children?.get(name!);
    if (!node) return 'ENOENT';
    if (node.type === 'dir' && !recursive) return 'EISDIR';
    parent!.children!.delete(name!);
    unlinkTree(node);
    return undefined;
  }

  chown(path: string, uid: number, gid?: number): FsError | undefined {
    const n = this.stat(path);
    if (!n) return 'ENOENT';
    if (this.readOnlyAt(path)) return 'EROFS';
    n.uid = uid;
    if (gid !== undefined) n.gid = gid;
    return undefined;
  }
}
