/**
 * A model of Go's types, enough to print a value the way go-cmp does: kinds (basic, pointer,
 * slice, map, struct), Go type names, which types have an `Equal` method and which a value
 * `String` method. Values are plain data: a basic is a string, number or boolean; a nil pointer,
 * slice or map is `null`; a non-nil pointer is its element's value; a slice is an array; a map is
 * a list of [key, value] pairs sorted by key (Go's map keys sort that way in go-cmp); a struct is
 * an object with every field set.
 */

export type GoBasicKind = 'string' | 'bool' | 'int32' | 'int64' | 'int';

export type GoType =
  | { kind: 'basic'; name: string; basic: GoBasicKind; stringer?: boolean }
  | {
      kind: 'ptr';
      elem: GoType;
      /** Set when the pointer type has a `String()` method (the gogo-protobuf ones of metav1 types). */
      stringer?: (v: GoValue) => string;
    }
  | { kind: 'slice'; name?: string; elem: GoType }
  | { kind: 'map'; name?: string; key: GoType; elem: GoType }
  | {
      kind: 'struct';
      name: string;
      fields: GoField[];
      /** Set when the type has `func (T) Equal(T) bool`: go-cmp compares with it instead of descending. */
      equal?: (x: GoStruct, y: GoStruct) => boolean;
      /** Builds the value from its JSON form when it is not a plain field-by-field struct. */
      fromJson?: (j: unknown) => GoStruct;
    };

interface GoField {
  /** The Go field name (for an embedded struct, the type's name without package). */
  name: string;
  type: GoType;
  /** The JSON key in the v1 object; `inline` for an embedded struct whose fields sit in the parent. */
  json?: string;
}

export type GoValue = string | number | boolean | null | GoValue[] | GoMap | GoStruct;
export type GoMap = { entries: [string, GoValue][] };
export type GoStruct = { [field: string]: GoValue };

/** `value.TypeString(t, false)`: named types by package-qualified name, unnamed ones spelled out. */
export function typeString(t: GoType): string {
  switch (t.kind) {
    case 'basic':
    case 'struct':
      return t.name;
    case 'ptr':
      return `*${typeString(t.elem)}`;
    case 'slice':
      return t.name ?? `[]${typeString(t.elem)}`;
    case 'map':
      return t.name ?? `map[${typeString(t.key)}]${typeString(t.elem)}`;
  }
}

/** Whether the type has a name (go-cmp's `t.Name() != ""`). */
export function isNamed(t: GoType): boolean {
  if (t.kind === 'ptr') return false;
  if (t.kind === 'slice' || t.kind === 'map') return t.name !== undefined;
  return true;
}

/** `reflect.Value.IsZero`. */
export function isZero(t: GoType, v: GoValue): boolean {
  switch (t.kind) {
    case 'basic':
      return v === '' || v === 0 || v === false;
    case 'ptr':
    case 'slice':
    case 'map':
      return v === null;
    case 'struct':
      return t.fields.every((f) => isZero(f.type, (v as GoStruct)[f.name]));
  }
}

function jsonKey(f: GoField): string {
  return f.json ?? f.name[0].toLowerCase() + f.name.slice(1);
}

/** Decode a v1 JSON value into the Go value of type `t` (missing fields are zero, as encoding/json leaves them). */
export function fromJson(t: GoType, j: unknown): GoValue {
  switch (t.kind) {
    case 'basic':
      if (t.basic === 'string') return typeof j === 'string' ? j : '';
      if (t.basic === 'bool') return j === true;
      return typeof j === 'number' ? j : 0;
    case 'ptr':
      return j === undefined || j === null ? null : fromJson(t.elem, j);
    case 'slice':
      return Array.isArray(j) ? j.map((e) => fromJson(t.elem, e)) : null;
    case 'map': {
      if (j === undefined || j === null || typeof j !== 'object') return null;
      const entries = Object.entries(j as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]): [string, GoValue] => [k, fromJson(t.elem, v)]);
      return { entries };
    }
    case 'struct': {
      if (t.fromJson) return t.fromJson(j);
      const src = (j && typeof j === 'object' ? j : {}) as Record<string, unknown>;
      const out: GoStruct = {};
      for (const f of t.fields) out[f.name] = f.json === 'inline' ? fromJson(f.type, src) : fromJson(f.type, src[jsonKey(f)]);
      return out;
    }
  }
}

// Constructors for the catalogue in go-core-types.ts.
export const basic = (name: string, kind: GoBasicKind = 'string', stringer = false): GoType => ({ kind: 'basic', name, basic: kind, stringer });
export const ptr = (elem: GoType, stringer?: (v: GoValue) => string): GoType => ({ kind: 'ptr', elem, stringer });
export const slice = (elem: GoType, name?: string): GoType => ({ kind: 'slice', elem, name });
export const map = (key: GoType, elem: GoType, name?: string): GoType => ({ kind: 'map', key, elem, name });
export const struct = (name: string, fields: [string, GoType, string?][]): GoType => ({
  kind: 'struct',
  name,
  fields: fields.map(([n, type, json]) => ({ name: n, type, json })),
});

export const str = basic('string');
export const bool = basic('bool', 'bool');
export const int32 = basic('int32', 'int32');
export const int64 = basic('int64', 'int64');

/** A string as encoding/json writes it: HTML-safe, so `<`, `>` and `&` are escaped too. */
function jsonString(v: string): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * json.Marshal of a value of an internal type, which has no json tags: Go field names in field
 * order, every field, nil as null (how field.Invalid prints a struct or list). Types with their own
 * MarshalJSON (Quantity, Time) are not covered.
 */
export function marshalJson(t: GoType, v: GoValue): string {
  if (v === null) return 'null';
  switch (t.kind) {
    case 'basic':
      return typeof v === 'string' ? jsonString(v) : String(v);
    case 'ptr':
      return marshalJson(t.elem, v);
    case 'slice':
      return `[${(v as GoValue[]).map((e) => marshalJson(t.elem, e)).join(',')}]`;
    case 'map':
      return `{${(v as GoMap).entries.map(([k, e]) => `${jsonString(k)}:${marshalJson(t.elem, e)}`).join(',')}}`;
    case 'struct':
      return `{${t.fields.map((f) => `${jsonString(f.name)}:${marshalJson(f.type, (v as GoStruct)[f.name])}`).join(',')}}`;
  }
}
