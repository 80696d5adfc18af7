/** The line utilities: cat, wc, sort, cut, tr, seq. */
import { StreamWriter } from '../streams';
import { inputs, linesOf, type Util } from './context';

export const cat: Util = (args, ctx) => {
  const w = new StreamWriter();
  const files = args.filter((a) => a === '-' || !a.startsWith('-'));
  for (const t of inputs('cat', files, ctx, w)) w.out(t.text);
  return w.done();
};

/**
 * wc: counts in the order lines, words, characters, bytes. GNU right-aligns several counts of stdin
 * in 7 columns and of files to the widest number; busybox pads every count to 9 columns; a single
 * count of one input prints bare in both. `-m` counts characters: bytes in GNU's C locale (a
 * container's default), UTF-8 characters in busybox.
 */
export const wc: Util = (args, ctx) => {
  const w = new StreamWriter();
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of args) {
    if (/^-[lwcm]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else if (Object.hasOwn(LONG_COUNTS, a)) flags.add(LONG_COUNTS[a]);
    else files.push(a);
  }
  const want = flags.size ? COUNTS.filter((f) => flags.has(f)) : (['l', 'w', 'c'] as const);
  const texts = inputs('wc', files, ctx, w);
  const rows = texts.map((t) => {
    const bytes = new TextEncoder().encode(t.text).length;
    const c = { l: (t.text.match(/\n/g) ?? []).length, w: t.text.split(/\s+/).filter(Boolean).length, m: ctx.flavor === 'busybox' ? [...t.text].length : bytes, c: bytes };
    return { nums: want.map((f) => c[f]), name: files.length ? t.name : '' };
  });
  if (rows.length > 1) rows.push({ nums: want.map((_, k) => rows.reduce((s, r) => s + r.nums[k], 0)), name: 'total' });
  const bare = want.length === 1 && rows.length <= 1;
  const gnuWidth = bare ? 1 : files.length ? Math.max(1, ...rows.flatMap((r) => r.nums.map((n) => String(n).length))) : 7;
  const width = ctx.flavor === 'busybox' ? (bare ? 1 : 9) : gnuWidth;
  for (const r of rows) w.out(r.nums.map((n) => String(n).padStart(width)).join(' ') + (r.name ? ` ${r.name}` : '') + '\n');
  return w.done();
};

const COUNTS = ['l', 'w', 'm', 'c'] as const;
const LONG_COUNTS: Record<string, (typeof COUNTS)[number]> = { '--lines': 'l', '--words': 'w', '--chars': 'm', '--bytes': 'c' };

/** sort [-r] [-n] [-u] [FILE...]: byte order, as in the C locale. */
export const sort: Util = (args, ctx) => {
  const w = new StreamWriter();
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of args) {
    if (/^-[rnu]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
    else files.push(a);
  }
  let lines = inputs('sort', files, ctx, w).flatMap((t) => linesOf(t.text));
  const num = (s: string) => Number(/^\s*-?\d*\.?\d*/.exec(s)?.[0]) || 0;
  lines.sort((a, b) => (flags.has('n') ? num(a) - num(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0));
  if (flags.has('u')) lines = lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
  if (flags.has('r')) lines.reverse();
  return w.out(lines.map((x) => x + '\n').join('')).done();
};

/** A cut list (`2`, `1,3`, `2-`, `-3`, `2-4`): whether a 1-based position is in it. */
function inList(list: string): ((n: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  for (const r of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(r);
    if (!m || (!m[1] && !m[3])) return undefined;
    const from = m[1] ? Number(m[1]) : 1;
    ranges.push([from, m[2] ? (m[3] ? Number(m[3]) : Infinity) : from]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

/** cut -f LIST [-d DELIM] [-s] | -c LIST: a line without the delimiter is printed whole (unless -s). */
export const cut: Util = (args, ctx) => {
  const w = new StreamWriter();
  let delim = '\t';
  let fields: string | undefined;
  let chars: string | undefined;
  let only = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (flag: string) => (a === flag ? (args[++i] ?? '') : a.slice(2));
    if (a.startsWith('-d')) delim = value('-d');
    else if (a.startsWith('-f')) fields = value('-f');
    else if (a.startsWith('-c')) chars = value('-c');
    else if (a === '-s') only = true;
    else files.push(a);
  }
  const list = fields ?? chars;
  const keep = list === undefined ? undefined : inList(list);
  if (!keep) return w.err(list === undefined ? 'cut: you must specify a list of bytes, characters, or fields' : `cut: invalid field value '${list}'`).done();
  for (const t of inputs('cut', files, ctx, w)) {
    for (const line of linesOf(t.text)) {
      if (chars !== undefined) w.out([...line].filter((_, k) => keep(k + 1)).join('') + '\n');
      else if (!line.includes(delim)) {
        if (!only) w.out(line + '\n');
      } else w.out(line.split(delim).filter((_, k) => keep(k + 1)).join(delim) + '\n');
    }
  }
  return w.done();
};

/** A tr set with its ranges (`a-z`) and escapes (`\n`) spelled out. */
function trSet(s: string): string[] {
  const chars = [...s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\')];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      for (let c = chars[i].codePointAt(0)!; c <= chars[i + 2].codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}

/** tr SET1 SET2 | tr -d SET1: reads stdin only. */
export const tr: Util = (args, ctx) => {
  const del = args[0] === '-d';
  const [a, b] = args.filter((x) => !/^-[ds]$/.test(x)).map(trSet);
  const text = [...(ctx.stdin ?? '')];
  if (!a) return new StreamWriter().err('tr: missing operand').done();
  if (del) return new StreamWriter().out(text.filter((ch) => !a.includes(ch)).join('')).done();
  const to = b ?? [];
  return new StreamWriter().out(text.map((ch) => (a.includes(ch) ? (to[Math.min(a.indexOf(ch), to.length - 1)] ?? ch) : ch)).join('')).done();
};

/** The most lines `seq` prints: more would be minutes of real output and megabytes of memory. */
const MAX_SEQ_LINES = 100_000;

/** seq LAST | seq FIRST LAST | seq FIRST INCREMENT LAST. */
export const seq: Util = (args) => {
  const w = new StreamWriter();
  const n = args.map(Number);
  const [from, step, to] = n.length === 1 ? [1, 1, n[0]] : n.length === 2 ? [n[0], 1, n[1]] : [n[0], n[1], n[2]];
  if (!args.length || n.some((x) => !Number.isFinite(x)) || !step) return w.err(args.length ? `seq: invalid floating point argument: '${args.find((a) => !Number.isFinite(Number(a))) ?? args[1]}'` : 'seq: missing operand').done();
  let lines = 0;
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
    if (++lines > MAX_SEQ_LINES) return w.err(`seq: stopped after ${MAX_SEQ_LINES} lines (the playground's output limit)`).done();
    w.out(`${i}\n`);
  }
  return w.done();
};
