import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { KObject } from '../types';
import { scanJsonStream } from './json-stream';
import { yamlErrorText } from './yaml-errors';
import { defIdForKind } from './schema/schema';
import { v2ValidationErrors } from './schema/v2-validation';

/** One document of a manifest file, with a way back to its source positions (editor markers). */
export interface ManifestDoc {
  obj: KObject;
  /** 0-based index of the document in the file. */
  index: number;
  /** 1-based line where the document starts. */
  line: number;
  /** 1-based line/column of a field, e.g. ['spec', 'containers', 0, 'image']. */
  positionOf(path: (string | number)[]): { line: number; col: number } | undefined;
  /**
   * Set when the document is larger than the API server's request limit (3 MiB): it was not parsed,
   * `obj` holds only apiVersion, kind and metadata.name, and creating it must fail with
   * `requestEntityTooLarge()` (apiserver.ts) as the real server answers 413.
   */
  tooLarge?: boolean;
  /** For an item of a `kind: List`: which List of the file it came from (0-based, counting Lists only). */
  list?: number;
}

/** A file that cannot be turned into objects; `message` is what kubectl prints after `error: `. */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    /** The documents before the failing one: `kubectl create` streams, so it creates them first. */
    readonly docs: ManifestDoc[] = [],
    /** The 1-based file line the message names (`yaml: line N`: go-yaml counts within the document's chunk). */
    readonly named?: number,
  ) {
    super(message);
  }
}

export interface ParseOptions {
  /**
   * kubectl's client-side check (`--validate`, default strict): every document needs apiVersion and kind.
   * Default true.
   */
  validate?: boolean;
  /**
   * With validate: whether a `v1` List's items are checked too (kubectl's schema validation, which
   * `--validate=warn` skips). Default true.
   */
  validateItems?: boolean;
  /** Called with each document kubectl's validator reads (a List whole) once its kind check passed. */
  validated?: (obj: KObject, list: boolean) => void;
}

/** Key set on the stand-in object of a document over the request limit. */
export const TOO_LARGE = '$tooLarge';

/** The API server's request body limit (apiserver `MaxRequestBodyBytes`, 3 MiB). */
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

const STOP_VALIDATE = 'if you choose to ignore these errors, turn validation off with --validate=false';

/** A chunk of the file between `---` separator lines, as kubectl's YAMLReader splits it. */
interface Chunk {
  text: string;
  /** 0-based line of the chunk's first line in the file. */
  firstLine: number;
  /** The JSON error this YAML chunk stands in for: reported instead of the chunk's own YAML error. */
  jsonError?: { error: string; firstLine: number };
}

/**
 * The JSON values of a stream, each a chunk of its own. On a syntax error after at most one value
 * the stream is still ambiguous: apimachinery's YAMLOrJSONDecoder reads the rest (white space up
 * to the first newline eaten) as YAML, and if that fails too it reports the JSON error.
 */
function jsonChunks(text: string, source: string): (Chunk | { error: string; firstLine: number })[] {
  const scan = scanJsonStream(text);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const out: (Chunk | { error: string; firstLine: number })[] = scan.values.map(([start, end]) => {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // pad the value to its column so that positions match the file
    return { text: ' '.repeat(start - lineStart) + text.slice(start, end), firstLine: lineOf(start) };
  });
  if (!scan.error) return out;
  const jsonError = { error: scan.error, firstLine: lineOf(scan.errorAt) };
  // past two values the stream is JSON: the decoder returns encoding/json's error as is, without the offset
  if (scan.values.length > 1) return [...out, { ...jsonError, error: jsonError.error.replace(/^json: offset \d+: /, '') }];
  let rest = scan.values.length ? scan.values[0][1] : 0;
  while (rest < text.length && /\s/.test(text[rest]) && text[rest] !== '\n') rest++;
  if (text[rest] === '\n') rest++;
  let yaml: Chunk[];
  try {
    yaml = splitChunks(text.slice(rest), source).map((c) => ({ ...c, firstLine: c.firstLine + lineOf(rest) }));
  } catch {
    return [...out, jsonError];
  }
  const first = yaml.findIndex((c) => !isBlank(c.text));
  if (first >= 0) yaml[first].jsonError = jsonError;
  return [...out, ...yaml];
}

