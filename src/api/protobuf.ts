/**
 * Protobuf request bodies (`application/vnd.kubernetes.protobuf`), which kubectl's typed clients send
 * (create deployment, create configmap, auth can-i ...): the `k8s\0` envelope, then the object decoded
 * with the field numbers of src/generated/proto.json into the JSON the server would have read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { def, SCHEMA } from '../sim/apiserver/schema/schema';
import type { DefSchema } from '../sim/apiserver/schema/types';
import { ApiError } from '../sim/types';

/** [name, protobuf type, repeated (1), message type name ('' for a scalar), Go value type (1) rather than pointer]. */
type Field = [string, number, number, string?, number?];
interface Message {
  f: Record<string, Field>;
  m?: 1;
}

const PROTO_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../generated/proto.json');
let messages: Record<string, Message> | undefined;

function load(): Record<string, Message> {
  if (!messages) {
    const missing = () => new ApiError(415, 'UnsupportedMediaType', 'protobuf bodies need src/generated/proto.json: run npm install (scripts/extract-proto.mjs)');
    if (!existsSync(PROTO_PATH)) throw missing();
    const read = JSON.parse(readFileSync(PROTO_PATH, 'utf8')) as Record<string, Message>;
    // written before the value marks were: ObjectMeta's name is a Go value
    if (read[`${META}.ObjectMeta`]?.f['1']?.[4] !== 1) throw missing();
    messages = read;
  }
  return messages;
}

/** Definitions of the field schema by `version.Name`, for messages whose package the schema names otherwise (LabelSelector). */
let byVersionName: Map<string, string[]> | undefined;

/**
 * Whether `field` of message `typeName` is required in the v1.34 OpenAPI: such a field has no
 * `omitempty`, so the apiserver's JSON shows it even at its zero value.
 */
function required(typeName: string, field: string): boolean {
  return !!schemaOf(typeName)?.req?.includes(field);
}

/** The schema definition of a proto message, by its package's group, version and name. */
function schemaOf(typeName: string): DefSchema | undefined {
  const parts = typeName.split('.');
  const [group, version, name] = parts.slice(-3);
  let d = def(`${group}.${version}.${name}`);
  if (!d) {
    if (!byVersionName) {
      byVersionName = new Map();
      for (const id of Object.keys(SCHEMA.defs)) {
        const key = id.split('.').slice(-2).join('.');
        byVersionName.set(key, [...(byVersionName.get(key) ?? []), id]);
      }
    }
    const ids = byVersionName.get(`${version}.${name}`) ?? [];
    d = ids.length === 1 ? def(ids[0]) : undefined;
  }
  return d;
}

/**
 * The JSON name of a proto field: most are the same, a few differ only in case (BoundObjectReference's
 * `uID` is `uid`, IngressClassParametersReference's `aPIGroup` is `apiGroup`), as the Go json tags say.
 */
function jsonName(typeName: string, name: string): string {
  const props = schemaOf(typeName)?.p;
  if (!props || Object.hasOwn(props, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(props).find((k) => k.toLowerCase() === lower) ?? name;
}

const T_DOUBLE = 1;
const T_FLOAT = 2;
const T_BOOL = 8;
const T_STRING = 9;
const T_MESSAGE = 11;
const T_BYTES = 12;
const T_ENUM = 14;
const T_SINT32 = 17;
const T_SINT64 = 18;

const META = 'k8s.io.apimachinery.pkg.apis.meta.v1';
const text = (v: unknown): string => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : '');
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : 0);

/** Types whose JSON form is not their message's (apimachinery's custom marshalers). */
const SPECIAL: Record<string, (raw: Uint8Array) => unknown> = {
  'k8s.io.apimachinery.pkg.api.resource.Quantity': (raw) => text(plain(raw)[1]),
  'k8s.io.apimachinery.pkg.util.intstr.IntOrString': (raw) => {
    const v = plain(raw);
    return num(v[1]) === 1 ? text(v[3]) : num(v[2]);
  },
  [`${META}.Time`]: (raw) => time(raw, false),
  [`${META}.MicroTime`]: (raw) => time(raw, true),
  'k8s.io.apimachinery.pkg.runtime.RawExtension': (raw) => {
    const bytes = plain(raw)[1];
    return bytes instanceof Uint8Array && bytes.length ? JSON.parse(Buffer.from(bytes).toString('utf8')) : {};
  },
};


class Reader {
  i = 0;
  constructor(readonly buf: Uint8Array) {}
  varint(): bigint {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      if (this.i >= this.buf.length) throw bad('unexpected EOF');
      const b = this.buf[this.i++];
      v |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
      shift += 7n;
      if (shift > 70n) throw bad('varint overflow');
    }
  }
  bytes(n: number): Uint8Array {
    if (n < 0 || this.i + n > this.buf.length) throw bad('unexpected EOF');
    const b = this.buf.subarray(this.i, this.i + n);
    this.i += n;
    return b;
  }
}

const bad = (why: string) => new ApiError(400, 'BadRequest', `the protobuf body could not be decoded: ${why}`);

/** Each field of a message as [number, wire type, raw value]. */
function* wire(buf: Uint8Array): Generator<[number, number, bigint | Uint8Array]> {
  const r = new Reader(buf);
  while (r.i < buf.length) {
    const key = Number(r.varint());
    const no = key >>> 3;
    const wt = key & 7;
    if (wt === 0) yield [no, wt, r.varint()];
    else if (wt === 2) yield [no, wt, r.bytes(Number(r.varint()))];
    else if (wt === 1) yield [no, wt, r.bytes(8)];
    else if (wt === 5) yield [no, wt, r.bytes(4)];
    else throw bad(`wire type ${wt}`);
  }
}

