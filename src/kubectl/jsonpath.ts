/**
 * kubectl's JSONPath dialect (client-go util/jsonpath), re-expressed: `{.a.b}`, `{.items[*].x}`,
 * `{range .items[*]}…{end}`, filters `[?(@.k=="v")]`, `..` recursion, slices `[a:b:c]`, unions `[a,b]`,
 * quoted text `{"\n"}` and literal text around actions. Maps and lists print as compact JSON,
 * several results of one action are joined by spaces.
 */
import { formatNumber } from './printers/yaml';

type Node =
  | { t: 'list'; nodes: Node[] }
  | { t: 'text'; text: string }
  | { t: 'field'; name: string }
  | { t: 'array'; params: Param[] }
  | { t: 'filter'; left: Node; right: Node; op: string }
  | { t: 'int'; v: number }
  | { t: 'float'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'union'; nodes: Node[] }
  | { t: 'identifier'; name: string };

interface Param {
  value: number;
  known: boolean;
  derived: boolean;
}

/** A parse or execution failure, with client-go's message. */
export class JsonPathError extends Error {}

const EOF = '';

class Parser {
  pos = 0;
  start = 0;
  width = 0;
  root: { t: 'list'; nodes: Node[] } = { t: 'list', nodes: [] };
  constructor(private input: string) {}

  parse(): Node[] {
    this.parseText(this.root);
    return this.root.nodes;
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const cp = this.input.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.width = ch.length;
    this.pos += this.width;
    return ch;
  }

  private peek(): string {
    const r = this.next();
    this.backup();
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private consume(): string {
    const v = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return v;
  }

  private parseText(cur: { nodes: Node[] }): void {
    for (;;) {
      if (this.input.startsWith('{', this.pos)) {
        if (this.pos > this.start) cur.nodes.push({ t: 'text', text: this.consume() });
        this.pos += 1;
        this.consume();
        const list: { t: 'list'; nodes: Node[] } = { t: 'list', nodes: [] };
        cur.nodes.push(list);
        return this.parseInside(list);
      }
      if (this.next() === EOF) break;
    }
    if (this.pos > this.start) cur.nodes.push({ t: 'text', text: this.consume() });
  }

  private parseInside(cur: { t: 'list'; nodes: Node[] }): void {
    // iterative where the Go code recurses after every token
    for (;;) {
      const rest = this.input.slice(this.pos);
      if (rest.startsWith('}')) {
        this.pos += 1;
        this.consume();
        return this.parseText(this.root);
      }
      if (rest.startsWith('[?(')) {
        this.parseFilter(cur);
        continue;
      }
      if (rest.startsWith('..')) {
        const last = cur.nodes[cur.nodes.length - 1];
        if (last && last.t === 'recursive') throw new JsonPathError('invalid multiple recursive descent');
        this.pos += 2;
        this.consume();
        cur.nodes.push({ t: 'recursive' });
        if (isAlphaNumeric(this.peek())) this.parseField(cur);
        continue;
      }
      const r = this.next();
      if (r === EOF || r === '\r' || r === '\n') throw new JsonPathError('unclosed action');
      if (r === ' ' || r === '@' || r === '$') {
        this.consume();
      } else if (r === '[') {
        this.parseArray(cur);
      } else if (r === '"' || r === "'") {
        this.parseQuote(cur, r);
      } else if (r === '.') {
        this.parseField(cur);
      } else if (r === '+' || r === '-' || isDigit(r)) {
        this.backup();
        this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.backup();
        this.parseIdentifier(cur);
      } else {
        throw new JsonPathError(`unrecognized character in action: ${goRune(r)}`);
      }
    }
  }

  private parseIdentifier(cur: { nodes: Node[] }): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const v = this.consume();
    if (v === 'true' || v === 'false') cur.nodes.push({ t: 'bool', v: v === 'true' });
    else cur.nodes.push({ t: 'identifier', name: v });
  }