/** kubectl's YAMLReader: split on lines starting with `---` (only spaces or a comment may follow). */
function splitChunks(text: string, source: string): Chunk[] {
  const chunks: Chunk[] = [];
  const lines = text.split('\n');
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('---')) continue;
    const rest = lines[i].slice(3).trim();
    if (rest && !rest.startsWith('#')) {
      throw new ManifestError(`error parsing ${source}: invalid Yaml document separator: ${rest}`, i + 1);
    }
    chunks.push({ text: lines.slice(start, i).join('\n'), firstLine: start });
    start = i + 1;
  }
  chunks.push({ text: lines.slice(start).join('\n'), firstLine: start });
  return chunks;
}

function isBlank(text: string): boolean {
  return /^\s*$/.test(text.replace(/^\s*#.*$/gm, ''));
}

/** The go-yaml resolution kubectl uses: YAML 1.1 booleans and octals, but no base-60 numbers or timestamps. */
const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  merge: true,
  prettyErrors: false,
  customTags: (tags: unknown[]) =>
    tags
      .filter((t) => {
        const tag = (t as { tag?: string; format?: string }).tag;
        const format = (t as { format?: string }).format;
        return tag !== 'tag:yaml.org,2002:timestamp' && format !== 'TIME';
      })
      .map((t) => {
        // a float has a digit: go-yaml reads `.`, `._` and `.e3` as strings, YAML 1.1's float pattern as NaN
        const { tag, test } = t as { tag?: string; test?: RegExp };
        return tag === 'tag:yaml.org,2002:float' && test && !test.source.includes('nan') ? { ...(t as object), test: new RegExp(`(?=[-+]?\\.?[0-9])${test.source}`, test.flags) } : t;
      }) as never,
};

/** Parse a YAML or JSON manifest (multi-document, `kind: List` expanded). */
export function parseManifests(text: string, source: string, opts: ParseOptions = {}): ManifestDoc[] {
  const validate = opts.validate ?? true;
  const docs: ManifestDoc[] = [];
  let lists = 0;
  // kubectl reads a file that starts with `{` as a stream of JSON values
  const chunks = /^\s*\{/.test(text) ? jsonChunks(text, source) : splitChunks(text, source);
  for (const chunk of chunks) {
    if ('error' in chunk) throw new ManifestError(`error parsing ${source}: ${chunk.error}`, chunk.firstLine + 1, docs.slice());
    if (isBlank(chunk.text)) continue;
    if (chunk.text.length > MAX_REQUEST_BYTES) {
      docs.push(oversized(chunk, docs.length));
      continue;
    }
    const lc = new LineCounter();
    // the parser recurses per level: refuse what the Go decoders refuse before it runs out of stack
    const at = (msg: string, line?: number, named?: number) =>
      chunk.jsonError
        ? new ManifestError(`error parsing ${source}: ${chunk.jsonError.error}`, chunk.jsonError.firstLine + 1, docs.slice())
        : new ManifestError(`error parsing ${source}: error converting YAML to JSON: yaml: ${msg}`, line, docs.slice(), named);
    if (flowDepth(chunk.text) > MAX_DEPTH) throw at(DEPTH_ERROR, chunk.firstLine + 1);
    // kubectl's YAML reader hands each document over line by line, every line ending in a newline
    const text = chunk.text.endsWith('\n') ? chunk.text : `${chunk.text}\n`;
    const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: lc });
    // go-yaml's Unmarshal reads the first document of a chunk and ignores the rest (after `...`)
    const doc = Array.isArray(parsed) ? parsed[0] : undefined;
    if (!doc) continue;
    if (doc.errors.length) {
      const { message, line, named } = yamlErrorText(doc.errors[0], text, lc);
      throw at(message, line + chunk.firstLine, named === undefined ? undefined : named + chunk.firstLine);
    }
    const decoded = documentValue(doc);
    if ('error' in decoded) throw at(decoded.error);
    const value = decoded.value;
    if (value === null || value === undefined) continue;
    const firstLine = chunk.firstLine + firstContentLine(chunk.text);
    const positionOf = (prefix: (string | number)[]) => (path: (string | number)[]) => {
      const pos = locate(doc, [...prefix, ...path], lc);
      return pos && { line: pos.line + chunk.firstLine, col: pos.col };
    };
    if (typeof value !== 'object' || Array.isArray(value)) {
      // kubectl's unstructured decoder needs a JSON object
      throw new ManifestError(`error parsing ${source}: json: cannot unmarshal ${Array.isArray(value) ? 'array' : jsonKind(value)} into Go value of type map[string]interface {}`, firstLine + 1, docs.slice());
    }
    const unsupported = jsonProblem(value);
    if (unsupported) throw new ManifestError(`error parsing ${source}: error converting YAML to JSON: ${unsupported}`, firstLine + 1, docs.slice());
    const obj = value as KObject;
    if (validate) {
      const problem = kindProblem(obj) ?? (isV1List(obj) && opts.validateItems !== false ? listProblem(obj) : undefined);
      if (problem) throw new ManifestError(`error validating "${source}": error validating data: ${problem}; ${STOP_VALIDATE}`, firstLine + 1, docs.slice());
      opts.validated?.(obj, isList(obj));
    }
    if (isList(obj)) {
      const bad = (obj.items as unknown[]).find((item) => !isObject(item));
      if (bad !== undefined) {
        // the unstructured decoder reads each item into a map
        const why = bad === null ? `Object 'Kind' is missing in 'null'` : `json: cannot unmarshal ${goJsonKind(bad)} into Go value of type map[string]interface {}`;
        throw new ManifestError(`unable to decode "${source}": ${why}`, firstLine + 1, docs.slice());
      }
      const list = lists++;
      (obj.items as KObject[]).forEach((item, i) => {
        docs.push({ obj: item, index: docs.length, line: positionOf(['items', i])([])?.line ?? firstLine + 1, positionOf: positionOf(['items', i]), list });
      });
      continue;
    }
    docs.push({ obj, index: docs.length, line: firstLine + 1, positionOf: positionOf([]) });
  }
  return docs;
}