/** A message without a schema: field number → its last raw value. */
function plain(raw: Uint8Array): Record<number, bigint | Uint8Array> {
  const out: Record<number, bigint | Uint8Array> = {};
  for (const [no, , v] of wire(raw)) out[no] = v;
  return out;
}

function time(raw: Uint8Array, micro: boolean): string | undefined {
  const v = plain(raw);
  const seconds = num(v[1]);
  const nanos = num(v[2]);
  if (!seconds && !nanos) return undefined;
  const iso = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '');
  return micro ? `${iso}.${String(Math.floor(nanos / 1000)).padStart(6, '0')}Z` : `${iso}Z`;
}

function scalar(type: number, wt: number, v: bigint | Uint8Array): unknown {
  if (wt === 2) return type === T_BYTES ? Buffer.from(v as Uint8Array).toString('base64') : Buffer.from(v as Uint8Array).toString('utf8');
  if (wt === 1 || wt === 5) {
    const b = Buffer.from(v as Uint8Array);
    if (type === T_DOUBLE) return b.readDoubleLE(0);
    if (type === T_FLOAT) return b.readFloatLE(0);
    return wt === 1 ? Number(b.readBigInt64LE(0)) : b.readInt32LE(0);
  }
  const n = v as bigint;
  if (type === T_BOOL) return n !== 0n;
  if (type === T_SINT32 || type === T_SINT64) return Number((n >> 1n) ^ -(n & 1n));
  if (type === T_ENUM) return Number(n);
  return Number(BigInt.asIntN(64, n));
}

const MAX_DEPTH = 100;

function decodeMessage(typeName: string, buf: Uint8Array, depth: number): unknown {
  if (depth > MAX_DEPTH) throw bad('nesting too deep');
  const special = SPECIAL[typeName];
  if (special) return special(buf);
  const msg = load()[typeName];
  if (!msg) throw bad(`unknown message ${typeName}`);
  const out: Record<string, unknown> = {};
  const set = (k: string, v: unknown) => Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [no, wt, v] of wire(buf)) {
    const f = Object.prototype.hasOwnProperty.call(msg.f, no) ? msg.f[no] : undefined;
    if (!f) continue;
    const [protoName, type, repeated, sub, isValue] = f;
    const name = jsonName(typeName, protoName);
    let value: unknown;
    if (type === T_MESSAGE && wt === 2) {
      value = decodeMessage(sub!, v as Uint8Array, depth + 1);
      const entry = load()[sub!];
      if (entry?.m) {
        const e = value as Record<string, unknown>;
        const map = (Object.prototype.hasOwnProperty.call(out, name) ? out[name] : {}) as Record<string, unknown>;
        Object.defineProperty(map, String(e.key ?? ''), { value: e.value ?? (entry.f['2']?.[1] === T_STRING ? '' : e.value), enumerable: true, writable: true, configurable: true });
        set(name, map);
        continue;
      }
    } else if (repeated && wt === 2 && type !== T_STRING && type !== T_BYTES && type !== T_MESSAGE) {
      // a packed list of numbers
      const r = new Reader(v as Uint8Array);
      const list = (out[name] as unknown[] | undefined) ?? [];
      while (r.i < r.buf.length) list.push(scalar(type, 0, r.varint()));
      set(name, list);
      continue;
    } else {
      value = scalar(type, wt, v);
    }
    if (repeated) {
      const list = (Object.prototype.hasOwnProperty.call(out, name) ? out[name] : []) as unknown[];
      list.push(value);
      set(name, list);
    } else if (value !== undefined && (isValue !== 1 || (value !== 0 && value !== false && value !== '') || required(typeName, name))) {
      // a pointer field on the wire was set, even to its zero; a value field's zero is what the Go
      // object holds when nothing was set, which the apiserver's JSON leaves out (omitempty) unless
      // the field is required
      set(name, value);
    }
  }
  return out;
}

/** The proto package of an API group (`apps` → k8s.io.api.apps.v1, core → k8s.io.api.core.v1). */
function packageOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? 'core' : apiVersion.slice(0, slash).split('.')[0];
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  return group === 'meta' ? `${META}` : `k8s.io.api.${group}.${version}`;
}

/** Decode a protobuf body (envelope and object) into the JSON object it carries. */
export function decodeProtobuf(body: Buffer): Record<string, unknown> {
  if (body.length < 4 || body.readUInt32BE(0) !== 0x6b387300) throw bad('the body does not start with the k8s protobuf prefix');
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array = new Uint8Array();
  for (const [no, wt, v] of wire(body.subarray(4))) {
    if (wt !== 2) continue;
    if (no === 1) {
      for (const [tno, twt, tv] of wire(v as Uint8Array)) {
        if (twt !== 2) continue;
        if (tno === 1) apiVersion = Buffer.from(tv as Uint8Array).toString('utf8');
        else if (tno === 2) kind = Buffer.from(tv as Uint8Array).toString('utf8');
      }
    } else if (no === 2) raw = v as Uint8Array;
  }
  // options kinds (DeleteOptions, CreateOptions) travel as v1 but live in meta
  const typeName = load()[`${packageOf(apiVersion)}.${kind}`] ? `${packageOf(apiVersion)}.${kind}` : `${META}.${kind}`;
  const obj = decodeMessage(typeName, raw, 0) as Record<string, unknown>;
  return { apiVersion, kind, ...obj };
}