  private parseNumber(cur: { nodes: Node[] }): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      const c = this.next();
      if (c !== '.' && !isDigit(c)) {
        this.backup();
        break;
      }
    }
    const v = this.consume();
    if (/^[+-]?\d+$/.test(v)) cur.nodes.push({ t: 'int', v: Number(v) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) cur.nodes.push({ t: 'float', v: Number(v) });
    else throw new JsonPathError(`cannot parse number ${v}`);
  }

  private parseArray(cur: { nodes: Node[] }): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathError('unterminated array');
      if (r === ']') break;
    }
    let text = this.consume();
    text = text.slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      const union: Node[] = parts.map((p) => parseAction(`[${p.trim()}]`));
      cur.nodes.push({ t: 'union', nodes: union });
      return;
    }
    const dict = /^'([^']*)'$/.exec(text);
    if (dict) {
      const inner = parseAction(`.${dict[1]}`) as { nodes: Node[] };
      cur.nodes.push(...inner.nodes);
      return;
    }
    const m = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/.exec(text);
    if (!m) throw new JsonPathError(`invalid array index ${text}`);
    const vals = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const params: Param[] = [];
    for (let i = 0; i < 3; i++) {
      let v = vals[i];
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false });
        else {
          if (!/^-?\d+$/.test(v)) throw new JsonPathError(`array index ${v} is not a number`);
          params.push({ value: Number(v), known: true, derived: false });
        }
      } else if (i === 1) {
        params.push({ value: params[0].value + 1, known: true, derived: true });
      } else {
        params.push({ value: 0, known: false, derived: false });
      }
    }
    cur.nodes.push({ t: 'array', params });
  }

  private parseFilter(cur: { nodes: Node[] }): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')') {
        if (begin === end) break;
      }
    }
    if (this.next() !== ']') throw new JsonPathError('unclosed array expect ]');
    let text = this.consume();
    text = text.slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
    if (!m) cur.nodes.push({ t: 'filter', left: parseAction(text), right: { t: 'list', nodes: [] }, op: 'exists' });
    else cur.nodes.push({ t: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] });
  }

  private parseQuote(cur: { nodes: Node[] }, end: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathError('unterminated quoted string');
      if (r === end && this.input[this.pos - 2] !== '\\') break;
    }
    const v = this.consume();
    cur.nodes.push({ t: 'text', text: unquote(v) });
  }

  private parseField(cur: { nodes: Node[] }): void {
    this.consume();
    for (;;) {
      const r = this.next();
      if (r === '\\') {
        this.next();
        continue;
      }
      if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const v = this.consume();
    if (v === '*') cur.nodes.push({ t: 'wildcard' });
    else cur.nodes.push({ t: 'field', name: v.replace(/\\/g, '') });
  }
}

/** An action's inside parsed as a list (client-go parseAction wraps the text in braces). */
function parseAction(text: string): Node {
  const nodes = new Parser(`{${text}}`).parse();
  return nodes[0];
}

function isTerminator(r: string): boolean {
  return r === EOF || r === ' ' || r === '\t' || r === '\r' || r === '\n' || '.,[]$@{}'.includes(r);
}

function isDigit(r: string): boolean {
  return r !== '' && /\p{Nd}/u.test(r);
}

function isAlphaNumeric(r: string): boolean {
  return r !== '' && (r === '_' || /[\p{L}\p{Nd}]/u.test(r));
}