/** A parsed document's value, or go-yaml's words for what the `yaml` package refused while resolving it. */
function documentValue(doc: Document): { value: unknown } | { error: string } {
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    const msg = (e as Error).message;
    if (/Excessive alias count/.test(msg)) return { error: 'document contains excessive aliasing' };
    const anchor = /Unresolved alias.*: (.*)$/.exec(msg);
    if (anchor) return { error: `unknown anchor '${anchor[1]}' referenced` };
    return { error: msg };
  }
}

/**
 * The first document of a YAML request body as the API server's YAML serializer (sigs.k8s.io/yaml,
 * go-yaml v2) decodes it, or its error text (`yaml: line 2: mapping values are not allowed in this context`).
 */
export function decodeYamlBody(text: string): { value: unknown } | { error: string } {
  if (flowDepth(text) > MAX_DEPTH) return { error: `yaml: ${DEPTH_ERROR}` };
  const lc = new LineCounter();
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: lc });
  const doc = Array.isArray(parsed) ? parsed[0] : undefined;
  if (!doc) return { value: null };
  if (doc.errors.length) return { error: `yaml: ${yamlErrorText(doc.errors[0], text, lc).message}` };
  const decoded = documentValue(doc);
  return 'error' in decoded ? { error: `yaml: ${decoded.error}` } : decoded;
}

/** The deepest nesting a document may have (Go's JSON and YAML decoders refuse deeper ones). */
export const MAX_DEPTH = 10000;
const DEPTH_ERROR = `exceeded max depth of ${MAX_DEPTH}`;

