/** readlink: what a symlink points to, or with -f the path with every link resolved; failures are silent, only the exit code tells. */
import { BUSYBOX_BANNER } from '../../sh/utils/busybox';
import { normalize } from '../fs';
import { gnu, path } from './args';
import { opts } from '../../sh/utils/options';
import type { CmdCtx, Command } from './host';

/** The one text printed: busybox takes exactly one operand, coreutils needs at least one. */
function badOperands(c: CmdCtx, n: number): string | undefined {
  if (gnu(c)) return n ? undefined : "readlink: missing operand\nTry 'readlink --help' for more information.\n";
  return n === 1 ? undefined : `${BUSYBOX_BANNER}Usage: readlink [-fnv] FILE\n`;
}

export const readlink: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const bad = badOperands(c, args.length);
  if (bad) return { out: '', err: bad, code: 1 };
  const canonical = flags.has('f') || flags.has('canonicalize');
  let out = '';
  let code = 0;
  for (const a of args) {
    const p = path(c, a);
    const fs = c.host.fs;
    // coreutils -f needs every component but the last; busybox's realpath() needs the last one too
    const found = canonical ? (gnu(c) ? fs.stat(normalize(p + '/..')) !== undefined : fs.exists(p)) : fs.stat(p, false)?.type === 'link';
    if (!found) {
      code = 1;
      continue;
    }
    const text = canonical ? fs.resolve(p) : (fs.stat(p, false)?.target ?? '');
    out += flags.has('n') || flags.has('no-newline') ? text : `${text}\n`;
  }
  return { out, code };
};
