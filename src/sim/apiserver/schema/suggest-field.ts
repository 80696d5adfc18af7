/** "Did you mean" for unknown fields, from the schema's field names alone (no docs: the sim worker computes it). */
import { editDistance } from '../../edit-distance';
import { SCHEMA, def, defIdForKind, propAt } from './schema';
import type { PropSchema } from './types';

/** Field names valid under a parent, or every field name when the parent is unknown. */
function candidates(parentPath: (string | number)[], root?: { apiVersion: string; kind: string }): string[] {
  const rootId = root ? defIdForKind(root.apiVersion, root.kind) : undefined;
  if (rootId) {
    let p: PropSchema | undefined = parentPath.length ? propAt(rootId, parentPath) : { t: 'ref', r: rootId };
    if (p?.t === 'array' || p?.t === 'map') p = p.it;
    if (p?.t === 'ref' && p.r) return Object.keys(def(p.r)?.p ?? {});
    return [];
  }
  const all = new Set<string>();
  for (const d of Object.values(SCHEMA.defs)) for (const k of Object.keys(d.p)) all.add(k);
  return [...all];
}

/**
 * "Did you mean": the valid field closest to an unknown one under `parentPath` (`spec.containers[0]`
 * or `['spec', 'containers', 0]`): the same name in another case first (`configMapkeyRef` →
 * `configMapKeyRef`), else the nearest within two edits. Without `root`, any API field is a candidate.
 */
export function suggestField(
  parentPath: string | (string | number)[],
  unknownName: string,
  root?: { apiVersion: string; kind: string },
): string | undefined {
  const path = typeof parentPath === 'string' ? splitPath(parentPath) : parentPath;
  const fields = candidates(path, root).sort();
  const lower = unknownName.toLowerCase();
  const sameCase = fields.find((f) => f.toLowerCase() === lower && f !== unknownName);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestD = Math.min(3, Math.max(1, Math.floor(unknownName.length / 3)) + 1);
  for (const f of fields) {
    if (f === unknownName) continue;
    const d = editDistance(lower, f.toLowerCase());
    if (d < bestD) {
      best = f;
      bestD = d;
    }
  }
  if (best) return best;
  // a typo that kept the start of the word (`imgress` → `image`) may be further away
  let loose = Math.ceil(unknownName.length / 2) + 1;
  for (const f of fields) {
    const fl = f.toLowerCase();
    if (f === unknownName || fl.slice(0, 2) !== lower.slice(0, 2)) continue;
    const d = editDistance(lower, fl);
    if (d < loose) {
      best = f;
      loose = d;
    }
  }
  return best;
}

/** `spec.containers[0].env` → ['spec', 'containers', 0, 'env']. */
function splitPath(p: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}
