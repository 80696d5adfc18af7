import type { KObject } from '../../types';
import { canonicalQuantity } from '../../quantity-string';
import { def, defIdForKind } from './schema';
import type { PropSchema } from './types';

/**
 * What decoding into Go types and encoding back does to a written object: every resource.Quantity
 * is stored in its canonical form (`cpu: 0.5` reads back as `500m`). The walk follows only the
 * fields whose types can hold a quantity.
 */

const holdsQuantity = new Map<string, boolean>();

function propHolds(p: PropSchema): boolean {
  if (p.t === 'quantity') return true;
  if (p.t === 'ref') return defHolds(p.r!);
  return (p.t === 'array' || p.t === 'map') && propHolds(p.it!);
}

function defHolds(id: string): boolean {
  const known = holdsQuantity.get(id);
  if (known !== undefined) return known;
  // a recursive type (JSONSchemaProps) is answered false while it is being worked out
  holdsQuantity.set(id, false);
  const d = def(id);
  const holds = !!d && Object.values(d.p).some(propHolds);
  holdsQuantity.set(id, holds);
  return holds;
}

function canonicalProp(v: unknown, p: PropSchema): unknown {
  if (v === null || v === undefined) return v;
  switch (p.t) {
    case 'quantity':
      return typeof v === 'string' || typeof v === 'number' ? canonicalQuantity(v) : v;
    case 'ref':
      if (typeof v === 'object' && !Array.isArray(v)) canonicalStruct(v as Record<string, unknown>, p.r!);
      return v;
    case 'array':
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = canonicalProp(v[i], p.it!);
      return v;
    case 'map':
      if (typeof v === 'object' && !Array.isArray(v)) {
        const m = v as Record<string, unknown>;
        for (const k of Object.keys(m)) m[k] = canonicalProp(m[k], p.it!);
      }
      return v;
    default:
      return v;
  }
}

function canonicalStruct(obj: Record<string, unknown>, id: string): void {
  if (!defHolds(id)) return;
  const props = def(id)!.p;
  for (const k of Object.keys(obj)) {
    const p = Object.hasOwn(props, k) ? props[k] : undefined;
    if (p && propHolds(p)) obj[k] = canonicalProp(obj[k], p);
  }
}

/** The Go zero value a JSON `null` list item or map value decodes to (a nil slice, map or []byte, a zero Time, stay null). */
const ZERO: Record<string, unknown> = { string: '', int32: 0, int64: 0, float64: 0, bool: false, intorstring: 0, quantity: '0' };

function zeroOf(p: PropSchema): unknown {
  if (p.t === 'ref') return {};
  return Object.hasOwn(ZERO, p.t) ? ZERO[p.t] : null;
}

function zeroNullProp(v: unknown, p: PropSchema): void {
  if (v === null || typeof v !== 'object') return;
  if (p.t === 'ref' && !Array.isArray(v)) return zeroNullStruct(v as Record<string, unknown>, p.r!);
  if (p.t !== 'array' && p.t !== 'map') return;
  const c = v as Record<string, unknown>;
  for (const k of Object.keys(c)) {
    if (c[k] === null) c[k] = zeroOf(p.it!);
    else zeroNullProp(c[k], p.it!);
  }
}

function zeroNullStruct(obj: Record<string, unknown>, id: string): void {
  const d = def(id);
  if (!d) return;
  for (const k of Object.keys(obj)) if (Object.hasOwn(d.p, k)) zeroNullProp(obj[k], d.p[k]);
}

/**
 * Decoding a `null` list item or map value leaves the element's zero value (`containers: [null]`
 * is one empty Container, which defaulting then fills in).
 */
export function zeroNullItems(obj: KObject): void {
  const id = defIdForKind(obj.apiVersion, obj.kind);
  if (id) zeroNullStruct(obj as unknown as Record<string, unknown>, id);
}

/** Rewrite the quantities of a decoded object in place, as the API server stores them. */
export function canonicalizeQuantities(obj: KObject): void {
  const id = defIdForKind(obj.apiVersion, obj.kind);
  if (id) canonicalStruct(obj as unknown as Record<string, unknown>, id);
}

/** ObjectMeta's map and list fields, all `omitempty`: an empty one is not encoded back. */
const OMITEMPTY_META = ['labels', 'annotations', 'finalizers', 'ownerReferences', 'managedFields'] as const;

/** Drop the empty maps and lists of metadata that Go's encoder leaves out (`labels: {}` reads back as no labels). */
export function dropEmptyMeta(obj: KObject): void {
  const meta = obj.metadata as unknown as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== 'object') return;
  for (const k of OMITEMPTY_META) {
    const v = meta[k];
    if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) delete meta[k];
  }
}