/** Go's %#U: `U+0023 '#'`. */
function goRune(r: string): string {
  return `U+${r.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

/** strconv-style unquoting of "…" or '…' with Go escapes. */
function unquote(s: string): string {
  const q = s[0];
  const body = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (n in simple) {
      if ((n === '"' && q !== '"') || (n === "'" && q !== "'")) throw new JsonPathError(`unquote string ${s} error invalid syntax`);
      out += simple[n];
    } else if (n === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (n === 'U') {
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16));
      i += 8;
    } else if (/[0-7]/.test(n)) {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      throw new JsonPathError(`unquote string ${s} error invalid syntax`);
    }
  }
  return out;
}

/** A value reached by the evaluator; `undefined` never appears (missing keys yield no value). */
type Value = unknown;

/** A parsed template, reusable across objects. */
export class JsonPath {
  private readonly nodes: Node[];
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: Node | undefined;

  constructor(
    template: string,
    private readonly opts: { allowMissingKeys?: boolean; outputJson?: boolean } = {},
  ) {
    this.nodes = new Parser(template).parse();
  }

  /** Evaluate against data and print as client-go's Execute does. */
  execute(data: unknown): string {
    this.beginRange = this.inRange = this.endRange = 0;
    const results = this.findResults(data, this.nodes);
    return results.map((r) => this.printResults(r)).join('');
  }

  /** The raw results of each top-level action (what custom-columns reads). */
  results(data: unknown): unknown[][] {
    this.beginRange = this.inRange = this.endRange = 0;
    return this.findResults(data, this.nodes);
  }

  /** One result list per top-level node (range bodies flattened). */
  private findResults(data: unknown, nodes: Node[]): Value[][] {
    const full: Value[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const results = this.walk([data], node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) for (const v of results) full.push(...this.findResults(v, rest));
        else this.findResults(null, rest);
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private printResults(results: Value[]): string {
    if (this.opts.outputJson) results = [results];
    return results
      .map((r) => {
        const isJson = Array.isArray(r) || (r !== null && typeof r === 'object');
        if (this.opts.outputJson) return goJson(r, '    ', '') + '\n';
        if (isJson) return goJson(r, '', '');
        return toText(r);
      })
      .join(' ');
  }

  private walk(values: Value[], node: Node): Value[] {
    switch (node.t) {
      case 'list': {
        let cur = values;
        for (const n of node.nodes) cur = this.walk(cur, n);
        return cur;
      }
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(values, node.name);
      case 'array':
        return this.evalArray(values, node.params);
      case 'filter':
        return this.evalFilter(values, node);
      case 'int':
      case 'float':
      case 'bool':
        return values.map(() => (node.t === 'float' ? new GoFloat(node.v) : node.v));
      case 'wildcard':
        return values.flatMap((v) => children(v));
      case 'recursive':
        return this.evalRecursive(values);
      case 'union':
        return node.nodes.flatMap((n) => this.walk(values, n));
      case 'identifier':
        if (node.name === 'range') {
          this.beginRange++;
          return values;
        }
        if (node.name === 'end') {
          if (this.inRange > 0) {
            this.endRange++;
            return [];
          }
          throw new JsonPathError('not in range, nothing to end');
        }
        throw new JsonPathError(`unrecognized identifier ${node.name}`);
    }
  }

  private evalField(values: Value[], name: string): Value[] {
    const out: Value[] = [];
    if (values.length === 0) return out;
    for (const v of values) {
      if (v === null || v === undefined) continue;
      if (typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoFloat) && Object.prototype.hasOwnProperty.call(v, name)) {
        const x = (v as Record<string, unknown>)[name];
        if (x !== undefined) out.push(x);
      }
    }
    if (out.length === 0 && !this.opts.allowMissingKeys) throw new JsonPathError(`${name} is not found`);
    return out;
  }

  private evalArray(values: Value[], params0: Param[]): Value[] {
    const out: Value[] = [];
    for (const v of values) {
      if (v === null || v === undefined) continue;
      if (!Array.isArray(v)) throw new JsonPathError(`${goTypeName(v)} is not array or slice`);
      const p = params0.map((x) => ({ ...x }));
      const len = v.length;
      if (!p[0].known) p[0].value = 0;
      if (p[0].value < 0) p[0].value += len;
      if (!p[1].known) p[1].value = len;
      if (p[1].value < 0 || (p[1].value === 0 && p[1].derived)) p[1].value += len;
      if (p[1].value === p[0].value) return out;
      if (p[0].value >= len || p[0].value < 0) throw new JsonPathError(`array index out of bounds: index ${p[0].value}, length ${len}`);
      if (p[1].value > len || p[1].value < 0) throw new JsonPathError(`array index out of bounds: index ${p[1].value - 1}, length ${len}`);
      if (p[0].value > p[1].value) throw new JsonPathError(`starting index ${p[0].value} is greater than ending index ${p[1].value}`);
      const slice = v.slice(p[0].value, p[1].value);
      let step = 1;
      if (p[2].known) {
        if (p[2].value <= 0) throw new JsonPathError('step must be > 0');
        step = p[2].value;
      }
      for (let i = 0; i < slice.length; i += step) out.push(slice[i]);
    }
    return out;
  }

  private evalRecursive(values: Value[]): Value[] {
    const out: Value[] = [];
    for (const v of values) {
      if (v === null || v === undefined) continue;
      const kids = children(v);
      if (kids.length) {
        out.push(v);
        out.push(...this.evalRecursive(kids));
      }
    }
    return out;
  }

  private evalFilter(values: Value[], node: { left: Node; right: Node; op: string }): Value[] {
    const out: Value[] = [];
    for (const v of values) {
      if (!Array.isArray(v)) throw new JsonPathError(`${goValue(v)} is not array or slice and cannot be filtered`);
      for (const item of v) {
        let lefts: Value[];
        try {
          lefts = this.walk([item], node.left);
        } catch (e) {
          if (node.op === 'exists') continue;
          throw e;
        }
        if (node.op === 'exists') {
          if (lefts.length > 0) out.push(item);
          continue;
        }
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
        const rights = this.walk([item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
        if (compare(lefts[0], rights[0], node.op)) out.push(item);
      }
    }
    return out;
  }
}

/** A float literal from the template (`1.5`), kept apart from ints for Go's typed comparisons. */
class GoFloat {
  constructor(readonly v: number) {}
}

function children(v: Value): Value[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return Array.from(v).map((c) => c.codePointAt(0));
  if (typeof v === 'object' && !(v instanceof GoFloat)) return Object.values(v as object).filter((x) => x !== undefined);
  return [];
}

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid';

function kindOf(v: Value): Kind {
  if (v instanceof GoFloat) return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  return 'invalid';
}

function num(v: Value): number {
  return v instanceof GoFloat ? v.v : (v as number);
}

/** text/template's eq/lt…: same basic kinds only (int and float do not mix). */
function compare(a: Value, b: Value, op: string): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (!['<', '>', '==', '!=', '<=', '>='].includes(op)) throw new JsonPathError(`unrecognized filter operator ${op}`);
  if (ka === 'invalid' || kb === 'invalid') throw new JsonPathError('invalid type for comparison');
  if (ka !== kb) throw new JsonPathError('incompatible types for comparison');
  if (op === '==' || op === '!=') {
    const eq = ka === 'int' || ka === 'float' ? num(a) === num(b) : a === b;
    return op === '==' ? eq : !eq;
  }
  if (ka === 'bool') throw new JsonPathError('invalid type for comparison');
  const x = ka === 'string' ? (a as string) : num(a);
  const y = kb === 'string' ? (b as string) : num(b);
  switch (op) {
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

/** fmt.Fprint of a scalar: numbers as Go prints int64/float64, null as `null`. */
function toText(v: Value): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoFloat) return formatNumber(v.v);
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

/** json.Marshal (compact) or MarshalIndent: sorted keys, HTML-safe escapes. */
export function goJson(v: Value, indent: string, prefix: string): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoFloat) return String(v.v);
  if (typeof v === 'string') return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = prefix + indent;
  const nl = indent ? '\n' : '';
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + nl + v.map((x) => inner + goJson(x, indent, inner)).join(',' + nl) + nl + prefix + ']';
  }
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  if (keys.length === 0) return '{}';
  return '{' + nl + keys.map((k) => inner + goJson(k, indent, inner) + sep + goJson((v as Record<string, unknown>)[k], indent, inner)).join(',' + nl) + nl + prefix + '}';
}

function goTypeName(v: Value): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'map[string]interface {}';
}

function goValue(v: Value): string {
  if (v !== null && typeof v === 'object') return `map[${Object.keys(v).sort().join(' ')}]`;
  return toText(v);
}

/** Parse and run a template in one go (kubectl `-o jsonpath=…`, missing keys allowed by default). */
export function evalJsonPath(template: string, data: unknown, opts: { allowMissingKeys?: boolean; outputJson?: boolean } = {}): string {
  return new JsonPath(template, { allowMissingKeys: opts.allowMissingKeys ?? true, outputJson: opts.outputJson }).execute(data);
}
