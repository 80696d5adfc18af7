/** grep [-i] [-v] [-c] [-n] [-E|-F] [-w] [-o] [-q] [-h] [-A|-B|-C N] [-e PATTERN] PATTERN [FILE...]: exit 1 when nothing matches. */
import { StreamWriter } from '../streams';
import { inputs, linesOf, type Util } from './context';

const GNU_USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.';
const BUSYBOX_USAGE = 'Usage: grep [-HhnlLoqvsriwFE] PATTERN [FILE]...';

/** POSIX basic regex → JS: `\(` `\)` `\{` `\}` `\|` `\+` `\?` are the operators; bare ones are literal. */
function basicToExtended(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[++i];
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

const CONTEXT_LONG: Record<string, 'A' | 'B' | 'C'> = { '--after-context': 'A', '--before-context': 'B', '--context': 'C' };

export const grep: Util = (args, ctx) => {
  const w = new StreamWriter();
  const usage = ctx.flavor === 'busybox' ? BUSYBOX_USAGE : GNU_USAGE;
  const opts = new Set<string>();
  const rest: string[] = [];
  let pattern: string | undefined;
  // lines of context after and before each match (-A, -B; -C and -NUM set both)
  const context = { A: 0, B: 0 };
  const setContext = (which: 'A' | 'B' | 'C', value: string | undefined): boolean => {
    if (!value || !/^\d+$/.test(value)) return false;
    if (which !== 'B') context.A = Number(value);
    if (which !== 'A') context.B = Number(value);
    return true;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const long = /^(--[a-z-]+)=(.*)$/.exec(a);
    const short = /^-([ivcnEFwoqhs]*)([ABC])(\d*)$/.exec(a);
    let value: string | undefined;
    let which: 'A' | 'B' | 'C' | undefined;
    if (a === '-e') pattern = args[++i];
    else if (/^-[ivcnEFwoqhs]+$/.test(a)) for (const f of a.slice(1)) opts.add(f);
    else if (/^-\d+$/.test(a)) setContext('C', a.slice(1));
    else if (short) {
      for (const f of short[1]) opts.add(f);
      [which, value] = [short[2] as 'A' | 'B' | 'C', short[3] || args[++i]];
      if (value === undefined) return w.err(`grep: option requires an argument -- '${which}'\n${usage}`, 2).done();
    } else if (long && long[1] in CONTEXT_LONG) [which, value] = [CONTEXT_LONG[long[1]], long[2]];
    else if (a.startsWith('-') && a !== '-') return w.err(`grep: invalid option -- '${a.slice(1, 2)}'\n${usage}`, 2).done();
    else rest.push(a);
    if (which && !setContext(which, value)) return w.err(`grep: ${value}: invalid context length argument`, 2).done();
  }
  if (pattern === undefined) pattern = rest.shift();
  if (pattern === undefined) return w.err(usage, 2).done();
  let re: RegExp;
  try {
    let src = opts.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.has('E') ? pattern : basicToExtended(pattern);
    if (opts.has('w')) src = `(?<![\\w])(?:${src})(?![\\w])`;
    re = new RegExp(src, opts.has('i') ? 'gi' : 'g');
  } catch {
    return w.err(`grep: Unmatched ( or \\(`, 2).done();
  }
  let count = 0;
  const texts = inputs('grep', rest, ctx, w);
  const errored = w.code !== 0;
  for (const { name, text } of texts) {
    const named = rest.length > 1 && !opts.has('h');
    const prefix = named ? `${name}:` : '';
    const lines = linesOf(text);
    const hits = lines.map((line) => {
      re.lastIndex = 0;
      return re.test(line) !== opts.has('v');
    });
    const found = hits.filter(Boolean).length;
    if (!opts.has('c') && !opts.has('q')) {
      if (opts.has('o') && !opts.has('v')) {
        lines.forEach((line, n) => {
          if (hits[n]) for (const m of line.matchAll(re)) if (m[0]) w.out(`${prefix}${m[0]}\n`);
        });
      } else writeWithContext(w, lines, hits, context, named ? name : undefined, opts.has('n'), count > 0);
    }
    count += found;
    if (opts.has('c') && !opts.has('q')) w.out(`${prefix}${found}\n`);
  }
  w.code = errored && !(opts.has('q') && count) ? 2 : count ? 0 : 1;
  return w.done();
};

/**
 * Matching lines with their context as GNU grep prints them: `name:` / `N:` on a match, `name-` /
 * `N-` on a context line, `--` between groups that do not touch (also across files).
 */
function writeWithContext(w: StreamWriter, lines: string[], hits: boolean[], context: { A: number; B: number }, name: string | undefined, numbered: boolean, earlier: boolean): void {
  const show = new Array<boolean>(lines.length).fill(false);
  hits.forEach((hit, n) => {
    if (!hit) return;
    for (let k = Math.max(0, n - context.B); k <= Math.min(lines.length - 1, n + context.A); k++) show[k] = true;
  });
  const grouped = context.A > 0 || context.B > 0;
  let last = earlier ? -2 : -1;
  show.forEach((shown, n) => {
    if (!shown) return;
    if (grouped && last !== -1 && n !== last + 1) w.out('--\n');
    const sep = hits[n] ? ':' : '-';
    w.out(`${name !== undefined ? name + sep : ''}${numbered ? `${n + 1}${sep}` : ''}${lines[n]}\n`);
    last = n;
  });
}
