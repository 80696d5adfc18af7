/** ln: hard links (the same inode under a second name, one filesystem only) and symlinks, with busybox's and coreutils' messages. */
import { BUSYBOX_BANNER } from '../../sh/utils/busybox';
import type { FsError } from '../fs';
import { gnu, path } from './args';
import { opts } from '../../sh/utils/options';
import { writable } from './file-commands';
import { fsErrorText } from '../../sh/utils/context';
import type { CmdCtx, Command } from './host';

const BUSYBOX_USAGE =
  `${BUSYBOX_BANNER}Usage: ln [-sfnbtv] [-S SUF] TARGET... LINK|DIR\n\n` +
  'Create a link LINK or DIR/TARGET to the specified TARGET(s)\n\n' +
  '\t-s\tMake symlinks instead of hardlinks\n\t-f\tRemove existing destinations\n' +
  "\t-n\tDon't dereference symlinks - treat like normal file\n" +
  '\t-b\tMake a backup of the target (if exists) before link operation\n\t-S SUF\tUse suffix instead of ~ when making backup files\n' +
  '\t-T\tTreat LINK as a file, not DIR\n\t-v\tVerbose\n';

const GNU_MISSING = "ln: missing file operand\nTry 'ln --help' for more information.\n";

const base = (p: string) => p.replace(/\/+$/, '').split('/').pop() || p;

/** coreutils names the destination and, when the error is about the pair, the target too. */
function gnuFailure(symbolic: boolean, e: FsError, dest: string, target: string): string {
  if (symbolic) return `ln: failed to create symbolic link '${dest}': ${fsErrorText(e)}\n`;
  if (e === 'EEXIST' || e === 'EROFS') return `ln: failed to create hard link '${dest}': ${fsErrorText(e)}\n`;
  return `ln: failed to create hard link '${dest}' => '${target}': ${fsErrorText(e)}\n`;
}

/** One link; the error line when it cannot be made. */
function linkOne(c: CmdCtx, target: string, dest: string, f: { symbolic: boolean; force: boolean }): string {
  const fs = c.host.fs;
  const from = path(c, target);
  const to = path(c, dest);
  if (!f.symbolic) {
    const n = fs.stat(from, false);
    if (!n) return gnu(c) ? `ln: failed to access '${target}': No such file or directory\n` : `ln: ${target}: No such file or directory\n`;
    if (n.type === 'dir' && gnu(c)) return `ln: ${target}: hard link not allowed for directory\n`;
  }
  if (f.force) fs.remove(to);
  const e = writable(c, to) ?? (f.symbolic ? fs.symlink(target, to) : fs.hardlink(from, to));
  if (!e) return '';
  return gnu(c) ? gnuFailure(f.symbolic, e, dest, target) : `ln: ${dest}: ${fsErrorText(e)}\n`;
}

export const ln: Command = (argv, c) => {
  const { flags, args } = opts(argv, ['S']);
  if (!args.length) return { out: '', err: gnu(c) ? GNU_MISSING : BUSYBOX_USAGE, code: 1 };
  const f = { symbolic: flags.has('s') || flags.has('symbolic'), force: flags.has('f') || flags.has('force') };
  const noDeref = flags.has('n') || flags.has('no-dereference') || flags.has('T');
  // one operand links into the working directory under the target's own name
  const targets = args.length === 1 ? args : args.slice(0, -1);
  const last = args.length === 1 ? (gnu(c) ? `./${base(args[0])}` : base(args[0])) : args[args.length - 1];
  const lastNode = c.host.fs.stat(path(c, last), !noDeref);
  const intoDir = lastNode?.type === 'dir' && !flags.has('T');
  if (gnu(c) && targets.length > 1 && !intoDir) {
    return { out: '', err: lastNode ? `ln: target '${last}' is not a directory\n` : `ln: target '${last}': No such file or directory\n`, code: 1 };
  }
  let out = '';
  let err = '';
  for (const target of targets) {
    const dest = intoDir ? `${last.replace(/\/+$/, '')}/${base(target)}` : last;
    const e = linkOne(c, target, dest, f);
    err += e;
    if (!e && (flags.has('v') || flags.has('verbose'))) out += `'${dest}' ${gnu(c) && !f.symbolic ? '=>' : '->'} '${target}'\n`;
  }
  return { out, err, code: err ? 1 : 0 };
};
