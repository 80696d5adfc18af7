/** `rm`: GNU coreutils' or busybox's, over its host's files (a container's rootfs, the prompt's workspace). */
import { StreamWriter } from '../streams';
import { BUSYBOX_BANNER } from './busybox';
import { fsErrorText, type Util, type UtilCtx } from './context';
import { opts } from './options';

const BUSYBOX_USAGE = `${BUSYBOX_BANNER}Usage: rm [-irf] FILE...\n\nRemove (unlink) FILEs\n\n\t-i\tAlways prompt before removing\n\t-f\tNever prompt\n\t-R,-r\tRecurse\n`;

/** What `rm -v` reports for `t` and all below it, depth first (GNU says `removed directory 'x'`, busybox `removed directory: 'x'`). */
function removedLines(ctx: UtilCtx, t: string): string[] {
  const n = ctx.stat(t, false);
  if (n?.type !== 'dir') return [`removed '${t}'`];
  const below = (ctx.list(t) ?? []).flatMap((name) => removedLines(ctx, t.endsWith('/') ? t + name : `${t}/${name}`));
  return [...below, `removed directory${ctx.flavor === 'gnu' ? '' : ':'} '${t}'`];
}

export const rm: Util = (args, ctx) => {
  const gnu = ctx.flavor === 'gnu';
  const w = new StreamWriter();
  const { flags, args: targets } = opts(['rm', ...args]);
  const force = flags.has('f') || flags.has('force');
  const recursive = flags.has('r') || flags.has('R') || flags.has('recursive');
  if (!targets.length) return force ? w.done() : w.err(gnu ? "rm: missing operand\nTry 'rm --help' for more information." : BUSYBOX_USAGE).done();
  for (const t of targets) {
    const base = t.replace(/\/+$/, '').split('/').pop();
    if (recursive && (base === '.' || base === '..')) {
      w.err(gnu ? `rm: refusing to remove '.' or '..' directory: skipping '${t}'` : "rm: can't remove '.' or '..'");
      continue;
    }
    const lines = flags.has('v') ? removedLines(ctx, t) : [];
    const e = ctx.remove(t, recursive);
    if (e === 'ENOENT' && force) continue;
    if (!e) for (const l of lines) w.out(l + '\n');
    else if (e === 'EISDIR') w.err(gnu ? `rm: cannot remove '${t}': Is a directory` : `rm: '${t}' is a directory`);
    else w.err(gnu ? `rm: cannot remove '${t}': ${fsErrorText(e)}` : `rm: can't remove '${t}': ${fsErrorText(e)}`);
  }
  return w.done();
};