/** The deepest nesting of flow collections (`[`, `{`) outside quoted strings: a cheap upper bound. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function goJsonKind(v: unknown): string {
  return Array.isArray(v) ? 'array' : jsonKind(v);
}

/**
 * What YAML can say and JSON cannot (`.nan`, `.inf`: sigs.k8s.io/yaml fails converting them), or a
 * document nested deeper than MAX_DEPTH; undefined when the value is plain JSON.
 */
function jsonProblem(root: unknown): string | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) return `json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) return `yaml: ${DEPTH_ERROR}`;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return undefined;
}

function isV1List(obj: KObject): boolean {
  return obj.apiVersion === 'v1' && obj.kind === 'List';
}

/**
 * kubectl's validator on a `v1` List: every item must be an object with apiVersion and kind, and an
 * item of a kind the schema knows is validated against it (messages deduplicated, as an aggregate prints them).
 */
function listProblem(obj: KObject): string | undefined {
  const items = obj.items;
  if (!Array.isArray(items)) return 'invalid object to validate';
  const errs = new Set<string>();
  for (const item of items) {
    if (!isObject(item)) {
      errs.add('invalid object to validate');
      continue;
    }
    const kindErrs = kindErrors(item as KObject);
    kindErrs.forEach((e) => errs.add(e));
    const id = kindErrs.length ? undefined : defIdForKind(item.apiVersion as string, item.kind as string);
    if (id) v2ValidationErrors(item, id, item.kind as string).forEach((e) => errs.add(e));
  }
  if (errs.size === 0) return undefined;
  return errs.size === 1 ? [...errs][0] : `[${[...errs].join(', ')}]`;
}

function jsonKind(v: unknown): string {
  return typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'number' : 'string';
}

function isList(obj: KObject): boolean {
  return typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items);
}

/** kubectl's getObjectKind check: `apiVersion not set`, `kind not set`, or both as a list. */
function kindProblem(obj: KObject): string | undefined {
  const errs = kindErrors(obj);
  if (errs.length === 0) return undefined;
  return errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
}

function kindErrors(obj: KObject): string[] {
  const errs: string[] = [];
  if (obj.apiVersion === undefined || obj.apiVersion === null) errs.push('apiVersion not set');
  else if (typeof obj.apiVersion !== 'string') errs.push("apiVersion isn't string type");
  if (obj.kind === undefined || obj.kind === null) errs.push('kind not set');
  else if (typeof obj.kind !== 'string') errs.push("kind isn't string type");
  return errs;
}

function firstContentLine(text: string): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return i < 0 ? 0 : i;
}

/** A document too large to send: only its identity is read, from top-level lines. */
function oversized(chunk: Chunk, index: number): ManifestDoc {
  const head = chunk.text.slice(0, 4096);
  const top = (key: string) => new RegExp(`^${key}:\\s*["']?([^"'#\\s]+)`, 'm').exec(head)?.[1];
  const name = /^metadata:\s*\n(?:[ \t]+.*\n)*?[ \t]+name:\s*["']?([^"'#\s]+)/m.exec(head)?.[1];
  const obj = { apiVersion: top('apiVersion') ?? '', kind: top('kind') ?? '', metadata: name ? { name } : {} } as KObject;
  // whoever sends it anyway gets the server's 413 (see requestSizePlugin)
  Object.defineProperty(obj, TOO_LARGE, { value: chunk.text.length, enumerable: true });
  const line = chunk.firstLine + firstContentLine(chunk.text) + 1;
  return { obj, index, line, positionOf: () => undefined, tooLarge: true };
}

/** Source position (1-based) of the key or item a path names, walking the YAML AST. */
function locate(doc: Document, path: (string | number)[], lc: LineCounter): { line: number; col: number } | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return undefined;
      offset = item.range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  if (offset === undefined) return undefined;
  const p = lc.linePos(offset);
  return { line: p.line, col: p.col };
}
