import { defIdForKind, def, propAt } from '../sim/apiserver/schema/schema';
import type { KObject } from '../sim/types';

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/**
 * "Did you mean" for an unknown field: the sibling field of the schema with the same name in
 * another case (`configMapkeyRef` → `configMapKeyRef`), else the closest one within 2 edits.
 */
export function suggestFieldName(path: (string | number)[], obj: unknown): string | undefined {
  const o = obj as KObject;
  const rootId = o?.apiVersion && o.kind ? defIdForKind(o.apiVersion, o.kind) : undefined;
  const name = path[path.length - 1];
  if (!rootId || typeof name !== 'string') return undefined;
  const parent = path.length === 1 ? { t: 'ref', r: rootId } : propAt(rootId, path.slice(0, -1));
  let p = parent;
  if (p?.t === 'array') p = p.it;
  if (p?.t !== 'ref' || !p.r) return undefined;
  const fields = Object.keys(def(p.r)?.p ?? {});
  const sameCase = fields.find((f) => f.toLowerCase() === name.toLowerCase());
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestD = 3;
  for (const f of fields) {
    const dd = distance(name.toLowerCase(), f.toLowerCase());
    if (dd < bestD) {
      best = f;
      bestD = dd;
    }
  }
  return best;
}
