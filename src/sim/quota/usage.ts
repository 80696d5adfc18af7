/** What the resource quota controller writes as status.used (quota.CalculateUsage and generic.CalculateUsageStats). */
import type { Json } from '../json';
import { ZERO } from '../quantity-math';
import type { Evaluator } from './evaluator';
import { addLists, fromJson, mask, toJson, type ResourceList } from './resource-list';
import { evaluatorFor } from './registry';
import { quotaScopeSelectors } from './scopes';

/** The objects of a resource in a namespace, or undefined for a resource the server does not serve. */
export type ListFn = (resource: string, namespace: string) => Json[] | undefined;

const CORE = ['pods', 'services', 'persistentvolumeclaims'];
const LEGACY = ['configmaps', 'resourcequotas', 'replicationcontrollers', 'secrets'];

/** The evaluators a quota's hard names call for: the core ones, and the object counts it names. */
function evaluatorsFor(hard: string[]): Evaluator[] {
  const resources = new Set(CORE);
  for (const n of hard) {
    if (n.startsWith('count/')) resources.add(n.slice('count/'.length));
    else if (LEGACY.includes(n)) resources.add(n);
  }
  return [...resources].map(evaluatorFor);
}

/** The quota's usage: each tracked hard name summed over the namespace's objects in its scopes; names nothing tracks keep their last value. */
export function calculateUsed(quota: Json, list: ListFn, now: number): Record<string, string> {
  const hard = fromJson(quota?.spec?.hard);
  const names = [...hard.keys()];
  const scopes = quotaScopeSelectors(quota);
  let used: ResourceList = fromJson(quota?.status?.used);
  for (const ev of evaluatorsFor(names)) {
    const tracked = ev.matchingResources(names);
    if (tracked.length === 0) continue;
    const items = list(ev.resource, quota.metadata.namespace);
    if (!items) continue;
    let sum: ResourceList = new Map(tracked.map((n) => [n, ZERO]));
    for (const o of items) if (scopes.every((s) => ev.matchesScope(s, o))) sum = addLists(sum, ev.usage(o, now));
    used = new Map([...used, ...mask(sum, tracked)]);
  }
  return toJson(mask(used, names));
}
