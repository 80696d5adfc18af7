/** `ls`: GNU coreutils' or busybox's, over whatever files its host has (a container's rootfs, the prompt's workspace). */
import { lsDate } from '../../images/util';
import { StreamWriter } from '../streams';
import type { FileNode, Util, UtilCtx } from './context';
import { opts } from './options';

function modeString(n: FileNode): string {
  const t = n.type === 'dir' ? 'd' : n.type === 'link' ? 'l' : '-';
  let s = '';
  for (let i = 8; i >= 0; i--) s += n.mode & (1 << i) ? 'rwx'[(8 - i) % 3] : '-';
  // sticky bit (/tmp, secret and configMap volume roots)
  if (n.mode & 0o1000) s = s.slice(0, 8) + (n.mode & 1 ? 't' : 'T');
  // set-group-ID (fsGroup volumes)
  if (n.mode & 0o2000) s = s.slice(0, 5) + (n.mode & 0o10 ? 's' : 'S') + s.slice(6);
  return t + s;
}

function sizeOf(n: FileNode): number {
  if (n.type === 'dir') return 4096;
  // procfs links report 0
  if (n.type === 'link') return n.size ?? n.target!.length;
  return n.size ?? new TextEncoder().encode(n.content ?? '').length;
}

/**
 * The 1K blocks an entry holds on a 4K-block filesystem (ext4, overlay, tmpfs alike): a directory
 * one block, a file its size rounded up to blocks (an empty one none), a symlink short enough to
 * live in its inode (under 60 bytes) none. `ls -l` prints their sum as `total N`.
 */
function blocksOf(n: FileNode): number {
  if (n.type === 'dir') return 4;
  const size = sizeOf(n);
  if (n.type === 'link' && size < 60) return 0;
  return Math.ceil(size / 4096) * 4;
}

function lsLong(ctx: UtilCtx, name: string, n: FileNode, numeric: boolean): string {
  const u = (numeric ? undefined : ctx.userName(n.uid)) ?? String(n.uid);
  const g = (numeric ? undefined : ctx.groupName(n.gid)) ?? String(n.gid);
  const links = n.type === 'dir' ? 2 + [...(n.children?.values() ?? [])].filter((x) => x.type === 'dir').length : (n.nlink ?? 1);
  const target = n.type === 'link' ? ` -> ${n.target}` : '';
  if (ctx.flavor === 'gnu') return `${modeString(n)} ${links} ${u} ${g} ${String(sizeOf(n)).padStart(5)} ${lsDate(n.mtime)} ${name}${target}`;
  // busybox's "%-10s %4lu %-8.8s %-8.8s %9u": link counts right-aligned, names cut at 8
  return `${modeString(n)} ${String(links).padStart(4)} ${u.slice(0, 8).padEnd(8)} ${g.slice(0, 8).padEnd(8)} ${String(sizeOf(n)).padStart(9)} ${lsDate(n.mtime)} ${name}${target}`;
}

/** A directory entry's path as typed: `dir/name`, or `dir` + `name` after a trailing slash. */
const within = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

export const ls: Util = (args, ctx) => {
  const gnu = ctx.flavor === 'gnu';
  const { flags, args: operands } = opts(['ls', ...args]);
  // -n: long format with numeric owners; -d: directories themselves, not their contents
  const numeric = flags.has('n');
  const long = flags.has('l') || numeric;
  const self = flags.has('d');
  const all = flags.has('a');
  const almost = flags.has('A');
  // -L: show what symlinks point to (configMap and secret volume keys are links into ..data)
  const deref = flags.has('L');
  const targets = operands.length ? operands : ['.'];
  const w = new StreamWriter();
  // like ls: missing operands are reported first, then files, then directories, each sorted by name
  const found: { t: string; n: FileNode; isDir: boolean }[] = [];
  for (const t of targets) {
    const lst = ctx.stat(t, false);
    const n = lst?.type === 'link' && (!long || deref || t.endsWith('/')) ? ctx.stat(t, true) : lst;
    if (!n) {
      w.err(gnu ? `ls: cannot access '${t}': No such file or directory` : `ls: ${t}: No such file or directory`, gnu ? 2 : 1);
      continue;
    }
    const isDir = !self && (n.type === 'dir' || (n.type === 'link' && ctx.stat(t, true)?.type === 'dir' && !long));
    found.push({ t, n, isDir });
  }
  const byName = (a: { t: string }, b: { t: string }) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
  const files = found.filter((f) => !f.isDir).sort(byName);
  const dirs = found.filter((f) => f.isDir).sort(byName);
  for (const { t, n } of files) w.out((long ? lsLong(ctx, t, n, numeric) : t) + '\n');
  // -R lists each directory's subdirectories after it, depth first (symlinks to directories are not followed)
  const recursive = flags.has('R') || flags.has('recursive');
  let listed = files.length;
  const listDir = (t: string) => {
    if (targets.length > 1 || recursive) w.out(`${listed > 0 ? '\n' : ''}${t}:\n`);
    listed++;
    const present = ctx.list(t) ?? [];
    let names = all ? present : present.filter((x) => !x.startsWith('.'));
    if (all && !almost) names = ['.', '..', ...names];
    if (almost) names = present.filter((x) => x !== '.' && x !== '..');
    if (long) {
      const entries = names.flatMap((name) => {
        const child = ctx.stat(within(t, name), deref || name === '.' || name === '..');
        return child ? [{ name, child }] : [];
      });
      // busybox and coreutils alike head a directory's long listing with its entries' blocks
      w.out(`total ${entries.reduce((sum, e) => sum + blocksOf(e.child), 0)}\n`);
      for (const { name, child } of entries) w.out(lsLong(ctx, name, child, numeric) + '\n');
    } else w.out(names.map((x) => x + '\n').join(''));
    if (!recursive) return;
    for (const name of names) if (name !== '.' && name !== '..' && ctx.stat(within(t, name), false)?.type === 'dir') listDir(within(t, name));
  };
  for (const { t } of dirs) listDir(t);
  return w.done();
};
