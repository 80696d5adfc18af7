/** Which objects a ResourceQuota covers: its scopes and scope selector (generic.Matches, getScopeSelectorsFromQuota). */
import type { Json } from '../json';
import type { Evaluator, ScopeSelector } from './evaluator';
import { fromJson } from './resource-list';

/** `spec.scopes` as Exists selectors, then `spec.scopeSelector.matchExpressions`. */
export function quotaScopeSelectors(quota: Json): ScopeSelector[] {
  const scopes: unknown[] = Array.isArray(quota?.spec?.scopes) ? quota.spec.scopes : [];
  const exprs: unknown[] = Array.isArray(quota?.spec?.scopeSelector?.matchExpressions) ? quota.spec.scopeSelector.matchExpressions : [];
  return [
    ...scopes.filter((s): s is string => typeof s === 'string').map((scopeName) => ({ scopeName, operator: 'Exists' })),
    ...exprs
      .filter((e): e is ScopeSelector => !!e && typeof e === 'object')
      .map((e) => ({
        scopeName: String(e.scopeName),
        operator: String(e.operator),
        values: Array.isArray(e.values) ? e.values.map(String) : [],
      })),
  ];
}

/** A selector over the one-label set `{<scope>: value}` (none when the value is empty), as ScopedResourceSelectorRequirementsAsSelector builds it. */
export function matchesScopeValues(scope: ScopeSelector, value: string): boolean {
  const has = value !== '';
  const inValues = has && (scope.values ?? []).includes(value);
  switch (scope.operator) {
    case 'In':
      return inValues;
    case 'NotIn':
      return !inValues;
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
  return false;
}

/** The quota's hard names (status.hard, what the controller has enforced). */
export const hardNames = (quota: Json): string[] => [...fromJson(quota?.status?.hard).keys()];

/** generic.Matches: the quota limits something the evaluator tracks and the object is in every scope. */
export function quotaMatches(ev: Evaluator, quota: Json, obj: Json): boolean {
  return ev.matchingResources(hardNames(quota)).length > 0 && quotaScopeSelectors(quota).every((s) => ev.matchesScope(s, obj));
}
