/**
 * `kubectl explain --output=plaintext-openapiv2`: the explain of kubectl's pkg/explain, which reads
 * the server's /openapi/v2 models (kube-openapi's util/proto) instead of the v3 documents. The models
 * are built here from the generated schema as the served v2 presents it: a property that names a
 * definition is a reference carrying the field's description, arrays and maps carry theirs and
 * wrap an item without one, the scalar definitions (Quantity, IntOrString, Time, MicroTime) are
 * strings, a value of any type an object without properties (a map of anything, which proto
 * describes with the map's description).
 */
import { SCALAR_DEFS } from '../../../sim/apiserver/schema/scalars';
import type { PropSchema, Schema } from '../../../sim/apiserver/schema/types';
import { KubectlError } from '../../errors';

/** kube-openapi's proto.Schema kinds, as far as explain visits them. */
type Model =
  | { is: 'kind'; desc: string; def: string }
  | { is: 'ref'; desc: string; ref: string; to: () => Model }
  | { is: 'array'; desc: string; sub: Model }
  | { is: 'map'; desc: string; sub: Model }
  | { is: 'primitive'; desc: string; type: string }
  | { is: 'arbitrary'; desc: string };

const PRIMITIVES: Record<string, string> = { string: 'string', bytes: 'string', int32: 'integer', int64: 'integer', float64: 'number', bool: 'boolean' };

class Models {
  constructor(
    private readonly schema: Schema,
    private readonly docs: Record<string, string>,
  ) {}

  definition(id: string): Model {
    return { is: 'kind', desc: this.docs[id] ?? '', def: id };
  }

  /** A property's model; `desc` is the field's description (items and map values have none). */
  property(p: PropSchema, desc: string): Model {
    // the served v2's scalar definitions are strings
    const scalar = Object.hasOwn(SCALAR_DEFS, p.t) ? SCALAR_DEFS[p.t as keyof typeof SCALAR_DEFS] : undefined;
    if (scalar) return { is: 'ref', desc, ref: scalar.id, to: () => ({ is: 'primitive', desc: scalar.description, type: 'string' }) };
    if (PRIMITIVES[p.t]) return { is: 'primitive', desc, type: PRIMITIVES[p.t] };
    if (p.t === 'ref' && p.r && this.schema.defs[p.r]) return { is: 'ref', desc, ref: p.r, to: () => this.definition(p.r!) };
    if (p.t === 'array') return { is: 'array', desc, sub: p.it ? this.property(p.it, '') : { is: 'arbitrary', desc: '' } };
    if (p.t === 'map') return { is: 'map', desc, sub: p.it ? this.property(p.it, '') : { is: 'arbitrary', desc: '' } };
    // a value of any type is an object without properties: a map whose values are anything, described as the map is
    return { is: 'map', desc, sub: { is: 'arbitrary', desc } };
  }

  /** The fields of a definition, in key order. */
  fields(id: string): { name: string; model: Model; required: boolean }[] {
    const def = this.schema.defs[id];
    return Object.keys(def.p)
      .sort()
      .map((name) => ({ name, model: this.property(def.p[name], this.docs[`${id}.${name}`] ?? ''), required: (def.req ?? []).includes(name) }));
  }
}

/** proto's typeName visitor: `Object` for a kind, the primitive's type, `[]` and `map[string]` prefixes, nothing for anything. */
function typeName(m: Model): string {
  switch (m.is) {
    case 'kind':
      return 'Object';
    case 'ref':
      return typeName(m.to());
    case 'array':
      return `[]${typeName(m.sub)}`;
    case 'map':
      return `map[string]${typeName(m.sub)}`;
    case 'primitive':
      return m.type;
    default:
      return '';
  }
}

/** What Go's unicode.IsSpace accepts (strings.Fields, strings.TrimSpace). */
const SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const FIELDS = new RegExp(`[${SPACE}]+`);
const TRIM = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');
const BULLET = /^(\d+\.?|-|\*)[\t\n\f\r ]/;
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** pkg/explain's wrapString: words joined up to `wrap` bytes; code blocks, empty lines, lists and lines after a colon kept. */
function wrapString(text: string, wrap: number): string[] {
  const wrapped: string[] = [];
  let words: string[] = [];
  let lastWord = '';
  const flush = () => {
    if (words.length) {
      lastWord = '';
      wrapped.push(words.join(' '));
      words = [];
    }
  };
  for (const str of text.split('\n')) {
    if (str.startsWith('    ')) {
      flush();
      wrapped.push(str);
      continue;
    }
    const trimmed = str.replace(TRIM, '');
    if (wrapped.length > 0 && trimmed.length === 0) {
      flush();
      wrapped.push('');
      continue;
    }
    if (lastWord.endsWith(':') || trimmed.length === 0 || BULLET.test(trimmed)) flush();
    for (const word of str.split(FIELDS).filter(Boolean)) {
      lastWord = word;
      if (words.length && bytes([...words, word].join(' ')) > wrap) flush();
      words.push(word);
    }
  }
  flush();
  return wrapped;
}

