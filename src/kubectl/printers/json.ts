/**
 * JSON output as kubectl's `-o json` prints it (Go encoding/json MarshalIndent with 4 spaces):
 * map keys sorted byte-wise (objects from the server are maps), `<`, `>`, `&`, U+2028/9 escaped.
 */
export function toGoJson(value: unknown, opts: { sortKeys?: boolean } = {}): string {
  return encode(value, '', opts.sortKeys ?? true) + '\n';
}

function encode(v: unknown, indent: string, sort: boolean): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? formatGoFloat(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  const inner = indent + '    ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => inner + encode(x, inner, sort)).join(',\n') + '\n' + indent + ']';
  }
  if (typeof v === 'object') {
    let keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (sort) keys = keys.sort(byteCompare);
    if (keys.length === 0) return '{}';
    return '{\n' + keys.map((k) => `${inner}${quote(k)}: ${encode((v as Record<string, unknown>)[k], inner, sort)}`).join(',\n') + '\n' + indent + '}';
  }
  return 'null';
}

/** UTF-8 byte order is code point order; UTF-16 order differs only past the BMP, which keys never use. */
function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function quote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Go's float64 encoding uses exponent form below 1e-6 and from 1e21, exactly as JavaScript does. */
function formatGoFloat(n: number): string {
  return String(n);
}
