/**
 * kubectl's JSONPath dialect (client-go util/jsonpath), re-expressed: `{.a.b}`, `{.items[*].x}`,
 * `{range .items[*]}…{end}`, filters `[?(@.k=="v")]`, `..` recursion, slices `[a:b:c]`, unions `[a,b]`,
 * quoted text `{"\n"}` and literal text around actions. Maps and lists print as compact JSON,
 * several results of one action are joined by spaces.
 */
import { JsonPathError, parseJsonPath, type Node, type Param } from './jsonpath-parser';
import { formatNumber } from './printers/yaml';

export { JsonPathError } from './jsonpath-parser';

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
    this.nodes = parseJsonPath(template);
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
function goJson(v: Value, indent: string, prefix: string): string {
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
