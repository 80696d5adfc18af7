/**
 * `sed`: GNU sed 4.9's or busybox's, over its host's files: addresses (N, $, /re/, ranges, !), the
 * s command with g/p/N/I, y, d, p, q and =, the text commands a, i and c, the hold space (h, H, g, G,
 * x), -n, -e, -E/-r and -i. Other sed commands are said to be missing.
 */
import { StreamWriter } from '../streams';
import { BUSYBOX_BANNER } from './busybox';
import { inputs, type Flavor, type Util, type UtilCtx } from './context';
import { bracketEnd, sedRegExp, type RegexSyntax } from './sed-regex';

type Address = { line: number } | { last: true } | { re: RegExp };

interface Command {
  from?: Address;
  to?: Address;
  negate: boolean;
  /** Inside its range (a range's state lives with the command). */
  active: boolean;
  op: 'd' | 'p' | 'q' | '=' | Hold | { s: RegExp; replace: ReplacePart[]; global: boolean; nth: number; print: boolean } | { block: Command[] } | { text: string; put: 'a' | 'i' | 'c' } | { y: Map<string, string> };
  exit?: number;
}

type ReplacePart = string | { group: number };

/** The hold space commands: h and H copy or append the pattern space to it, g and G back, x swaps them. */
type Hold = 'h' | 'H' | 'g' | 'G' | 'x';

/** The pattern space, the hold space and the text `a` queued for the end of the cycle. */
interface Spaces {
  line: string;
  hold: string;
  appended: string[];
}

/** A script problem: GNU says where it stopped (`char N`), busybox only what. */
class SedError {
  constructor(
    readonly gnu: string,
    readonly busybox: string,
    readonly at: number,
  ) {}
}

const UNSUPPORTED = "the playground's sed runs the s, y, d, p, q, =, a, i, c, h, H, g, G and x commands";

const BUSYBOX_USAGE = `${BUSYBOX_BANNER}Usage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n`;

