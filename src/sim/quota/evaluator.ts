/** quota/v1's Evaluator: what one resource charges against a ResourceQuota, and which quota names and scopes it answers to. */
import type { Json } from '../json';
import { count } from '../quantity-math';
import type { ResourceList } from './resource-list';

/** A ScopedResourceSelectorRequirement (a `spec.scopes` entry becomes one with operator Exists). */
export interface ScopeSelector {
  scopeName: string;
  operator: string;
  values?: string[];
}

export interface Evaluator {
  /** The resource key (`pods`, `deployments.apps`). */
  readonly resource: string;
  /** The quota resource names among `names` that this evaluator tracks. */
  matchingResources(names: string[]): string[];
  /** Whether a write of this kind can change usage. */
  handles(op: 'CREATE' | 'UPDATE', subresource: string | undefined): boolean;
  /** The admission refusal (`must specify …`) when the object lacks what the required names need. */
  constraints(required: string[], obj: Json): string | undefined;
  /** Whether the object falls in the scope. */
  matchesScope(scope: ScopeSelector, obj: Json): boolean;
  /** What the object uses; `now` in ms of virtual time. */
  usage(obj: Json, now: number): ResourceList;
}

/** generic.ObjectCountQuotaResourceNameFor: `count/<resource>.<group>`. */
export const objectCountName = (resource: string): string => `count/${resource}`;

/** generic.MatchesNoScopeFunc: scoped quotas never match objects other than pods (and VAC-scoped claims). */
export const matchesNoScope = (): boolean => false;

/**
 * generic.NewObjectCountEvaluator: one `count/<resource>` per object created, with the name
 * kept from before object count quotas for configmaps, secrets, resourcequotas and replicationcontrollers.
 */
export function objectCountEvaluator(resource: string, alias?: string): Evaluator {
  const names = alias ? [objectCountName(resource), alias] : [objectCountName(resource)];
  return {
    resource,
    matchingResources: (input) => input.filter((n) => names.includes(n)),
    handles: (op) => op === 'CREATE',
    constraints: () => undefined,
    matchesScope: matchesNoScope,
    usage: () => new Map(names.map((n) => [n, count(1)])),
  };
}
