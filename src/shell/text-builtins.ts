/** Text builtins that make sense at a kubectl prompt: echo, cat, ls, base64, grep, wc, head, tail. */
import { normalizePath } from '../kubectl/context';
import { decodeBase64Bytes, encodeBase64 } from '../sim/base64';
import { StreamWriter, type Builtin, type BuiltinEnv } from './io';

/** bash's builtin echo: `-n` drops the newline, `-e` interprets backslash escapes. */
export const echo: Builtin = (args) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const f of args[i].slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) text = unescape(text);
  return new StreamWriter().out(text + (newline ? '\n' : '')).done();
};

/** One printf writes at most this much: the workspace is held in memory, as a full tmpfs would refuse more. */
const MAX_PRINTF_BYTES = 8 * 1024 * 1024;

/** A conversion's flags, field width and precision, applied as C's printf does for `%s` and `%d`. */
function pad(body: string, flags: string, width: number, numeric: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(body) ? body[0] : '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width);
}

/**
 * `printf FORMAT [ARG...]` as bash's builtin: `%s`, `%d`/`%i` with flags (`-`, `0`, `+`, space),
 * field width and precision, `%%` and backslash escapes in the format, which is reused while
 * arguments remain; a missing argument is empty (or 0).
 */
export const printf: Builtin = (args) => {
  const w = new StreamWriter();
  if (!args.length) return w.err('printf: usage: printf [-v var] format [arguments]', 2).done();
  const [format, ...rest] = args;
  const fmt = unescape(format);
  let k = 0;
  let text = '';
  do {
    let used = false;
    text += fmt.replace(/%([-0+ ]*)(\d*)(?:\.(\d*))?([%sdi])/g, (spec, flags: string, width: string, precision: string | undefined, conv: string) => {
      if (conv === '%' && spec === '%%') return '%';
      if (conv === '%') {
        w.err("bash: printf: `%': invalid format character");
        return '';
      }
      used = true;
      const arg = rest[k++] ?? '';
      const size = Math.min(Number(width || 0), MAX_PRINTF_BYTES + 1);
      if (conv === 's') return pad(precision === undefined ? arg : arg.slice(0, Number(precision || 0)), flags, size, false);
      const n = arg === '' ? 0 : Number(arg);
      if (!Number.isInteger(n)) {
        w.err(`bash: printf: ${arg}: invalid number`);
        return '0';
      }
      const digits = String(Math.abs(n)).padStart(precision === undefined ? 0 : Number(precision || 0), '0');
      const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      return pad(sign + digits, precision === undefined ? flags : flags.replace(/0/g, ''), size, true);
    });
    if (text.length > MAX_PRINTF_BYTES) return w.err('bash: printf: write error: No space left on device').done();
    if (!used) break;
  } while (k < rest.length);
  return w.out(text).done();
};

function unescape(s: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };
  return s.replace(/\\([ntr\\abefv])/g, (_, c: string) => map[c]);
}

/** Read the named files, or stdin when there are none (or for `-`). */
function inputs(cmd: string, files: string[], env: BuiltinEnv, w: StreamWriter): string[] {
  if (!files.length) return [env.stdin ?? ''];
  const out: string[] = [];
  for (const f of files) {
    if (f === '-') {
      out.push(env.stdin ?? '');
      continue;
    }
    const text = env.fs.read(f);
    if (text === undefined) {
      const isDir = env.fs.list().some((p) => p.startsWith(normalizePath(f).replace(/\/$/, '') + '/'));
      w.err(`${cmd}: ${f}: ${isDir ? 'Is a directory' : 'No such file or directory'}`);
      continue;
    }
    out.push(text);
  }
  return out;
}

export const cat: Builtin = (args, env) => {
  const w = new StreamWriter();
  const files = args.filter((a) => a === '-' || !a.startsWith('-'));
  for (const t of inputs('cat', files, env, w)) w.out(t);
  return w.done();
};