/** Parse one expression (the text of one -e) into commands. */
function parseScript(src: string, syntax: RegexSyntax, flavor: Flavor): Command[] {
  let i = 0;
  const blank = () => {
    while (i < src.length && /[ \t]/.test(src[i])) i++;
  };
  // text up to an unescaped delimiter; `\delim` stands for the delimiter itself
  const delimited = (delim: string, what: 'address' | 's'): string => {
    let out = '';
    while (i < src.length && src[i] !== delim) {
      if (src[i] === '[') {
        const end = bracketEnd(src, i);
        out += src.slice(i, end);
        i = end;
        continue;
      }
      if (src[i] === '\\' && i + 1 < src.length) {
        out += src[i + 1] === delim ? delim : src.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (src[i] === '\n' && what === 's') break;
      out += src[i++];
    }
    if (src[i] !== delim) {
      throw what === 'address' ? new SedError('unterminated address regex', `unmatched '${delim}'`, src.length) : new SedError("unterminated `s' command", `unmatched '${delim}'`, src.length);
    }
    i++;
    return out;
  };
  const regex = (text: string, flags: string, at: number): RegExp => {
    const r = sedRegExp(text, syntax, flags);
    if (typeof r === 'string') throw new SedError(r, `bad regex '${text}': ${r}`, at);
    return r;
  };
  const address = (): Address | undefined => {
    const m = /^\d+/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return { line: Number(m[0]) };
    }
    if (src[i] === '$') {
      i++;
      return { last: true };
    }
    if (src[i] === '/' || (src[i] === '\\' && i + 1 < src.length)) {
      const delim = src[i] === '/' ? '/' : src[i + 1];
      i += src[i] === '/' ? 1 : 2;
      const text = delimited(delim, 'address');
      let flags = '';
      if (src[i] === 'I') {
        flags = 'i';
        i++;
      }
      return { re: regex(text, flags, i) };
    }
    return undefined;
  };
  // a, i, c: `a\` and lines (a backslash before a newline goes on), or GNU's one-liner `a text`; the text ends its line
  const text = (): string => {
    blank();
    if (src[i] === '\\') {
      i++;
      if (src[i] === '\n') i++;
    } else if (i >= src.length && flavor === 'gnu') throw new SedError(`expected \\ after \`a', \`c' or \`i'`, '', i);
    let out = '';
    while (i < src.length && src[i] !== '\n') {
      if (src[i] === '\\' && i + 1 < src.length) i++;
      out += src[i++];
    }
    return out;
  };
  // y/from/to/: GNU wants both the same length; busybox pairs them as far as the shorter goes
  const transliteration = (): Map<string, string> => {
    const delim = src[i++];
    if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError("unterminated `y' command", `unmatched '${delim ?? ''}'`, src.length);
    const unescape = (t: string) => t.replace(/\\([n\\])/g, (_, x: string) => (x === 'n' ? '\n' : '\\'));
    const from = [...unescape(delimited(delim, 's'))];
    const to = [...unescape(delimited(delim, 's'))];
    if (from.length !== to.length && flavor === 'gnu') throw new SedError("strings for `y' command are different lengths", '', i);
    return new Map(from.slice(0, to.length).map((f, k) => [f, to[k]]));
  };
  // commands up to the end, or to the `}` that closes a block
  const list = (inBlock: boolean): Command[] => {
    const cmds: Command[] = [];
    for (;;) {
      while (i < src.length && /[ \t\n;]/.test(src[i])) i++;
      if (i >= src.length) {
        if (inBlock) throw new SedError("unmatched `{'", 'unmatched {', 0);
        return cmds;
      }
      if (src[i] === '}' && inBlock) {
        i++;
        return cmds;
      }
      const cmd: Command = { negate: false, active: false, op: 'p' };
      cmd.from = address();
      if (cmd.from && src[i] === ',') {
        i++;
        cmd.to = address();
        if (!cmd.to) throw new SedError("unexpected `,'", 'unexpected ,', i);
      }
      blank();
      if (src[i] === '!') {
        cmd.negate = true;
        i++;
        blank();
      }
      const c = src[i++];
      if (c === undefined) throw new SedError('missing command', 'missing command', src.length);
      if (c === 'd' || c === 'p' || c === '=' || c === 'h' || c === 'H' || c === 'g' || c === 'G' || c === 'x') cmd.op = c;
      else if (c === 'a' || c === 'i' || c === 'c') {
        cmd.op = { text: text(), put: c };
        cmds.push(cmd);
        continue;
      } else if (c === 'y') cmd.op = { y: transliteration() };
      else if (c === '{') cmd.op = { block: list(true) };
      else if (c === 'q') {
        cmd.op = 'q';
        blank();
        // busybox's q takes no exit code
        if (flavor === 'busybox' && /\d/.test(src[i] ?? '')) throw new SedError('missing command', 'missing command', i);
        const m = /^\d+/.exec(src.slice(i));
        if (m) {
          cmd.exit = Number(m[0]);
          i += m[0].length;
        }
      } else if (c === 's') {
        const delim = src[i++];
        if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError("unterminated `s' command", `unmatched '${delim ?? ''}'`, src.length);
        const pattern = delimited(delim, 's');
        const replacement = delimited(delim, 's');
        let global = false;
        let print = false;
        let nth = 1;
        let flags = '';
        while (i < src.length && !/[;\n} \t]/.test(src[i])) {
          const f = src[i];
          const n = /^\d+/.exec(src.slice(i));
          if (f === 'g') global = true;
          else if (f === 'p') print = true;
          else if (f === 'I' || f === 'i') flags = 'i';
          else if (n) {
            nth = Number(n[0]);
            i += n[0].length;
            continue;
          } else throw new SedError("unknown option to `s'", 'bad option in substitution expression', i + 1);
          i++;
        }
        // busybox's g replaces from the first match whatever number came with it
        if (flavor === 'busybox' && global) nth = 1;
        cmd.op = { s: regex(pattern, flags + 'g', i), replace: replaceParts(replacement), global, nth, print };
      } else if ('NnDPltwrbT}:'.includes(c)) {
        throw new SedError(UNSUPPORTED, UNSUPPORTED, i);
      } else throw new SedError(`unknown command: \`${c}'`, `unsupported command ${c}`, i);
      blank();
      if (i < src.length && !/[;\n}]/.test(src[i])) throw new SedError(`extra characters after command`, `unsupported command ${src[i]}`, i + 1);
      cmds.push(cmd);
    }
  };
  return list(false);
}

/** A replacement: `&` the match, `\1`..`\9` groups, `\n` a newline, `\&` and `\\` themselves. */
function replaceParts(text: string): ReplacePart[] {
  const parts: ReplacePart[] = [];
  let lit = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') {
      parts.push(lit, { group: 0 });
      lit = '';
    } else if (c === '\\' && i + 1 < text.length) {
      const n = text[++i];
      if (/[0-9]/.test(n)) {
        parts.push(lit, { group: Number(n) });
        lit = '';
      } else lit += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else lit += c;
  }
  parts.push(lit);
  return parts.filter((p) => p !== '');
}

