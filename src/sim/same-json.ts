/**
 * Whether `JSON.stringify(a) === JSON.stringify(b)`, worked out by walking both values instead of
 * serializing them: nothing is allocated, and the walk stops at the first difference. Keys count in
 * their order and undefined members are left out, as in JSON; arrays read undefined as null.
 * Anything but plain objects, arrays and primitives is compared by its serialization.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const oa = typeof a === 'object' && a !== null;
  const ob = typeof b === 'object' && b !== null;
  if ((oa && !plain(a)) || (ob && !plain(b))) return JSON.stringify(a) === JSON.stringify(b);
  if (!oa || !ob) return samePrimitive(a, b);
  const aa = Array.isArray(a);
  if (aa !== Array.isArray(b)) return false;
  if (aa) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i] ?? null, y[i] ?? null)) return false;
    return true;
  }
  return sameMembers(a as Record<string, unknown>, b as Record<string, unknown>, NONE);
}

/** sameJson of two objects without some of their top-level keys (an API object's body: all but metadata and status). */
export function sameJsonWithout(a: Record<string, unknown>, b: Record<string, unknown>, skip: ReadonlySet<string>): boolean {
  return sameMembers(a, b, skip);
}

const NONE: ReadonlySet<string> = new Set();

/** Per nesting depth, a scratch list of the second object's member keys (reused: comparing allocates nothing). */
const scratch: string[][] = [];
let depth = 0;

function sameMembers(x: Record<string, unknown>, y: Record<string, unknown>, skip: ReadonlySet<string>): boolean {
  // own enumerable keys in Object.keys order: for-in lists them so, after no inherited ones (plain objects)
  const ky = (scratch[depth] ??= []);
  let n = 0;
  for (const k in y) if (Object.hasOwn(y, k) && !omitted(y[k]) && !skip.has(k)) ky[n++] = k;
  depth++;
  try {
    let j = 0;
    for (const k in x) {
      if (!Object.hasOwn(x, k)) continue;
      const v = x[k];
      if (omitted(v) || skip.has(k)) continue;
      if (j === n || ky[j] !== k || !sameJson(v, y[k])) return false;
      j++;
    }
    return j === n;
  } finally {
    depth--;
  }
}

/** Members JSON leaves out of an object. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** An array or an object of the kind JSON.parse makes (no toJSON, no class). */
function plain(o: object): boolean {
  if (Array.isArray(o)) return true;
  const proto = Object.getPrototypeOf(o);
  return (proto === Object.prototype || proto === null) && typeof (o as { toJSON?: unknown }).toJSON !== 'function';
}

function samePrimitive(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (typeof a === 'number' && typeof b === 'number') return a === b || (!Number.isFinite(a) && !Number.isFinite(b));
  return JSON.stringify(a) === JSON.stringify(b);
}
