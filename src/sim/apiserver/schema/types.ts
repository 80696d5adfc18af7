/** Shapes of the generated schema (`src/generated/schema.json`, written by scripts/gen-schema.ts). */

/**
 * A property type. `t` is one of: string, bytes, int32, int64, float64, bool, intorstring, quantity, time, microtime,
 * any, ref (to another definition in `r`), array (items in `it`), map (values in `it`).
 */
export interface PropSchema {
  t: string;
  /** Definition id, e.g. `core.v1.PodSpec`. */
  r?: string;
  /** Item type of arrays, value type of maps. */
  it?: PropSchema;
  /** Allowed values, when the API documents an enumeration. */
  e?: string[];
  /** 1 when the Go field is a value, not a pointer (a struct is then always encoded, a scalar omitted at its zero unless required). */
  v?: 1;
  /** 1 for an optional field whose Go tag has no omitempty: written even when empty. */
  a?: 1;
  /** The named Go type of a string, number or map (`v1.Protocol`, `types.UID`, `v1.ResourceList`), for decoding errors. */
  n?: string;
}

/** One API definition (a Go struct). */
export interface DefSchema {
  /** Properties by JSON name. */
  p: Record<string, PropSchema>;
  /** Properties that are not optional. */
  req?: string[];
  /** `[apiVersion, kind]` for top-level kinds. */
  gvk?: [string, string];
  /** Go struct order of the fields, as indexes into their sorted names; absent when sorted. */
  g?: number[];
}

export interface Schema {
  defs: Record<string, DefSchema>;
  /** `apps/v1/Deployment` → definition id. */
  kinds: Record<string, string>;
}
