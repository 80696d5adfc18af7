/**
 * Own-property access for values that come from input (manifests, patches, templates, share links).
 * In JSON `__proto__`, `constructor` and `prototype` are ordinary keys: reads must never reach
 * Object.prototype, and writes must create a data property instead of changing a prototype.
 */

/** A JSON object (not an array, not null). */
export function isJsonMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value of an own property, or undefined (inherited properties do not exist). */
export function own<T = unknown>(o: unknown, key: string): T | undefined {
  return typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? ((o as Record<string, unknown>)[key] as T) : undefined;
}

/** Whether `o` has `key` as its own property. */
export function hasOwn(o: unknown, key: string): boolean {
  return typeof o === 'object' && o !== null && Object.hasOwn(o, key);
}

/** Set `o[key] = value` as a data property, also for `__proto__`. */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  else o[key] = value;
}

/** Structural equality of JSON values: key order ignored, own properties only. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isJsonMap(a) && isJsonMap(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
