import type { Diagnostic } from './protocol';

/** Signature of suggestField (src/sim/apiserver/schema/suggest-field.ts). */
export type SuggestField = (parentPath: (string | number)[], unknownName: string, root?: { apiVersion: string; kind: string }) => string | undefined;

/** Turn `spec.ports[0].nodePort` into ['spec', 'ports', 0, 'nodePort']. */
export function fieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[1]);
  }
  return out;
}

/** Add "did you mean" to unknown-field diagnostics (in the worker: field names need no schema docs). */
export function addSuggestions(list: Diagnostic[], suggest: SuggestField): Diagnostic[] {
  return list.map((d) => {
    if (!d.unknownField || !d.field || d.suggestion) return d;
    const path = fieldPath(d.field);
    const name = path[path.length - 1];
    if (typeof name !== 'string') return d;
    const suggestion = suggest(path.slice(0, -1), name, d.root);
    return suggestion ? { ...d, suggestion, message: `${d.message} (did you mean "${suggestion}"?)` } : d;
  });
}
