/**
 * Strategic merge patch (k8s.io/apimachinery strategicpatch), re-expressed for plain JSON objects:
 * maps merge, lists merge by their merge key (see merge-keys.ts) or are replaced whole,
 * `null` deletes a field, `$patch: delete` / `$patch: replace` directives, and the three-way
 * patch `kubectl apply` sends.
 */
import { hasOwn, isJsonMap, jsonEqual, own, setOwn } from '../../own';
import { goValue } from './go-format';
import { listStrategy } from './merge-keys';
import type { Json } from '../../json';

const isMap = isJsonMap as (v: unknown) => v is Record<string, Json>;

export class PatchError extends Error {}

/** Apply a strategic merge patch to `doc` (not mutated); `kind` selects the per-kind list rules. */
export function strategicMerge(doc: Json, patch: Json, kind?: string): Json {
  return mergeValue(structuredClone(doc), patch, kind ?? (isMap(doc) ? doc.kind : undefined), []);
}

function mergeValue(cur: Json, patch: Json, kind: string | undefined, path: string[]): Json {
  if (!isMap(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _p, ...rest } = patch;
    return structuredClone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const base: Record<string, Json> = isMap(cur) ? cur : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k.startsWith('$setElementOrder/') || k.startsWith('$retainKeys')) continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const f = k.slice('$deleteFromPrimitiveList/'.length);
      const list = own<Json[]>(base, f);
      if (Array.isArray(list) && Array.isArray(v)) setOwn(base, f, list.filter((x: Json) => !v.includes(x)));
      continue;
    }
    if (v === null) {
      delete base[k];
      continue;
    }
    const p = [...path, k];
    if (Array.isArray(v)) {
      setOwn(base, k, mergeList(own(base, k), v, kind, p));
    } else if (isMap(v)) {
      const merged = mergeValue(own(base, k), v, kind, p);
      if (merged === undefined) delete base[k];
      else setOwn(base, k, merged);
    } else {
      setOwn(base, k, v);
    }
  }
  return base;
}

function mergeList(cur: Json, patch: Json[], kind: string | undefined, path: string[]): Json[] {
  const strategy = listStrategy(kind, path);
  if (!strategy) {
    // a `$patch: replace` element (or any atomic list) replaces the whole list
    return structuredClone(patch.filter((e) => !(isMap(e) && e.$patch === 'replace')));
  }
  const list: Json[] = Array.isArray(cur) ? structuredClone(cur) : [];
  if ('primitiveMerge' in strategy) {
    for (const e of patch) if (!list.includes(e)) list.push(e);
    return list;
  }
  const key = strategy.mergeKey;
  if (patch.some((e) => isMap(e) && e.$patch === 'replace')) return structuredClone(patch.filter((e) => !(isMap(e) && e.$patch)));
  for (const e of patch) {
    if (!isMap(e)) throw new PatchError(`unable to find api field in struct for the patch element: ${JSON.stringify(e)}`);
    if (!hasOwn(e, key)) throw new PatchError(`map: ${goValue(e)} does not contain declared merge key: ${key}`);
    const i = list.findIndex((x) => isMap(x) && x[key] === e[key]);
    if (e.$patch === 'delete') {
      if (i >= 0) list.splice(i, 1);
      continue;
    }
    if (i >= 0) list[i] = mergeValue(list[i], e, kind, path);
    else list.push(mergeValue({}, e, kind, path));
  }
  return list;
}

/**
 * The patch `kubectl apply` computes (CreateThreeWayMergePatch): fields removed from the last
 * applied configuration (`original`) become deletions, fields of the new configuration
 * (`modified`) that differ from the live object (`current`) become changes. `{}` means unchanged.
 */
export function threeWayMergePatch(original: Json, modified: Json, current: Json, kind?: string): Record<string, Json> {
  return diffMaps(isMap(original) ? original : {}, modified, isMap(current) ? current : {}, kind ?? modified?.kind, []);
}

function diffMaps(orig: Record<string, Json>, mod: Record<string, Json>, cur: Record<string, Json>, kind: string | undefined, path: string[]): Record<string, Json> {
  const patch: Record<string, Json> = {};
  for (const k of Object.keys(orig)) {
    // deleted from the configuration: delete it live too (if it is still there)
    if (!hasOwn(mod, k) && hasOwn(cur, k)) setOwn(patch, k, null);
  }
  for (const [k, m] of Object.entries(mod)) {
    const c = own(cur, k);
    const o = own(orig, k);
    const p = [...path, k];
    if (isMap(m) && isMap(c)) {
      const sub = diffMaps(isMap(o) ? o : {}, m, c, kind, p);
      if (Object.keys(sub).length) setOwn(patch, k, sub);
    } else if (Array.isArray(m) && Array.isArray(c)) {
      const sub = diffLists(Array.isArray(o) ? o : [], m, c, kind, p);
      if (sub !== undefined) setOwn(patch, k, sub);
    } else if (!deepEqual(m, c)) {
      setOwn(patch, k, structuredClone(m));
    }
  }
  return patch;
}

function diffLists(orig: Json[], mod: Json[], cur: Json[], kind: string | undefined, path: string[]): Json[] | undefined {
  const strategy = listStrategy(kind, path);
  if (!strategy) return deepEqual(mod, cur) ? undefined : structuredClone(mod);
  if ('primitiveMerge' in strategy) {
    const add = mod.filter((e) => !cur.includes(e));
    return add.length ? add : undefined;
  }
  const key = strategy.mergeKey;
  const out: Json[] = [];
  const wanted = pairing(mod, key);
  for (const o of orig) {
    if (!isMap(o)) continue;
    if (!wanted(o) && cur.some((c) => isMap(c) && mergeKeyText(c[key]) === mergeKeyText(o[key]))) out.push({ [key]: o[key], $patch: 'delete' });
  }
  if (mod.some((m) => !isMap(m))) return deepEqual(mod, cur) ? undefined : structuredClone(mod);
  const live = pairing(cur, key);
  const applied = pairing(orig, key);
  for (const m of mod) {
    const c = live(m);
    if (!c) {
      out.push(structuredClone(m));
      continue;
    }
    const o = applied(m);
    const sub = diffMaps(isMap(o) ? o : {}, m, c, kind, path);
    if (Object.keys(sub).length) out.push({ [key]: m[key], ...sub });
  }
  return out.length ? out : undefined;
}

/** How strategicpatch compares merge key values: their `%v` text (53 and "53" are the same key). */
function mergeKeyText(v: Json): string {
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * The element of `list` an element pairs with: strategicpatch walks both lists sorted by merge key
 * (a stable sort for lists this short), so the n-th element with a key value pairs with the n-th
 * of that value in the other list. Repeated values happen: container ports 53/UDP and 53/TCP share
 * their merge key containerPort. Each element pairs once.
 */
function pairing(list: Json[], key: string): (e: Record<string, Json>) => Record<string, Json> | undefined {
  const groups = new Map<string, Record<string, Json>[]>();
  for (const x of list) {
    if (!isMap(x)) continue;
    const k = mergeKeyText(x[key]);
    const group = groups.get(k);
    if (group) group.push(x);
    else groups.set(k, [x]);
  }
  return (e) => groups.get(mergeKeyText(e[key]))?.shift();
}

/** Structural equality of JSON values (key order ignored). */
export const deepEqual = jsonEqual;
