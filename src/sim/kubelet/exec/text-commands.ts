/** The text commands of the containers' busybox/coreutils: echo, printf, head, tail, grep, wc, base64, seq, sort, cut, tr. */
import { decodeBase64, encodeBase64 } from '../../base64';
import type { CmdCtx, Command } from './host';
import { gnu, ok, opts, path } from './args';

export const echo: Command = (argv) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes('n')) newline = false;
    if (args[0].includes('e')) escapes = true;
    args = args.slice(1);
  }
  let s = args.join(' ');
  if (escapes) s = s.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  return ok(s + (newline ? '\n' : ''));
};

export const printf: Command = (argv) => {
  const fmt = argv[1] ?? '';
  let k = 2;
  const s = fmt.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/%[sd]/g, () => argv[k++] ?? '');
  return ok(s);
};

function lines(text: string): string[] {
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

function inputOf(c: CmdCtx, args: string[], name: string): { text: string; err?: string } {
  if (!args.length) return { text: c.stdin };
  let text = '';
  for (const a of args) {
    const t = c.host.fs.read(path(c, a));
    if (t === undefined) return { text, err: gnu(c) ? `${name}: cannot open '${a}' for reading: No such file or directory\n` : `${name}: can't open '${a}': No such file or directory\n` };
    text += t;
  }
  return { text };
}

export const headTail = (tail: boolean): Command => (argv, c) => {
  const norm = argv.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const { values, args } = opts(norm, ['n', 'c']);
  const n = Number(values.n ?? 10);
  const { text, err } = inputOf(c, args, tail ? 'tail' : 'head');
  if (err) return { out: '', err, code: 1 };
  const l = lines(text);
  const pick = tail ? l.slice(Math.max(0, l.length - n)) : l.slice(0, n);
  return ok(pick.map((x) => x + '\n').join(''));
};

export const grep: Command = (argv, c) => {
  const { flags, args } = opts(argv, ['e']);
  const [pat, ...files] = args;
  if (pat === undefined) return { out: '', err: 'Usage: grep [-HhnlLoqvsriwFE] PATTERN [FILE]...\n', code: 2 };
  const { text, err } = inputOf(c, files, 'grep');
  let re: RegExp;
  try {
    re = new RegExp(flags.has('F') ? pat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pat, flags.has('i') ? 'i' : '');
  } catch {
    re = new RegExp(pat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  const hits = lines(text).filter((l) => re.test(l) !== flags.has('v'));
  if (flags.has('c')) return { out: `${hits.length}\n`, code: hits.length ? 0 : 1 };
  if (flags.has('q')) return { out: '', code: hits.length ? 0 : 1 };
  return { out: hits.map((h) => h + '\n').join(''), err, code: hits.length ? 0 : 1 };
};

export const wc: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const { text, err } = inputOf(c, args, 'wc');
  if (err) return { out: '', err, code: 1 };
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter(Boolean).length;
  const ch = text.length;
  const name = args[0] ? ` ${args[0]}` : '';
  if (flags.has('l')) return ok(`${l}${name}\n`);
  if (flags.has('w')) return ok(`${w}${name}\n`);
  if (flags.has('c')) return ok(`${ch}${name}\n`);
  return ok(`${String(l).padStart(7)} ${String(w).padStart(7)} ${String(ch).padStart(7)}${name}\n`);
};

export const base64: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const { text } = inputOf(c, args, 'base64');
  if (flags.has('d')) {
    try {
      return ok(decodeBase64(text));
    } catch {
      return { out: '', err: 'base64: invalid input\n', code: 1 };
    }
  }
  return ok(encodeBase64(text) + '\n');
};

/** The most lines `seq` prints: more would be minutes of real output and megabytes of memory. */
const MAX_SEQ_LINES = 100_000;

export const seq: Command = (argv) => {
  const n = argv.slice(1).map(Number);
  const [from, to] = n.length === 1 ? [1, n[0]] : [n[0], n[1]];
  let out = '';
  let i = from;
  for (; i <= to && i - from < MAX_SEQ_LINES; i++) out += `${i}\n`;
  if (i <= to) return { out, err: `seq: stopped after ${MAX_SEQ_LINES} lines (the playground's output limit)\n`, code: 1 };
  return ok(out);
};

export const sortCmd: Command = (argv, c) => {
  const { flags, args } = opts(argv);
  const l = lines(inputOf(c, args, 'sort').text).sort();
  if (flags.has('r')) l.reverse();
  return ok(l.map((x) => x + '\n').join(''));
};

export const cut: Command = (argv, c) => {
  const { values, args } = opts(argv, ['d', 'f', 'c']);
  const d = values.d ?? '\t';
  const f = Number(values.f ?? 1) - 1;
  return ok(lines(inputOf(c, args, 'cut').text).map((l) => (l.split(d)[f] ?? '') + '\n').join(''));
};

export const tr: Command = (argv, c) => {
  const [a, b] = argv.slice(1).filter((x) => !x.startsWith('-'));
  if (argv.includes('-d')) return ok(c.stdin.split('').filter((ch) => !(argv[2] ?? '').includes(ch)).join(''));
  return ok(c.stdin.split('').map((ch) => (a?.includes(ch) ? (b?.[a.indexOf(ch)] ?? ch) : ch)).join(''));
};