/** `ls [path...]`: the workspace's files (editor tabs in the browser), directories collapsed. */
export const ls: Builtin = (args, env) => {
  const w = new StreamWriter();
  const paths = args.filter((a) => !a.startsWith('-'));
  const all = env.fs.list();
  const show = (dir: string): string[] => {
    const prefix = dir ? dir.replace(/\/$/, '') + '/' : '';
    const names = new Set<string>();
    for (const p of all) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    return [...names].sort();
  };
  const targets = paths.length ? paths : [''];
  for (const t of targets) {
    const norm = normalizePath(t);
    if (t && env.fs.read(t) !== undefined) {
      w.out(t + '\n');
      continue;
    }
    const names = show(norm === '.' ? '' : norm);
    if (t && t !== '.' && !names.length) {
      w.err(`ls: cannot access '${t}': No such file or directory`, 2);
      continue;
    }
    if (targets.length > 1) w.out(`${t}:\n`);
    if (names.length) w.out(names.join('\n') + '\n');
  }
  return w.done();
};

/** GNU base64: wraps encoded output at 76 columns (`-w 0` disables), `-d` decodes. */
export const base64: Builtin = (args, env) => {
  const w = new StreamWriter();
  let decode = false;
  let wrap = 76;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-d' || a === '--decode' || a === '-D') decode = true;
    else if (a === '-w' || a === '--wrap') wrap = Number(args[++i] ?? '76');
    else if (a.startsWith('-w')) wrap = Number(a.slice(2));
    else if (a.startsWith('--wrap=')) wrap = Number(a.slice(7));
    else if (a === '-i' || a === '--ignore-garbage') continue;
    else if (a.startsWith('-') && a !== '-') return w.err(`base64: invalid option -- '${a.replace(/^-+/, '')}'\nTry 'base64 --help' for more information.`).done();
    else files.push(a);
  }
  const [input] = inputs('base64', files.slice(0, 1), env, w);
  if (input === undefined) return w.done();
  if (decode) {
    const clean = input.replace(/\s+/g, '');
    const ok = /^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.length % 4 !== 1;
    const decodable = ok ? clean.slice(0, clean.length - (clean.length % 4)) : clean.replace(/[^A-Za-z0-9+/=].*$/, '');
    const bytes = decodeBase64Bytes(decodable.slice(0, decodable.length - (decodable.length % 4)));
    w.out(new TextDecoder().decode(bytes));
    if (!ok || clean.length % 4 !== 0) w.err('base64: invalid input');
    return w.done();
  }
  const enc = encodeBase64(input);
  const lines = wrap > 0 ? (enc.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []) : [enc];
  w.out(lines.length ? lines.join('\n') + '\n' : enc ? enc + '\n' : '');
  return w.done();
};

/** Lines of a text without the trailing empty one. */
function linesOf(text: string): string[] {
  if (!text) return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

/** grep [-i] [-v] [-c] [-n] [-E|-F] [-w] [-o] [-q] PATTERN [FILE...]; exit 1 when nothing matches. */
export const grep: Builtin = (args, env) => {
  const w = new StreamWriter();
  const opts = new Set<string>();
  const rest: string[] = [];
  let pattern: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-e') pattern = args[++i];
    else if (/^-[ivcnEFwoqh]+$/.test(a)) for (const f of a.slice(1)) opts.add(f);
    else if (a.startsWith('-') && a !== '-') return w.err(`grep: invalid option -- '${a.slice(1, 2)}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.`, 2).done();
    else rest.push(a);
  }
  if (pattern === undefined) pattern = rest.shift();
  if (pattern === undefined) return w.err(`Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.`, 2).done();
  let re: RegExp;
  try {
    let src = opts.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.has('E') ? pattern : basicToExtended(pattern);
    if (opts.has('w')) src = `(?<![\\w])(?:${src})(?![\\w])`;
    re = new RegExp(src, opts.has('i') ? 'gi' : 'g');
  } catch {
    return w.err(`grep: Unmatched ( or \\(`, 2).done();
  }
  let count = 0;
  const texts = inputs('grep', rest, env, w);
  const errored = w.code !== 0;
  texts.forEach((text, k) => {
    const prefix = rest.length > 1 && !opts.has('h') ? `${rest[k]}:` : '';
    linesOf(text).forEach((line, n) => {
      re.lastIndex = 0;
      const hit = re.test(line) !== opts.has('v');
      if (!hit) return;
      count++;
      if (opts.has('c') || opts.has('q')) return;
      if (opts.has('o') && !opts.has('v')) {
        for (const m of line.matchAll(re)) if (m[0]) w.out(`${prefix}${m[0]}\n`);
        return;
      }
      w.out(`${prefix}${opts.has('n') ? `${n + 1}:` : ''}${line}\n`);
    });
  });
  if (opts.has('c')) w.out(`${count}\n`);
  w.code = errored ? 2 : count ? 0 : 1;
  return w.done();
};

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

