/** grep [-i] [-v] [-c] [-n] [-E|-F] [-w] [-o] [-q] [-h] [-e PATTERN] PATTERN [FILE...]: exit 1 when nothing matches. */
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

export const grep: Util = (args, ctx) => {
  const w = new StreamWriter();
  const usage = ctx.flavor === 'busybox' ? BUSYBOX_USAGE : GNU_USAGE;
  const opts = new Set<string>();
  const rest: string[] = [];
  let pattern: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-e') pattern = args[++i];
    else if (/^-[ivcnEFwoqhs]+$/.test(a)) for (const f of a.slice(1)) opts.add(f);
    else if (a.startsWith('-') && a !== '-') return w.err(`grep: invalid option -- '${a.slice(1, 2)}'\n${usage}`, 2).done();
    else rest.push(a);
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
    const prefix = rest.length > 1 && !opts.has('h') ? `${name}:` : '';
    let hits = 0;
    linesOf(text).forEach((line, n) => {
      re.lastIndex = 0;
      const hit = re.test(line) !== opts.has('v');
      if (!hit) return;
      hits++;
      if (opts.has('c') || opts.has('q')) return;
      if (opts.has('o') && !opts.has('v')) {
        for (const m of line.matchAll(re)) if (m[0]) w.out(`${prefix}${m[0]}\n`);
        return;
      }
      w.out(`${prefix}${opts.has('n') ? `${n + 1}:` : ''}${line}\n`);
    });
    count += hits;
    if (opts.has('c') && !opts.has('q')) w.out(`${prefix}${hits}\n`);
  }
  w.code = errored && !(opts.has('q') && count) ? 2 : count ? 0 : 1;
  return w.done();
};
