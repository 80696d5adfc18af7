import { ApiError, type KObject } from '../../types';
import { QUANTITY_FORMAT_ERROR, quantityError } from '../../quantity-string';
import { def, defIdForKind, goType, goTypeName } from './schema';
import type { PropSchema } from './types';
import { own } from '../../own';

/**
 * Strict decoding as the API server does it with `fieldValidation=Strict` (kubectl's default):
 * the body is decoded into the typed Go object by sigs.k8s.io/json. Type mismatches are Go
 * `UnmarshalTypeError`s (the first one wins; the decoder goes on), errors from custom unmarshalers
 * (IntOrString, Quantity, Time) abort at once, and unknown fields are collected as strict errors.
 * Keys are visited in sorted order because kubectl re-encodes YAML through Go maps.
 */
interface DecodeOutcome {
  /** The decode error, as Go prints it (without the `X in version` prefix). */
  error?: string;
  /** The field path of that error, with indexes, e.g. `spec.ports[0].port`. */
  errorField?: string;
  /** Unknown field paths, e.g. `spec.containers[0].imgress`. */
  unknown: string[];
}

class Fatal extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

interface Ctx {
  saved?: string;
  savedField?: string;
  unknown: string[];
  /** Visit keys in sorted order (the second pass, when there is something to report). */
  sorted: boolean;
}

const MAX_INT: Record<string, number> = { int32: 2 ** 31 - 1, int64: Number.MAX_SAFE_INTEGER };
const MIN_INT: Record<string, number> = { int32: -(2 ** 31), int64: Number.MIN_SAFE_INTEGER };

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

