/**
 * The `fieldValidation` query parameter of writes: Strict rejects unknown fields (the simulated
 * API server's own decoding), Warn (the default when the parameter is absent) and Ignore drop them
 * from the object first, Warn with one warning per field.
 */
import { defIdForKind } from '../sim/apiserver/schema/schema';
import { strictDecode } from '../sim/apiserver/schema/decode';
import { ApiError, type KObject } from '../sim/types';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

const OPTIONS: Record<string, string> = { POST: 'CreateOptions', PUT: 'UpdateOptions', PATCH: 'PatchOptions' };

/** The mode of a write's query; an unsupported value is the options' validation error. */
export function fieldValidationOf(method: string, query: URLSearchParams): FieldValidation {
  const v = query.get('fieldValidation') ?? '';
  if (v === '' || v === 'Warn') return 'Warn';
  if (v === 'Strict' || v === 'Ignore') return v;
  const message = `Unsupported value: ${JSON.stringify(v)}: supported values: "", "Ignore", "Strict", "Warn"`;
  throw new ApiError(422, 'Invalid', `${OPTIONS[method] ?? 'CreateOptions'}.meta.k8s.io "" is invalid: fieldValidation: ${message}`, [{ reason: 'FieldValueNotSupported', field: 'fieldValidation', message }], { kind: OPTIONS[method] ?? 'CreateOptions', group: 'meta.k8s.io' });
}

/** A field path of the decoder (`spec.containers[0].imagePullPolice`) as keys and indexes. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

function drop(obj: unknown, path: (string | number)[]): void {
  let at: unknown = obj;
  for (const s of path.slice(0, -1)) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, s)) return;
    at = (at as Record<string, unknown>)[s];
  }
  const last = path[path.length - 1];
  if (at !== null && typeof at === 'object' && !Array.isArray(at) && typeof last === 'string') delete (at as Record<string, unknown>)[last];
}

/** Under Warn or Ignore: `obj` without its unknown fields, and the warnings to send; under Strict, as it is. */
export function dropUnknownFields(obj: KObject, mode: FieldValidation): { obj: KObject; warnings: string[] } {
  if (mode === 'Strict' || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') return { obj, warnings: [] };
  const id = defIdForKind(obj.apiVersion, obj.kind);
  if (!id) return { obj, warnings: [] };
  const { error, unknown } = strictDecode(obj, id);
  // a type error fails whatever the mode: the server's decoding reports it
  if (error || !unknown.length) return { obj, warnings: [] };
  const copy = structuredClone(obj);
  for (const f of unknown) drop(copy, segments(f));
  return { obj: copy, warnings: mode === 'Warn' ? unknown.map((f) => `unknown field "${f}"`) : [] };
}