/** GNU wc: one count prints bare for stdin; several are right-aligned in 7 columns. */
export const wc: Builtin = (args, env) => {
  const w = new StreamWriter();
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of args) {
    if (/^-[lwcm]+$/.test(a)) for (const f of a.slice(1)) flags.add(f === 'm' ? 'c' : f);
    else if (a === '--lines') flags.add('l');
    else if (a === '--words') flags.add('w');
    else if (a === '--bytes' || a === '--chars') flags.add('c');
    else files.push(a);
  }
  const want = flags.size ? ['l', 'w', 'c'].filter((f) => flags.has(f)) : ['l', 'w', 'c'];
  const texts = inputs('wc', files, env, w);
  const counts = texts.map((t) => ({
    l: (t.match(/\n/g) ?? []).length,
    w: t.split(/\s+/).filter(Boolean).length,
    c: new TextEncoder().encode(t).length,
  }));
  const rows = counts.map((c, i) => ({ nums: want.map((f) => c[f as 'l' | 'w' | 'c']), name: files[i] }));
  if (files.length > 1) {
    rows.push({ nums: want.map((_, k) => rows.reduce((s, r) => s + r.nums[k], 0)), name: 'total' });
  }
  const width = want.length === 1 && !files.length ? 1 : files.length ? Math.max(1, ...rows.flatMap((r) => r.nums.map((n) => String(n).length))) : 7;
  for (const r of rows) w.out(r.nums.map((n) => String(n).padStart(width)).join(' ') + (r.name ? ` ${r.name}` : '') + '\n');
  return w.done();
};

/** Parse `-n N`, `-nN`, `-N`, `--lines=N` (with `+N` for tail). */
function lineCount(args: string[]): { n: number; fromStart: boolean; files: string[] } | string {
  let n = 10;
  let fromStart = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    let v: string | undefined;
    if (a === '-n' || a === '--lines') v = args[++i];
    else if (a.startsWith('--lines=')) v = a.slice(8);
    else if (/^-n.+/.test(a)) v = a.slice(2);
    else if (/^-\d+$/.test(a)) v = a.slice(1);
    else if (a.startsWith('-') && a !== '-') return `invalid option -- '${a.slice(1, 2)}'`;
    else {
      files.push(a);
      continue;
    }
    if (v === undefined || !/^[+-]?\d+$/.test(v)) return `invalid number of lines: '${v ?? ''}'`;
    fromStart = v.startsWith('+');
    n = Math.abs(Number(v));
  }
  return { n, fromStart, files };
}

function headTail(name: 'head' | 'tail'): Builtin {
  return (args, env) => {
    const w = new StreamWriter();
    const p = lineCount(args);
    if (typeof p === 'string') return w.err(`${name}: ${p}`).done();
    const texts = inputs(name, p.files, env, w);
    texts.forEach((text, k) => {
      if (p.files.length > 1) w.out(`${k ? '\n' : ''}==> ${p.files[k]} <==\n`);
      const lines = linesOf(text);
      const pick = name === 'head' ? lines.slice(0, p.n) : p.fromStart ? lines.slice(Math.max(0, p.n - 1)) : p.n ? lines.slice(-p.n) : [];
      if (pick.length) w.out(pick.join('\n') + '\n');
    });
    return w.done();
  };
}

export const head = headTail('head');
export const tail = headTail('tail');

