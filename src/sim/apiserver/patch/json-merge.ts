/** JSON merge patch (RFC 7386): maps merge recursively, `null` deletes, anything else replaces. */
import { isJsonMap as isMap, own, setOwn } from '../../own';
import type { Json } from '../../json';

/** Apply an RFC 7386 merge patch; `target` is not mutated. */
export function jsonMergePatch(target: Json, patch: Json): Json {
  if (!isMap(patch)) return structuredClone(patch);
  const out: Record<string, Json> = isMap(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else setOwn(out, k, jsonMergePatch(own(out, k), v));
  }
  return out;
}