/** pkg/explain's Formatter: lines indented by `indent`, wrapped text at 80 columns. */
class Formatter {
  constructor(
    private readonly lines: string[],
    private readonly indentLevel = 0,
  ) {}

  indent(n: number): Formatter {
    return new Formatter(this.lines, this.indentLevel + n);
  }

  write(s: string): void {
    // an empty line is not indented; a string holding newlines is written whole
    this.lines.push(s === '' ? '' : ' '.repeat(this.indentLevel) + s);
  }

  writeWrapped(s: string): void {
    for (const line of wrapString(s, 80 - this.indentLevel)) this.write(line);
  }
}

function printDescription(w: Formatter, collected: string[], own: string): void {
  w.write('DESCRIPTION:');
  const all = [...collected, own];
  let empty = true;
  all.forEach((desc, i) => {
    if (desc === '') return;
    empty = false;
    // the separating empty line counts the skipped descriptions too
    if (i !== 0) w.write('');
    w.indent(5).writeWrapped(desc);
  });
  if (empty) w.indent(5).writeWrapped('<empty>');
}

function printFields(w: Formatter, models: Models, m: Model, recursive: boolean, visited: Set<string>): void {
  if (m.is === 'ref') {
    if (recursive) {
      // a definition already being printed is not entered again
      if (visited.has(m.ref)) return;
      visited.add(m.ref);
      printFields(w, models, m.to(), recursive, visited);
      visited.delete(m.ref);
      return;
    }
    printFields(w, models, m.to(), recursive, visited);
  } else if (m.is === 'array' || m.is === 'map') {
    printFields(w, models, m.sub, recursive, visited);
  } else if (m.is === 'kind') {
    for (const f of models.fields(m.def)) {
      if (recursive) {
        w.write(`${f.name}\t<${typeName(f.model)}>`);
        printFields(w.indent(3), models, f.model, recursive, visited);
      } else {
        w.write(`${f.name}\t<${typeName(f.model)}>${f.required ? ' -required-' : ''}`);
        w.indent(2).writeWrapped(f.model.desc);
        w.write('');
      }
    }
  }
}

/** fieldLookup: follow the path through kinds, references, arrays and maps; a primitive ends the walk early. */
function lookup(models: Models, root: Model, path: string[]): Model {
  let m = root;
  let rest = path;
  for (;;) {
    if (m.is === 'primitive' || m.is === 'arbitrary') return m;
    if (rest.length === 0) return m;
    if (m.is === 'kind') {
      const f = models.fields(m.def).find((x) => x.name === rest[0]);
      if (!f) throw new KubectlError(`field "${rest[0]}" does not exist`);
      rest = rest.slice(1);
      m = f.model;
    } else m = m.is === 'ref' ? m.to() : m.sub;
  }
}

/** The explain of definition `defId` (the kind `kind` of `groupVersion`) down `path`. */
export function explainV2(schema: Schema, docs: Record<string, string>, defId: string, kind: string, groupVersion: string, path: string[], recursive: boolean): string {
  const models = new Models(schema, docs);
  const lines: string[] = [];
  const w = new Formatter(lines);
  const name = path.length ? path[path.length - 1] : '';
  let m = lookup(models, models.definition(defId), path);
  let type = '';
  const collected: string[] = [];
  const header = () => {
    w.write(`KIND:     ${kind}`);
    w.write(`VERSION:  ${groupVersion}\n`);
  };
  for (;;) {
    if (m.is === 'ref') {
      collected.push(m.desc);
      m = m.to();
    } else if (m.is === 'array' || m.is === 'map') {
      collected.push(m.desc);
      if (type === '') type = typeName(m);
      m = m.sub;
    } else break;
  }
  header();
  if (m.is === 'kind') {
    if (type === '') type = 'Object';
    if (name) w.write(`RESOURCE: ${name} <${type}>\n`);
    printDescription(w, collected, m.desc);
    w.write('\nFIELDS:');
    printFields(w.indent(3), models, m, recursive, new Set());
  } else if (m.is === 'primitive') {
    if (type === '') type = m.type;
    w.write(`FIELD:    ${name} <${type}>\n`);
    printDescription(w, collected, m.desc);
  } else {
    printDescription(w, collected, m.desc);
  }
  return lines.map((l) => l + '\n').join('');
}
