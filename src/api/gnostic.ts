/**
 * An OpenAPI v2 document (JSON) encoded as gnostic's `openapi.v2.Document` protobuf, the form
 * kubectl's discovery client reads from `/openapi/v2`. Field numbers come from the descriptor in the
 * kubectl v1.34 binary (src/generated/proto.json, scripts/extract-proto.mjs). gnostic keeps the
 * JSON's maps as lists of named entries, its one-of shapes as wrapper messages, and each vendor
 * extension, enum or default value as YAML text (JSON is YAML).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Json } from '../sim/json';

const PROTO_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../generated/proto.json');
let messages: Record<string, { f: Record<string, [string, number, number, string?]> }> | undefined;

/** [name, number, protobuf type, message type name, repeated]. */
type FieldAt = [string, number, number, string | undefined, boolean];

const tables = new Map<string, FieldAt[]>();

function message(name: string): FieldAt[] {
  const hit = tables.get(name);
  if (hit) return hit;
  if (!messages) {
    if (!existsSync(PROTO_PATH)) throw new Error('src/generated/proto.json is missing: run npm install (scripts/extract-proto.mjs)');
    messages = JSON.parse(readFileSync(PROTO_PATH, 'utf8')) as NonNullable<typeof messages>;
  }
  const m = messages[name];
  if (!m) throw new Error(`no protobuf message ${name}`);
  const fields = Object.entries(m.f).map(([no, f]): FieldAt => [f[0], Number(no), f[1], f[3], f[2] === 1]);
  tables.set(name, fields);
  return fields;
}

const P = 'openapi.v2.';
const T_DOUBLE = 1;
const T_INT64 = 3;
const T_BOOL = 8;
const T_STRING = 9;
const T_MESSAGE = 11;

class Writer {
  private chunks: Uint8Array[] = [];
  private size = 0;

  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.size += b.length;
  }

  varint(n: number): void {
    const out: number[] = [];
    let v = Math.max(0, Math.floor(n));
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
    this.push(Uint8Array.from(out));
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

const snake = (k: string) => (k === '$ref' ? '_ref' : k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A JSON value in the shape of gnostic's message `type` (its wrappers and named lists). */
function shape(type: string, v: Json): Record<string, Json> {
  switch (type) {
    case `${P}Any`:
      return { yaml: `${JSON.stringify(v)}\n` };
    case `${P}TypeItem`:
      return { value: Array.isArray(v) ? v : [v] };
    case `${P}ItemsItem`:
      return { schema: Array.isArray(v) ? v : [v] };
    case `${P}AdditionalPropertiesItem`:
      return typeof v === 'boolean' ? { boolean: v } : { schema: v };
    case `${P}ParametersItem`:
    case `${P}ResponseValue`:
      return isObject(v) && v.$ref ? { json_reference: v } : { [type === `${P}ParametersItem` ? 'parameter' : 'response']: v };
    case `${P}Parameter`:
      return isObject(v) && v.in === 'body' ? { body_parameter: v } : { non_body_parameter: v };
    case `${P}NonBodyParameter`: {
      const sub = { query: 'query_parameter_sub_schema', path: 'path_parameter_sub_schema', header: 'header_parameter_sub_schema', formData: 'form_data_parameter_sub_schema' }[String(v?.in)];
      return sub ? { [sub]: v } : {};
    }
    case `${P}SchemaItem`:
      return { schema: v };
  }
  if (!isObject(v)) return {};
  const fields = message(type);
  // a map (Properties, Definitions, Paths, Responses ...): one list of named entries, beside vendor extensions
  const others = fields.filter(([n]) => n !== 'vendor_extension');
  const map = others.length === 1 && others[0][4] && others[0][3]?.startsWith(`${P}Named`) ? others[0][0] : undefined;
  const hasExtensions = others.length < fields.length;
  const out: Record<string, Json> = {};
  const extensions: Json[] = [];
  for (const [k, val] of Object.entries(v)) {
    if (hasExtensions && k.startsWith('x-')) extensions.push({ name: k, value: val });
    else if (map) (out[map] ??= []).push({ name: k, value: val });
    else out[snake(k)] = val;
  }
  if (extensions.length) out.vendor_extension = extensions;
  return out;
}

function encode(type: string, v: Json): Uint8Array {
  const obj = shape(type, v);
  const w = new Writer();
  for (const field of message(type)) {
    const name = field[0];
    if (!Object.hasOwn(obj, name) || obj[name] === undefined || obj[name] === null) continue;
    const values = field[4] && Array.isArray(obj[name]) ? obj[name] : [obj[name]];
    for (const x of values) writeField(w, field, x);
  }
  return w.bytes();
}

function writeField(w: Writer, [, no, type, sub]: FieldAt, x: Json): void {
  if (type === T_STRING) {
    if (typeof x !== 'string') return;
    const b = Buffer.from(x, 'utf8');
    w.varint(no * 8 + 2);
    w.varint(b.length);
    w.push(b);
  } else if (type === T_BOOL) {
    if (typeof x !== 'boolean') return;
    w.varint(no * 8);
    w.varint(x ? 1 : 0);
  } else if (type === T_INT64) {
    if (typeof x !== 'number') return;
    w.varint(no * 8);
    w.varint(x);
  } else if (type === T_DOUBLE) {
    if (typeof x !== 'number') return;
    const b = Buffer.alloc(8);
    b.writeDoubleLE(x);
    w.varint(no * 8 + 1);
    w.push(b);
  } else if (type === T_MESSAGE && sub) {
    const b = encode(sub, x);
    w.varint(no * 8 + 2);
    w.varint(b.length);
    w.push(b);
  }
}

/** `doc` as an `openapi.v2.Document`. */
export function encodeGnostic(doc: Json): Uint8Array {
  return encode(`${P}Document`, doc);
}
