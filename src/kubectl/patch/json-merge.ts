/** JSON merge patch (RFC 7386): maps merge recursively, `null` deletes, anything else replaces. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const isMap = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Apply an RFC 7386 merge patch; `target` is not mutated. */
export function jsonMergePatch(target: Json, patch: Json): Json {
  if (!isMap(patch)) return structuredClone(patch);
  const out: Record<string, Json> = isMap(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = jsonMergePatch(out[k], v);
  }
  return out;
}