function substitute(line: string, op: Extract<Command['op'], { s: RegExp }>): { text: string; done: boolean } {
  let count = 0;
  let done = false;
  let text = '';
  let at = 0;
  let lastEnd = -1;
  op.s.lastIndex = 0;
  for (let m = op.s.exec(line); m; m = op.s.exec(line)) {
    // an empty match right where the last one ended is no match (POSIX: `s/a*/X/g` on "a" is "X")
    if (m[0] === '' && m.index === lastEnd) {
      op.s.lastIndex++;
      if (op.s.lastIndex > line.length) break;
      continue;
    }
    count++;
    const replace = count >= op.nth && (op.global || count === op.nth);
    text += line.slice(at, m.index) + (replace ? op.replace.map((p) => (typeof p === 'string' ? p : (m[p.group] ?? ''))).join('') : m[0]);
    at = m.index + m[0].length;
    lastEnd = at;
    done ||= replace;
    if (m[0] === '') op.s.lastIndex++;
    if ((!op.global && count >= op.nth) || op.s.lastIndex > line.length) break;
  }
  return { text: text + line.slice(at), done };
}

function matches(a: Address, line: string, n: number, last: boolean): boolean {
  if ('line' in a) return a.line === n;
  if ('last' in a) return last;
  a.re.lastIndex = 0;
  return a.re.test(line);
}

function selected(cmd: Command, line: string, n: number, last: boolean): boolean {
  let hit: boolean;
  if (!cmd.from) hit = true;
  else if (!cmd.to) hit = matches(cmd.from, line, n, last);
  else if (cmd.active) {
    hit = true;
    // a line-number end at or before the current line ends the range here
    if ('line' in cmd.to ? cmd.to.line <= n : matches(cmd.to, line, n, last)) cmd.active = false;
  } else {
    hit = matches(cmd.from, line, n, last);
    if (hit) cmd.active = 'line' in cmd.to ? cmd.to.line > n : !('last' in cmd.to && last);
  }
  return hit !== cmd.negate;
}

/** Each file of -i starts outside every range. */
function reset(cmds: Command[]): void {
  for (const c of cmds) {
    c.active = false;
    if (typeof c.op === 'object' && 'block' in c.op) reset(c.op.block);
  }
}

/** What each hold space command does to the two spaces. */
const HOLD: Record<Hold, (s: Spaces) => void> = {
  h: (s) => (s.hold = s.line),
  H: (s) => (s.hold += '\n' + s.line),
  g: (s) => (s.line = s.hold),
  G: (s) => (s.line += '\n' + s.hold),
  x: (s) => ([s.line, s.hold] = [s.hold, s.line]),
};

/** Run commands on the pattern space; how the cycle ends: deleted, quit (its status), or on. */
function execute(cmds: Command[], space: Spaces, n: number, last: boolean, emit: (text: string, newline?: boolean) => void): 'deleted' | number | undefined {
  for (const cmd of cmds) {
    if (!selected(cmd, space.line, n, last)) continue;
    const op = cmd.op;
    if (op === 'd') return 'deleted';
    if (op === 'q') return cmd.exit ?? 0;
    if (op === 'p') emit(space.line);
    else if (op === '=') emit(String(n), true);
    else if (typeof op === 'string') HOLD[op](space);
    else if ('text' in op) {
      if (op.put === 'a') space.appended.push(op.text);
      else if (op.put === 'i') emit(op.text, true);
      else {
        // c: the text once, at the end of a range
        if (!cmd.to || !cmd.active || cmd.negate) emit(op.text, true);
        return 'deleted';
      }
    } else if ('y' in op) space.line = [...space.line].map((ch) => op.y.get(ch) ?? ch).join('');
    else if ('block' in op) {
      const end = execute(op.block, space, n, last, emit);
      if (end !== undefined) return end;
    } else {
      const r = substitute(space.line, op);
      space.line = r.text;
      if (r.done && op.print) emit(space.line);
    }
  }
  return undefined;
}

