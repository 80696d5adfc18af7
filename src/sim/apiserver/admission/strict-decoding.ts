import type { KObject } from '../../types';
import type { AdmissionPlugin } from '../apiserver';
import { decodeError } from '../schema/decode';
import { canonicalizeQuantities, dropEmptyMeta, zeroNullItems } from '../schema/canonical';

/** A decoder field path (`spec.containers[0].imagePullPolice`) as keys and indexes. */
function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

function dropField(obj: unknown, path: (string | number)[]): void {
  let at: unknown = obj;
  for (const s of path.slice(0, -1)) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, s)) return;
    at = (at as Record<string, unknown>)[s];
  }
  const last = path[path.length - 1];
  if (at !== null && typeof at === 'object' && !Array.isArray(at) && typeof last === 'string') delete (at as Record<string, unknown>)[last];
}

/** What Go's decode-and-encode leaves of a decoded object: zero values for null items, canonical quantities, no empty metadata maps. */
function stored(obj: KObject): void {
  zeroNullItems(obj);
  canonicalizeQuantities(obj);
  dropEmptyMeta(obj);
}

/**
 * Admission phase `decode`: every written object decoded. Unknown fields fail the write under
 * fieldValidation Strict (the default here); under Warn and Ignore the decoder drops them, Warn
 * with one warning each. A type error fails whatever the mode. What is stored has its quantities
 * in canonical form, as Go's decode-and-encode leaves them.
 */
export const strictDecodingPlugin: AdmissionPlugin = {
  name: 'StrictDecoding',
  phase: 'decode',
  run(obj, ctx) {
    if (ctx.subresource === 'status') return;
    const err = decodeError(obj);
    if (!err) return stored(obj);
    const mode = ctx.fieldValidation ?? 'Strict';
    const unknown = err.causes.filter((c) => c.reason === 'FieldValueUnknown');
    if (mode === 'Strict' || unknown.length !== err.causes.length) throw err;
    for (const c of unknown) {
      dropField(obj, pathSegments(c.field ?? ''));
      if (mode === 'Warn') ctx.warn(c.message);
    }
    stored(obj);
  },
};
