/** `sleep`'s operands, as GNU coreutils and busybox read them: summed, each a number with an optional s/m/h/d; `infinity` never ends. */
import type { Flavor } from './context';
import { BUSYBOX_BANNER } from './busybox';

const UNITS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const GNU_TRY = "Try 'sleep --help' for more information.\n";

const BUSYBOX_USAGE =
  `${BUSYBOX_BANNER}Usage: sleep [N]...\n\n` +
  'Pause for a time equal to the total of the args given, where each arg can\n' +
  'have an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n';

/** How long `sleep ARGS` sleeps (ms; Infinity for `infinity`), or what it says instead (exit 1). */
export function sleepTime(args: string[], flavor: Flavor): number | { error: string } {
  if (!args.length) return { error: flavor === 'gnu' ? `sleep: missing operand\n${GNU_TRY}` : BUSYBOX_USAGE };
  let total = 0;
  for (const a of args) {
    if (a === 'infinity' || a === 'inf') return Infinity;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (m) {
      total += Number(m[1]) * UNITS[m[2]];
      continue;
    }
    // GNU's getopt reads a leading dash as an option (`sleep -1`); busybox reads every operand as a number
    if (flavor === 'busybox') return { error: `sleep: invalid number '${a}'\n` };
    return { error: a.length > 1 && a.startsWith('-') ? `sleep: invalid option -- '${a[1]}'\n${GNU_TRY}` : `sleep: invalid time interval '${a}'\n${GNU_TRY}` };
  }
  return Math.round(total);
}
