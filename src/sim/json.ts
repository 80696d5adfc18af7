/**
 * An object as decoded from JSON or YAML, before (or without) a typed shape: manifests, patches,
 * field paths. Code that reads one checks what it finds; the type only says nothing is known yet.
 */
// oxlint-disable-next-line typescript/no-explicit-any
export type Json = any;

/** A value as a JSON round trip leaves it: what printers walk once they have normalized an object. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** JSON with object keys sorted, so equal objects serialize equally. */
export function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Semantic deep equality of JSON values (undefined members ignored): whether their canonicalJson texts
 * are equal, found by walking both instead of serializing them.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return canonicalJson(a) === canonicalJson(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!semanticEqual(a[i], bb[i])) return false;
    return true;
  }
  const oa = a as Record<string, unknown>;
  const ob = b as Record<string, unknown>;
  let defined = 0;
  for (const k of Object.keys(oa)) {
    if (oa[k] === undefined) continue;
    defined++;
    if (!Object.hasOwn(ob, k) || ob[k] === undefined || !semanticEqual(oa[k], ob[k])) return false;
  }
  for (const k of Object.keys(ob)) if (ob[k] !== undefined) defined--;
  return defined === 0;
}
