/** The file commands of the containers' busybox/coreutils: touch, mkdir, chown, chmod, tee, cp (ls and rm are sim/sh/utils'). */
import { normalize, type FsError } from '../fs';
import { fsErrorText } from '../../sh/utils/context';
import type { CmdCtx, Command } from './host';
import { gnu, ok, path } from './args';
import { opts } from '../../sh/utils/options';

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
