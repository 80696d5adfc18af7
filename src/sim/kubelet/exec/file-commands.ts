/** The file commands of the containers' busybox/coreutils: ls, touch, mkdir, rm, chown, chmod, tee, cp. */
import { lsDate } from '../../images/util';
import { normalize, type FsError, type Inode } from '../fs';
import { groupName, userName, type CmdCtx, type Command } from './host';
import { gnu, ok, opts, path } from './args';

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
  }[e];
}

function modeString(n: Inode): string {
  const t = n.type === 'dir' ? 'd' : n.type === 'link' ? 'l' : '-';
  let s = '';
  for (let i = 8; i >= 0; i--) s += n.mode & (1 << i) ? 'rwx'[(8 - i) % 3] : '-';
  // sticky bit (/tmp, secret and configMap volume roots)
  if (n.mode & 0o1000) s = s.slice(0, 8) + (n.mode & 1 ? 't' : 'T');
  // set-group-ID (fsGroup volumes)
  if (n.mode & 0o2000) s = s.slice(0, 5) + (n.mode & 0o10 ? 's' : 'S') + s.slice(6);
  return t + s;
}

function sizeOf(n: Inode): number {
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
function blocksOf(n: Inode): number {
  if (n.type === 'dir') return 4;
  const size = sizeOf(n);
  if (n.type === 'link' && size < 60) return 0;
  return Math.ceil(size / 4096) * 4;
}

function lsLong(c: CmdCtx, name: string, n: Inode, numeric = false): string {
  const u = (numeric ? undefined : userName(n.uid)) ?? String(n.uid);
  const g = (numeric ? undefined : groupName(n.gid)) ?? String(n.gid);
  const links = n.type === 'dir' ? 2 + [...n.children!.values()].filter((x) => x.type === 'dir').length : (n.nlink ?? 1);
  const target = n.type === 'link' ? ` -> ${n.target}` : '';
  if (gnu(c)) return `${modeString(n)} ${links} ${u} ${g} ${String(sizeOf(n)).padStart(5)} ${lsDate(n.mtime)} ${name}${target}`;
  // busybox's "%-10s %4lu %-8.8s %-8.8s %9u": link counts right-aligned, names cut at 8
  return `${modeString(n)} ${String(links).padStart(4)} ${u.slice(0, 8).padEnd(8)} ${g.slice(0, 8).padEnd(8)} ${String(sizeOf(n)).padStart(9)} ${lsDate(n.mtime)} ${name}${target}`;
}

export const ls: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  // -n: long format with numeric owners; -d: directories themselves, not their contents
  const numeric = flags.has('n');
  const long = flags.has('l') || numeric;
  const self = flags.has('d');
  const all = flags.has('a');
  const almost = flags.has('A');
  // -L: show what symlinks point to (configMap and secret volume keys are links into ..data)
  const deref = flags.has('L');
  const targets = args.length ? args : ['.'];
  let out = '';
  let err = '';
  let code = 0;
  // like ls: missing operands are reported first, then files, then directories, each sorted by name
  const found: { t: string; p: string; n: NonNullable<ReturnType<typeof c.host.fs.stat>>; isDir: boolean }[] = [];
  for (const t of targets) {
    const p = path(c, t);
    const lst = c.host.fs.stat(p, false);
    const n = lst?.type === 'link' && (!long || deref || t.endsWith('/')) ? c.host.fs.stat(p) : lst;
    if (!n) {
      err += gnu(c) ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`;
      code = gnu(c) ? 2 : 1;
      continue;
    }
    const isDir = !self && (n.type === 'dir' || (n.type === 'link' && c.host.fs.stat(p)?.type === 'dir' && !long));
    found.push({ t, p, n, isDir });
  }
  const byName = (a: { t: string }, b: { t: string }) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
  const files = found.filter((f) => !f.isDir).sort(byName);
  const dirs = found.filter((f) => f.isDir).sort(byName);
  for (const { t, n } of files) out += long ? lsLong(c, t, n, numeric) + '\n' : t + '\n';
  // -R lists each directory's subdirectories after it, depth first (symlinks to directories are not followed)
  const recursive = flags.has('R') || flags.has('recursive');
  let listed = files.length;
  const listDir = (t: string, p: string) => {
    if (targets.length > 1 || recursive) out += `${listed > 0 ? '\n' : ''}${t}:\n`;
    listed++;
    let names = c.host.fs.list(p) ?? [];
    if (!all) names = names.filter((x) => !x.startsWith('.'));
    if (all && !almost) names = ['.', '..', ...names];
    if (almost) names = (c.host.fs.list(p) ?? []).filter((x) => x !== '.' && x !== '..');
    if (long) {
      const entries = names.flatMap((name) => {
        const child = name === '.' || name === '..' ? c.host.fs.stat(normalize(name, p)) : c.host.fs.stat(`${p}/${name}`, deref);
        return child ? [{ name, child }] : [];
      });
      // busybox and coreutils alike head a directory's long listing with its entries' blocks
      out += `total ${entries.reduce((sum, e) => sum + blocksOf(e.child), 0)}\n`;
      for (const { name, child } of entries) out += lsLong(c, name, child, numeric) + '\n';
    } else out += names.map((x) => x + '\n').join('');
    if (!recursive) return;
    for (const name of names) {
      if (name === '.' || name === '..' || c.host.fs.stat(`${p}/${name}`, false)?.type !== 'dir') continue;
      listDir(t.endsWith('/') ? t + name : `${t}/${name}`, `${p}/${name}`);
    }
  };
  for (const { t, p } of dirs) listDir(t, p);
  return { out, err, code };
};

function fsCmd(name: string, c: CmdCtx, t: string, e: FsError | undefined): string {
  if (!e) return '';
  if (gnu(c)) {
    const verb = { touch: 'cannot touch', mkdir: 'cannot create directory', rm: 'cannot remove', chown: 'changing ownership of' }[name] ?? name;
    return `${name}: ${verb} '${t}': ${fsErrorText(e)}\n`;
  }
  return `${name}: ${name === 'mkdir' ? "can't create directory '" + t + "'" : t}: ${fsErrorText(e)}\n`;
}

/** Whether the process may create an entry in the directory holding `p` (root always may). */
export function writable(c: CmdCtx, p: string): FsError | undefined {
  const u = c.host.user;
  if (u.uid === 0) return undefined;
  const dir = c.host.fs.stat(normalize('..', p) === p ? '/' : normalize(p + '/..'));
  if (!dir) return 'ENOENT';
  const bits = dir.uid === u.uid ? 0o200 : dir.gid === u.gid || u.groups.includes(dir.gid) ? 0o020 : 0o002;
  return dir.mode & bits ? undefined : 'EACCES';
}

export const touch: Command = (argv, c) => {
  let err = '';
  for (const t of opts(argv).args) {
    const p = path(c, t);
    const n = c.host.fs.stat(p);
    if (n) {
      if (c.host.fs.readOnlyAt(p)) err += fsCmd('touch', c, t, 'EROFS');
      else n.mtime = c.host.now();
      continue;
    }
    err += fsCmd('touch', c, t, writable(c, p) ?? c.host.fs.writeFile(p, ''));
  }
  return { out: '', err, code: err ? 1 : 0 };
};

export const mkdir: Command = (argv, c) => {
  const { flags, args } = opts(argv, ['m']);
  let err = '';
  for (const t of args) {
    const p = path(c, t);
    err += fsCmd('mkdir', c, t, writable(c, p) ?? c.host.fs.mkdir(p, flags.has('p')));
  }
  return { out: '', err, code: err ? 1 : 0 };
};

export const rm: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  let err = '';
  for (const t of args) {
    const e = c.host.fs.remove(path(c, t), flags.has('r') || flags.has('R'));
    if (e === 'ENOENT' && flags.has('f')) continue;
    err += e === 'EISDIR' ? (gnu(c) ? `rm: cannot remove '${t}': Is a directory\n` : `rm: '${t}' is a directory\n`) : fsCmd('rm', c, t, e);
  }
  return { out: '', err, code: err ? 1 : 0 };
};

/** The id of a name in the container's /etc/passwd or /etc/group (`name:x:id:...`), as getpwnam/getgrnam find it. */
function idOf(c: CmdCtx, file: '/etc/passwd' | '/etc/group', name: string): number | undefined {
  const line = (c.host.fs.read(file) ?? '').split('\n').find((l) => l.split(':')[0] === name);
  const id = line?.split(':')[2];
  return id !== undefined && /^\d+$/.test(id) ? Number(id) : undefined;
}

export const chown: Command = (argv, c) => {
  const { args } = opts(argv);
  const [spec, ...files] = args;
  if (!spec || !files.length) return { out: '', err: 'chown: missing operand\n', code: 1 };
  const [us, gs] = spec.split(':');
  const uid = /^\d+$/.test(us) ? Number(us) : idOf(c, '/etc/passwd', us);
  // busybox's and coreutils' words (coreutils quotes the whole spec, in the C locale's ASCII quotes)
  if (uid === undefined) return { out: '', err: gnu(c) ? `chown: invalid user: '${spec}'\n` : `chown: unknown user ${us}\n`, code: 1 };
  const gid = gs === undefined || gs === '' ? undefined : /^\d+$/.test(gs) ? Number(gs) : idOf(c, '/etc/group', gs);
  if (gs && gid === undefined) return { out: '', err: gnu(c) ? `chown: invalid group: '${spec}'\n` : `chown: unknown user/group ${spec}\n`, code: 1 };
  if (!c.host.privileged && !c.host.caps.has('CHOWN')) {
    return { out: '', err: files.map((f) => (gnu(c) ? `chown: changing ownership of '${f}': Operation not permitted\n` : `chown: ${f}: Operation not permitted\n`)).join(''), code: 1 };
  }
  let err = '';
  for (const f of files) err += fsCmd('chown', c, f, c.host.fs.chown(path(c, f), uid, gid));
  return { out: '', err, code: err ? 1 : 0 };
};

export const chmod: Command = (argv, c) => {
  const { args } = opts(argv);
  const [mode, ...files] = args;
  for (const f of files) {
    const n = c.host.fs.stat(path(c, f));
    if (!n) return { out: '', err: `chmod: ${f}: No such file or directory\n`, code: 1 };
    if (/^[0-7]+$/.test(mode)) n.mode = parseInt(mode, 8);
    else if (mode === '+x') n.mode |= 0o111;
  }
  return ok();
};

export const tee: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  for (const f of args) c.host.fs.writeFile(path(c, f), c.stdin, flags.has('a'));
  return ok(c.stdin);
};

export const cp: Command = (argv, c) => {
  const { args } = opts(argv);
  const [src, dst] = args;
  const t = c.host.fs.read(path(c, src ?? ''));
  if (t === undefined) return { out: '', err: `cp: can't stat '${src}': No such file or directory\n`, code: 1 };
  const d = c.host.fs.stat(path(c, dst))?.type === 'dir' ? `${path(c, dst)}/${src.split('/').pop()}` : path(c, dst);
  const e = c.host.fs.writeFile(d, t);
  return e ? { out: '', err: `cp: can't create '${dst}': ${fsErrorText(e)}\n`, code: 1 } : ok();
};