function typeError(value: string, struct: string, fields: string[], type: string): string {
  return `json: cannot unmarshal ${value} into Go struct field ${struct}.${fields.join('.')} of type ${type}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's base64.StdEncoding: the offset of the first corrupt byte, or -1. */
export function base64ErrorOffset(s: string): number {
  let quantum = 0;
  let quantumStart = 0;
  let pad = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\r' || c === '\n') continue;
    if (pad > 0 && c !== '=') return n;
    if (c === '=') {
      if (quantum < 2) return n;
      pad++;
      if (quantum + pad > 4) return n;
    } else if (!/[A-Za-z0-9+/]/.test(c)) {
      return n;
    }
    if (c !== '=' && quantum === 0) quantumStart = n;
    n++;
    if (c !== '=') quantum++;
    if (quantum + pad === 4) {
      quantum = 0;
      pad = 0;
    }
  }
  if (quantum !== 0) return quantumStart;
  return -1;
}

function decodeProp(v: unknown, p: PropSchema, struct: string, fields: string[], path: string, ctx: Ctx): void {
  if (v === null || v === undefined) return;
  const t = p.t;
  // fast paths for the common well-typed scalars
  // a named Go type (`v1.Protocol`) is what the error names
  if (t === 'string') {
    if (typeof v !== 'string') save(ctx, jsonKind(v), struct, fields, p.n ?? 'string', path);
    return;
  }
  if (t === 'int32' || t === 'int64') {
    if (typeof v !== 'number') save(ctx, jsonKind(v), struct, fields, p.n ?? t, path);
    else if (!Number.isInteger(v) || v > MAX_INT[t] || v < MIN_INT[t]) save(ctx, `number ${String(v)}`, struct, fields, p.n ?? t, path);
    return;
  }
  if (t === 'float64') {
    if (typeof v !== 'number') save(ctx, jsonKind(v), struct, fields, 'float64', path);
    return;
  }
  if (t === 'bool') {
    if (typeof v !== 'boolean') save(ctx, jsonKind(v), struct, fields, 'bool', path);
    return;
  }
  const kind = jsonKind(v);
  switch (t) {
    case 'intorstring':
      // IntOrString.UnmarshalJSON decodes non-strings into an int32 and returns the error at once
      if (kind === 'string') return;
      if (kind === 'number' && Number.isInteger(v) && (v as number) <= MAX_INT.int32 && (v as number) >= MIN_INT.int32) return;
      throw new Fatal(typeError(kind === 'number' ? `number ${String(v)}` : kind, struct, fields, 'int32'), path);
    case 'quantity': {
      // Quantity.UnmarshalJSON parses the JSON text of a number as it does a string
      const error = kind === 'string' || kind === 'number' ? quantityError(v as string | number) : QUANTITY_FORMAT_ERROR;
      if (error) throw new Fatal(error, path);
      return;
    }
    case 'time':
    case 'microtime':
      if (kind !== 'string') throw new Fatal(typeError(kind, struct, fields, 'string'), path);
      return;
    case 'bytes': {
      if (kind !== 'string') return save(ctx, kind, struct, fields, '[]uint8', path);
      const off = base64ErrorOffset(v as string);
      if (off >= 0 && ctx.saved === undefined) {
        ctx.saved = `illegal base64 data at input byte ${off}`;
        ctx.savedField = path;
      }
      return;
    }
    case 'any':
      return;
    case 'ref':
      if (!isPlainObject(v)) return save(ctx, kind, struct, fields, goTypeName(p.r!), path);
      decodeStruct(v, p.r!, fields, path, ctx);
      return;
    case 'array': {
      if (kind !== 'array') return save(ctx, kind, struct, fields, goType(p), path);
      const items = v as unknown[];
      for (let i = 0; i < items.length; i++) decodeProp(items[i], p.it!, struct, fields, `${path}[${i}]`, ctx);
      return;
    }
    case 'map': {
      if (kind !== 'object') return save(ctx, kind, struct, fields, goType(p), path);
      const m = v as Record<string, unknown>;
      for (const k of sortedKeys(m, ctx)) decodeProp(m[k], p.it!, struct, fields, `${path}[${k}]`, ctx);
      return;
    }
  }
}

function save(ctx: Ctx, value: string, struct: string, fields: string[], type: string, path: string): void {
  if (ctx.saved !== undefined) return;
  ctx.saved = typeError(value, struct, fields, type);
  ctx.savedField = path;
}

/** Keys in Go's order (sorted) when it matters, i.e. once an error was seen and the pass is rerun. */
function sortedKeys(o: Record<string, unknown>, ctx: Ctx): string[] {
  const keys = Object.keys(o);
  return ctx.sorted && keys.length > 1 ? keys.sort() : keys;
}

function decodeStruct(obj: Record<string, unknown>, id: string, fields: string[], path: string, ctx: Ctx): void {
  const d = def(id);
  if (!d) return;
  const struct = id.slice(id.lastIndexOf('.') + 1);
  for (const k of sortedKeys(obj, ctx)) {
    // `__proto__`, `constructor` … are unknown fields like any other name the type does not have
    const p = own<PropSchema>(d.p, k);
    if (!p) {
      ctx.unknown.push(path ? `${path}.${k}` : k);
      continue;
    }
    fields.push(k);
    decodeProp(obj[k], p, struct, fields, path ? `${path}.${k}` : k, ctx);
    fields.pop();
  }
}

/** Decode a manifest object against its kind's definition. */
function strictDecode(obj: KObject, defId: string): DecodeOutcome {
  // a fast pass in insertion order; only a failing object is decoded again in Go's (sorted) order
  const fast = decodePass(obj, defId, false);
  if (!fast.error && fast.unknown.length === 0) return fast;
  return decodePass(obj, defId, true);
}

function decodePass(obj: KObject, defId: string, sorted: boolean): DecodeOutcome {
  const ctx: Ctx = { unknown: [], sorted };
  try {
    decodeStruct(obj as unknown as Record<string, unknown>, defId, [], '', ctx);
  } catch (e) {
    if (e instanceof Fatal) return { error: e.message, errorField: e.field, unknown: ctx.unknown };
    throw e;
  }
  return { error: ctx.saved, errorField: ctx.savedField, unknown: ctx.unknown };
}

/**
 * The BadRequest the API server answers for an object it cannot decode, or undefined. The real
 * server says which fields only in the message; the causes carry them as data for the editor.
 */
export function decodeError(obj: KObject): ApiError | undefined {
  const id = defIdForKind(obj.apiVersion, obj.kind);
  if (!id) return undefined;
  const out = strictDecode(obj, id);
  const version = obj.apiVersion.slice(obj.apiVersion.indexOf('/') + 1);
  const prefix = `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: `;
  if (out.error) return new ApiError(400, 'BadRequest', prefix + out.error, [{ reason: 'FieldValueTypeInvalid', field: out.errorField ?? '', message: out.error }]);
  if (out.unknown.length) {
    const list = out.unknown.map((f) => `unknown field "${f}"`).join(', ');
    const causes = out.unknown.map((f) => ({ reason: 'FieldValueUnknown', field: f, message: `unknown field "${f}"` }));
    return new ApiError(400, 'BadRequest', `${prefix}strict decoding error: ${list}`, causes);
  }
  return undefined;
}

/**
 * kubectl's own decoding of a manifest before it sends anything: the metadata into a typed
 * ObjectMeta (cli-runtime's metadataOnlyObject, case-sensitive, unknown keys ignored). Its type
 * error, as Go prints it, or undefined.
 */
export function metadataDecodeError(metadata: unknown): { message: string; field: string } | undefined {
  if (metadata === null || metadata === undefined) return undefined;
  if (!isPlainObject(metadata)) return { message: typeError(jsonKind(metadata), 'metadataOnlyObject', ['metadata'], 'v1.ObjectMeta'), field: 'metadata' };
  const ctx: Ctx = { unknown: [], sorted: true };
  try {
    decodeStruct(metadata, 'meta.v1.ObjectMeta', ['metadata'], 'metadata', ctx);
  } catch (e) {
    if (e instanceof Fatal) return { message: e.message, field: e.field };
    throw e;
  }
  return ctx.saved === undefined ? undefined : { message: ctx.saved, field: ctx.savedField ?? 'metadata' };
}