/** Run the commands over one stream of text; returns what it prints and the status `q` ended it with. */
function run(cmds: Command[], text: string, quiet: boolean): { out: string; exit?: number } {
  const lines = text.split('\n');
  const endsWithNewline = lines[lines.length - 1] === '';
  if (endsWithNewline) lines.pop();
  // as GNU sed: a line goes out with its newline, except the input's last line when it had none (until more output follows)
  let out = '';
  let owed = false;
  const emit = (s: string, newline: boolean) => {
    out += (owed ? '\n' : '') + s + (newline ? '\n' : '');
    owed = !newline;
  };
  const space: Spaces = { line: '', hold: '', appended: [] };
  for (let k = 0; k < lines.length; k++) {
    const last = k === lines.length - 1;
    const newline = !last || endsWithNewline;
    space.line = lines[k];
    const end = execute(cmds, space, k + 1, last, (text, nl = newline) => emit(text, nl));
    if (end !== 'deleted' && !quiet) emit(space.line, newline);
    // what `a` queued goes out at the end of the cycle, whatever ended it
    for (const t of space.appended) emit(t, true);
    space.appended = [];
    if (typeof end === 'number') return { out, exit: end };
  }
  return { out };
}

function problem(w: StreamWriter, flavor: Flavor, e: SedError, expr: number): void {
  w.err(flavor === 'gnu' ? `sed: -e expression #${expr}, char ${e.at}: ${e.gnu}` : `sed: ${e.busybox}`);
}

export const sed: Util = (args, ctx: UtilCtx) => {
  const w = new StreamWriter();
  const gnu = ctx.flavor === 'gnu';
  const scripts: string[] = [];
  const files: string[] = [];
  let quiet = false;
  let inPlace = false;
  let syntax: RegexSyntax = 'basic';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-e' || a === '--expression') {
      if (args[i + 1] === undefined) return w.err(gnu ? "sed: option requires an argument -- 'e'\n" + GNU_USAGE : BUSYBOX_USAGE).done();
      scripts.push(args[++i]);
    } else if (a.startsWith('--expression=')) scripts.push(a.slice(13));
    else if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
    else if (a === '-E' || a === '-r' || a === '--regexp-extended') syntax = 'extended';
    else if (a === '-i' || a.startsWith('--in-place')) inPlace = true;
    else if (/^-[nErsi]+$/.test(a)) {
      if (a.includes('n')) quiet = true;
      if (a.includes('E') || a.includes('r')) syntax = 'extended';
      if (a.includes('i')) inPlace = true;
    } else if (a.startsWith('-i')) inPlace = true;
    else if (a.startsWith('-') && a !== '-') return w.err(gnu ? `sed: invalid option -- '${a[1]}'\n${GNU_USAGE}` : BUSYBOX_USAGE).done();
    else files.push(a);
  }
  if (!scripts.length) {
    const s = files.shift();
    if (s === undefined) return w.err(gnu ? GNU_USAGE : BUSYBOX_USAGE, 1).done();
    scripts.push(s);
  }
  const cmds: Command[] = [];
  for (const [k, s] of scripts.entries()) {
    try {
      cmds.push(...parseScript(s, syntax, ctx.flavor));
    } catch (e) {
      if (!(e instanceof SedError)) throw e;
      problem(w, ctx.flavor, e, k + 1);
      return w.done();
    }
  }
  if (inPlace) {
    if (!files.length) return w.err(gnu ? 'sed: no input files' : 'sed: -i requires an argument', gnu ? 4 : 1).done();
    for (const f of files) {
      const r = ctx.read(f);
      if (typeof r !== 'string') {
        w.err(gnu ? `sed: can't read ${f}: No such file or directory` : `sed: ${f}: No such file or directory`, gnu ? 2 : 1);
        continue;
      }
      reset(cmds);
      const res = run(cmds, r, quiet);
      ctx.write(f, res.out);
      if (res.exit !== undefined) return Object.assign(w.done(), res.exit ? { code: res.exit } : {});
    }
    return w.done();
  }
  const texts = gnu
    ? files.length
      ? files.flatMap((f) => {
          const r = f === '-' ? (ctx.stdin ?? '') : ctx.read(f);
          if (typeof r === 'string') return [r];
          w.err(`sed: can't read ${f}: ${r.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}`, 2);
          return [];
        })
      : [ctx.stdin ?? '']
    : inputs('sed', files, ctx, w).map((x) => x.text);
  const res = run(cmds, joinInputs(texts), quiet);
  w.out(res.out);
  if (res.exit) w.code = res.exit;
  return w.done();
};

/** Files read one after another as one stream: a file without a final newline still ends its line. */
function joinInputs(texts: string[]): string {
  return texts.map((t, k) => (k < texts.length - 1 && t && !t.endsWith('\n') ? t + '\n' : t)).join('');
}

/** The first line of GNU sed's usage text (it goes on with the option list, which the playground leaves out). */
const GNU_USAGE = 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n';
