import { textWidth } from './tabwriter';

/**
 * YAML output byte-compatible with kubectl's `-o yaml` (sigs.k8s.io/yaml → go-yaml v2 emitter):
 * map keys in go-yaml's natural order, sequences not indented under their key, strings quoted only
 * when they would read back as another type, plain/quoted scalars folded past column 80.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

/** Serialize a JSON-like value as kubectl prints it (ends with a newline). `undefined` members are dropped, as JSON would. */
export function toYaml(value: unknown): string {
  const e = new Emitter();
  e.node(normalize(value), { root: true, sequence: false, mapping: false, simpleKey: false });
  return e.out.join('') + '\n';
}

/** Drop undefined members and functions, the way a JSON round trip does. */
function normalize(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : normalize(x)));
  if (typeof v === 'object') {
    const o: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined && typeof x !== 'function') o[k] = normalize(x);
    return o;
  }
  return null;
}

interface NodeCtx {
  root: boolean;
  sequence: boolean;
  mapping: boolean;
  simpleKey: boolean;
}

type Style = 'plain' | 'single' | 'double' | 'literal';

class Emitter {
  out: string[] = [];
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  private indents: number[] = [];

  node(v: Json, ctx: NodeCtx): void {
    if (Array.isArray(v)) {
      if (v.length === 0) return this.flowEmpty('[', ']');
      this.pushIndent(false, ctx.mapping && !this.indention);
      for (const item of v) {
        this.writeIndent();
        this.indicator('-', true, false, true);
        this.node(item, { root: false, sequence: true, mapping: false, simpleKey: false });
      }
      this.popIndent();
      return;
    }
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).sort(keyCompare);
      if (keys.length === 0) return this.flowEmpty('{', '}');
      this.pushIndent(false, false);
      for (const k of keys) {
        this.writeIndent();
        this.node(k, { root: false, sequence: false, mapping: true, simpleKey: true });
        this.indicator(':', false, false, false);
        this.node(v[k], { root: false, sequence: false, mapping: true, simpleKey: false });
      }
      this.popIndent();
      return;
    }
    this.scalar(v as null | boolean | number | string, ctx);
  }

  private flowEmpty(open: string, close: string): void {
    this.indicator(open, true, true, false);
    this.indicator(close, false, false, false);
  }

  private scalar(v: null | boolean | number | string, ctx: NodeCtx): void {
    let text: string;
    let style: Style = 'plain';
    if (v === null) text = 'null';
    else if (typeof v === 'boolean') text = v ? 'true' : 'false';
    else if (typeof v === 'number') text = formatNumber(v);
    else {
      text = v;
      const a = analyze(text);
      if (text.includes('\n')) style = 'literal';
      else style = resolvesAsString(text) && !isBase60Float(text) ? 'plain' : 'double';
      if (ctx.simpleKey && a.multiline) style = 'double';
      if (style === 'plain') {
        if (!a.blockPlain) style = 'single';
        if (text.length === 0 && ctx.simpleKey) style = 'single';
      }
      if (style === 'single' && !a.singleQuoted) style = 'double';
      if (style === 'literal' && (!a.block || ctx.simpleKey)) style = 'double';
    }
    // a scalar's continuation lines sit one indentation step deeper
    this.pushIndent(true, false);
    const breaks = !ctx.simpleKey;
    if (style === 'plain') this.plain(text, breaks);
    else if (style === 'single') this.single(text, breaks);
    else if (style === 'double') this.double(text, breaks);
    else this.literal(text);
    this.popIndent();
  }

  private pushIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private put(s: string): void {
    this.out.push(s);
    this.column += 1;
  }

  private putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    if (this.column < indent) this.putRun(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }

  private indicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.putRun(ind);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** Write a run of characters that needs no escaping and cannot break. */
  private putRun(s: string): void {
    this.out.push(s);
    this.column += textWidth(s);
  }

  /** Whether a scalar written from the current column can reach a break point (a space past column 80). */
  private mayBreak(text: string, allowBreaks: boolean): boolean {
    return allowBreaks && text.includes(' ') && this.column + textWidth(text) + 3 > BEST_WIDTH;
  }

  private plain(text: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    if (!this.mayBreak(text, allowBreaks)) {
      this.putRun(text);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    const cs = Array.from(text);
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cs[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private single(text: string, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    const doubled = text.replace(/'/g, "''");
    if (!this.mayBreak(doubled, allowBreaks)) {
      this.putRun(doubled);
      this.indicator("'", false, false, false);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    const cs = Array.from(text);
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1 && cs[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else {
        if (c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private double(text: string, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    if (!this.mayBreak(text, allowBreaks) && /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(text)) {
      this.putRun(text);
      this.indicator('"', false, false, false);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    const cs = Array.from(text);
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      const cp = c.codePointAt(0)!;
      if (!isPrintable(cp) || cp === 0xfeff || isBreak(cp) || c === '"' || c === '\\') {
        this.put('\\');
        for (const ch of escapeFor(cp)) this.put(ch);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
          this.writeIndent();
          if (cs[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(text: string): void {
    this.indicator('|', true, false, false);
    const cs = Array.from(text);
    if (cs[0] === ' ' || isBreak(cs[0].codePointAt(0)!)) this.indicator(String(BEST_INDENT), false, false, false);
    const last = cs.length - 1;
    let chomp = '';
    if (!isBreak(cs[last].codePointAt(0)!)) chomp = '-';
    else if (last === 0 || isBreak(cs[last - 1].codePointAt(0)!)) chomp = '+';
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cs) {
      if (isBreak(c.codePointAt(0)!)) {
        this.out.push(c === '\n' ? '\n' : c);
        this.column = 0;
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

/** libyaml's yaml_emitter_analyze_scalar, block context only. */
function analyze(value: string): Analysis {
  // names, images, quantities: nothing to analyze
  if (/^[A-Za-z0-9][A-Za-z0-9_./-]*$/.test(value)) return { multiline: false, blockPlain: true, singleQuoted: true, block: true };
  if (value.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  const cs = Array.from(value);
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWs = true;
  let prevSpace = false;
  let prevBreak = false;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const cp = c.codePointAt(0)!;
    const followedByWs = i + 1 >= cs.length || isBlankz(cs[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWs) blockIndicators = true;
    } else if (c === ':' && followedByWs) blockIndicators = true;
    else if (c === '#' && precededByWs) blockIndicators = true;
    if (!isPrintable(cp)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(cp)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = isBlankz(c);
  }
  const r: Analysis = { multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) r.blockPlain = false;
  if (trailingSpace) r.block = false;
  if (breakSpace) r.blockPlain = r.singleQuoted = false;
  if (spaceBreak || special) r.blockPlain = r.singleQuoted = r.block = false;
  if (lineBreaks) r.blockPlain = false;
  if (blockIndicators) r.blockPlain = false;
  return r;
}

function isBlankz(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\0' || isBreak(c.codePointAt(0)!);
}

function isBreak(cp: number): boolean {
  return cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    cp >= 0x10000
  );
}

function escapeFor(cp: number): string {
  const named: Record<number, string> = {
    0x00: '0',
    0x07: 'a',
    0x08: 'b',
    0x09: 't',
    0x0a: 'n',
    0x0b: 'v',
    0x0c: 'f',
    0x0d: 'r',
    0x1b: 'e',
    0x22: '"',
    0x5c: '\\',
    0x85: 'N',
    0xa0: '_',
    0x2028: 'L',
    0x2029: 'P',
  };
  if (named[cp] !== undefined) return named[cp];
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return 'x' + hex.padStart(2, '0');
  if (cp <= 0xffff) return 'u' + hex.padStart(4, '0');
  return 'U' + hex.padStart(8, '0');
}

const BOOL_NULL = new Set(
  'y Y yes Yes YES true True TRUE on On ON n N no No NO false False FALSE off Off OFF ~ null Null NULL .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF'.split(
    ' ',
  ),
);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const TIMESTAMPS = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
];

/** go-yaml v2 `resolve("", s)` returns the str tag: the string can be printed unquoted. */
function resolvesAsString(s: string): boolean {
  if (s === '') return false;
  const c = s[0];
  const hint = /[0-9]/.test(c) ? 'D' : c === '+' || c === '-' ? 'S' : 'yYnNtTfFoO~'.includes(c) ? 'M' : c === '.' ? '.' : '';
  if (!hint) return true;
  if (BOOL_NULL.has(s)) return false;
  if (hint === 'M') return true;
  if (hint === '.') return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (TIMESTAMPS.some((re) => re.test(s))) return false;
  const plain = s.replace(/_/g, '');
  if (GO_INT.test(plain) || YAML_FLOAT.test(plain)) return false;
  if (/^-0b[01]+$/.test(plain)) return false;
  return true;
}

function isBase60Float(s: string): boolean {
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

/** strconv.FormatFloat(f, 'g', -1, 64) for non-integers (exponent form outside 1e-4..1e6); integers print in full. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) {
    // Go pads the exponent to two digits
    return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(n);
}

/** go-yaml v2's key order: numbers inside keys compare by value, non-letters before letters. */
export function keyCompare(a: string, b: string): number {
  if (a === b) return 0;
  // letters only: the natural order is plain code point order
  if (/^[A-Za-z]+$/.test(a) && /^[A-Za-z]+$/.test(b)) return a < b ? -1 : 1;
  return keyLess(a, b) ? -1 : 1;
}

function isLetter(c: string): boolean {
  return /\p{L}/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function keyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}
