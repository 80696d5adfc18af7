/**
 * An object as kubectl holds it after decoding it into its Go type and encoding it back (what the
 * typed builder of `kubectl set` prints client-side): unknown fields gone, fields in Go struct
 * order, value structs written even when empty (`strategy: {}`, `status: {}`), omitempty zeros
 * dropped, map keys sorted and quantities canonical.
 */
import { canonicalQuantity } from '../../sim/quantity-string';
import { def, defIdForKind } from '../../sim/apiserver/schema/schema';
import type { PropSchema } from '../../sim/apiserver/schema/types';
import { setOwn } from '../../sim/own';
import type { KObject } from '../../sim/types';

type Json = Record<string, unknown>;

/** Kinds of property that are Go structs: encoding/json writes a value one even when it is empty. */
const STRUCTS = new Set(['ref', 'quantity', 'intorstring', 'time', 'microtime']);

const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** encoding/json's omitempty test for the value kinds a schema property can hold. */
function isEmpty(v: unknown, p: PropSchema): boolean {
  if (p.t === 'array') return Array.isArray(v) && v.length === 0;
  if (p.t === 'map') return isMap(v) && Object.keys(v).length === 0;
  // a struct is never empty to encoding/json; a pointer is empty only when nil
  if (STRUCTS.has(p.t) || !p.v) return false;
  return v === '' || v === 0 || v === false;
}

/** The Go zero value of a field encoding/json writes even when unset: a nil pointer, slice or map is null. */
function zeroOf(p: PropSchema): unknown {
  if (!p.v) return null;
  switch (p.t) {
    case 'ref':
      return struct({}, p.r!);
    case 'array':
    case 'map':
    case 'bytes':
    case 'any':
    case 'time':
    case 'microtime':
      // a zero metav1.Time marshals as null
      return null;
    case 'quantity':
      return '0';
    case 'bool':
      return false;
    case 'string':
      return '';
    default:
      return 0;
  }
}

/** What a JSON null decodes to as a list item or map value: Go leaves the element at its zero. */
function elementZero(p: PropSchema): unknown {
  return p.t === 'array' || p.t === 'map' || p.t === 'bytes' || p.t === 'any' ? null : zeroOf({ ...p, v: 1 });
}

function value(v: unknown, p: PropSchema): unknown {
  switch (p.t) {
    case 'ref':
      return isMap(v) ? struct(v, p.r!) : v;
    case 'array':
      return Array.isArray(v) ? v.map((x) => (x === null ? elementZero(p.it!) : value(x, p.it!))) : v;
    case 'map': {
      if (!isMap(v)) return v;
      const out: Json = {};
      for (const k of Object.keys(v).sort()) setOwn(out, k, v[k] === null ? elementZero(p.it!) : value(v[k], p.it!));
      return out;
    }
    case 'quantity':
      return typeof v === 'string' || typeof v === 'number' ? canonicalQuantity(v) : v;
    default:
      return v;
  }
}

function struct(obj: Json, id: string): Json {
  const d = def(id);
  if (!d) return obj;
  const sorted = Object.keys(d.p).sort();
  const order = d.g ? d.g.map((i) => sorted[i]) : sorted;
  const out: Json = {};
  for (const name of order) {
    const p = d.p[name];
    const given = Object.hasOwn(obj, name) ? obj[name] : undefined;
    // fields without omitempty (the required ones) and value structs are written at their zero
    const always = d.req?.includes(name) || !!p.a || (!!p.v && STRUCTS.has(p.t));
    if (given === undefined || given === null) {
      if (always) setOwn(out, name, zeroOf(p));
    } else if (always || !isEmpty(given, p)) setOwn(out, name, value(given, p));
  }
  return out;
}

/** The object through its Go type and back; an object of a kind without a schema stays as it is. */
export function asTyped(obj: KObject): KObject {
  const id = defIdForKind(obj.apiVersion, obj.kind);
  return id ? (struct(obj as unknown as Json, id) as unknown as KObject) : obj;
}
