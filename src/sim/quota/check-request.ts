/**
 * The ResourceQuota admission check (apiserver admission/plugin/resourcequota CheckRequest): the
 * quotas that cover the request, each one's constraints and known usage, and the usage it would
 * have after the request, or the reason it is refused.
 */
import type { Json } from '../json';
import type { Evaluator } from './evaluator';
import { addLists, equalLists, fromJson, lessThanOrEqual, mask, negativeNames, prettyPrint, removeZeros, subtractNonNegative, toJson, type ResourceList } from './resource-list';
import { hardNames, quotaMatches } from './scopes';

export interface QuotaRequest {
  op: 'CREATE' | 'UPDATE';
  subresource?: string;
  obj: Json;
  /** The stored object (UPDATE). */
  old?: Json;
  now: number;
}

/** The quotas whose status.used the request changes, with their new used map; or the refusal. */
export type CheckResult = { charged: { quota: Json; used: Record<string, string> }[] } | { refused: string };

/** hasUsageStats: every tracked hard name has a used value. */
const hasUsage = (quota: Json, tracked: string[]): boolean => {
  const used = fromJson(quota?.status?.used);
  return tracked.every((n) => used.has(n));
};

export function checkRequest(quotas: Json[], ev: Evaluator, req: QuotaRequest): CheckResult {
  if (!ev.handles(req.op, req.subresource)) return { charged: [] };
  const covering: Json[] = [];
  for (const q of quotas) {
    if (!quotaMatches(ev, q, req.obj)) continue;
    const tracked = ev.matchingResources(hardNames(q));
    const failed = ev.constraints(tracked, req.obj);
    if (failed) return { refused: `failed quota: ${q.metadata.name}: ${failed}` };
    if (!hasUsage(q, tracked))
      return {
        refused: `status unknown for quota: ${q.metadata.name}, resources: ${[...tracked].sort().join(',')}`,
      };
    covering.push(q);
  }
  const input = ev.usage(req.obj, req.now);
  const negative = negativeNames(input);
  if (negative.length)
    return {
      refused: `quota usage is negative for resource(s): ${negative.sort().join(',')}`,
    };
  const deltas = new Map<Json, ResourceList>(covering.map((q) => [q, input]));
  if (req.op === 'UPDATE' && req.old) {
    // charge only the growth, to the quotas that already counted the old object
    const delta = subtractNonNegative(input, ev.usage(req.old, req.now));
    for (const q of covering) if (quotaMatches(ev, q, req.old)) deltas.set(q, delta);
  }
  const charged: { quota: Json; used: Record<string, string> }[] = [];
  for (const q of covering) {
    const delta = removeZeros(deltas.get(q)!);
    if (delta.size === 0) continue;
    const hard = fromJson(q.status?.hard);
    const used = fromJson(q.status?.used);
    const requested = mask(delta, hard.keys());
    const next = addLists(used, requested);
    const { ok, exceeded } = lessThanOrEqual(mask(next, requested.keys()), hard);
    if (!ok) {
      return {
        refused: `exceeded quota: ${q.metadata.name}, requested: ${prettyPrint(mask(requested, exceeded))}, used: ${prettyPrint(mask(used, exceeded))}, limited: ${prettyPrint(mask(hard, exceeded))}`,
      };
    }
    if (!equalLists(used, next)) charged.push({ quota: q, used: toJson(next) });
  }
  return { charged };
}
