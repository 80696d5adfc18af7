import type { JsonValue } from '../../sim/json';
import { setOwn } from '../../sim/own';
import { textWidth } from './tabwriter';
import { analyze, escapeFor, formatNumber, isBase60Float, isBreak, isPrintable, keyCompare, resolvesAsString } from './yaml-scalars';

export { formatNumber } from './yaml-scalars';

/**
 * YAML output byte-compatible with kubectl's `-o yaml` (sigs.k8s.io/yaml → go-yaml v2 emitter):
 * map keys in go-yaml's natural order, sequences not indented under their key, strings quoted only
 * when they would read back as another type, plain/quoted scalars folded past column 80.
 */

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

/** Serialize a JSON-like value as kubectl prints it (ends with a newline). `undefined` members are dropped, as JSON would. */
export function toYaml(value: unknown): string {
  const e = new Emitter();
  e.node(normalize(value), { root: true, sequence: false, mapping: false, simpleKey: false });
  // the document ends on a new line; a literal block that ends in a line break has already written it
  return e.out.join('') + (e.column === 0 && e.indention ? '' : '\n');
}

/** Drop undefined members and functions, the way a JSON round trip does. */
function normalize(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : normalize(x)));
  if (typeof v === 'object') {
    const o: { [k: string]: JsonValue } = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined && typeof x !== 'function') setOwn(o, k, normalize(x));
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

  node(v: JsonValue, ctx: NodeCtx): void {
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

