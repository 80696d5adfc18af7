/** rmdir: removes empty directories (`-p` their parents too), with busybox's and coreutils' messages. */
import { BUSYBOX_BANNER } from '../../sh/utils/busybox';
import { fsErrorText, type FsError } from '../../sh/utils/context';
import { opts } from '../../sh/utils/options';
import { gnu, path } from './args';
import { writable } from './file-commands';
import type { CmdCtx, Command } from './host';

const BUSYBOX_USAGE = `${BUSYBOX_BANNER}Usage: rmdir [-p] DIRECTORY...\n\nRemove DIRECTORY if it is empty\n\n\t-p\tInclude parents\n\t--ignore-fail-on-non-empty\n`;
const GNU_TRY = "Try 'rmdir --help' for more information.\n";

const LONG = new Set(['parents', 'verbose', 'ignore-fail-on-non-empty']);

/** dirname(3): the path without its last component; `.` when none is left, `/` at the root. */
function dirname(p: string): string {
  const up = p.replace(/\/+$/, '').replace(/[^/]*$/, '').replace(/\/+$/, '');
  return up || (p.startsWith('/') ? '/' : '.');
}

/** rmdir(2) on one path as typed. */
function removeDir(c: CmdCtx, t: string): FsError | undefined {
  const last = t.replace(/\/+$/, '').split('/').pop();
  // the kernel refuses a last component of `.` outright, and `..` always holds the directory it is named from
  if (last === '.') return 'EINVAL';
  if (last === '..') return 'ENOTEMPTY';
  const fs = c.host.fs;
  const p = path(c, t);
  const n = fs.stat(p, false);
  if (!n) return 'ENOENT';
  if (n.type !== 'dir') return 'ENOTDIR';
  if (p === '/' || fs.mountOf(p)?.path === p) return 'EBUSY';
  // a mount point below counts as an entry, as the parent directory lists it
  if (fs.list(p)?.length) return 'ENOTEMPTY';
  if (fs.readOnlyAt(p)) return 'EROFS';
  return writable(c, p) ?? fs.remove(p, true);
}

export const rmdir: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const bad = [...flags].find((f) => (f.length === 1 ? !'pv'.includes(f) : !LONG.has(f)));
  if (bad !== undefined) {
    const said = bad.length === 1 ? `rmdir: invalid option -- '${bad}'\n` : `rmdir: unrecognized option '--${bad}'\n`;
    return { out: '', err: said + (gnu(c) ? GNU_TRY : BUSYBOX_USAGE), code: 1 };
  }
  if (!args.length) return { out: '', err: gnu(c) ? `rmdir: missing operand\n${GNU_TRY}` : BUSYBOX_USAGE, code: 1 };
  const parents = flags.has('p') || flags.has('parents');
  const verbose = flags.has('v') || flags.has('verbose');
  let out = '';
  let err = '';
  for (const t of args) {
    for (let dir = t; ; dir = dirname(dir)) {
      if (verbose) out += `rmdir: removing directory, '${dir}'\n`;
      const e = removeDir(c, dir);
      if (e === 'ENOTEMPTY' && flags.has('ignore-fail-on-non-empty')) break;
      if (e) {
        // coreutils says which failure was a parent's
        err += gnu(c) ? `rmdir: failed to remove ${dir === t ? '' : 'directory '}'${dir}': ${fsErrorText(e)}\n` : `rmdir: '${dir}': ${fsErrorText(e)}\n`;
        break;
      }
      if (!parents || dirname(dir) === '.') break;
    }
  }
  return { out, err, code: err ? 1 : 0 };
};
