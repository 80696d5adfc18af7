/** Field rules of rbac.authorization.k8s.io/v1 (k/k pkg/apis/rbac/validation/validation.go). */
import type { Json } from '../../json';
import type { KObject } from '../../types';
import { eachInvalid, isDNS1123Subdomain, notSupported, required, type Causes } from './field';
import { goQuote } from './go-quote';
import { nameIsPathSegment } from './meta';
import { validateLabelSelector } from './selector';

const RBAC = 'rbac.authorization.k8s.io';
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Go's %#v of a []string, as field.Invalid prints a slice of the internal type. */
const goStrings = (xs: unknown[]) => `[]string{${xs.map((x) => goQuote(str(x))).join(', ')}}`;

/** ValidatePolicyRule: verbs always; URL rules only cluster-wide and alone; resource rules need groups and resources. */
function validateRule(rule: Json, namespaced: boolean, path: string): Causes {
  const out: Causes = [];
  if (!list(rule?.verbs).length) out.push(required(`${path}.verbs`, 'verbs must contain at least one value'));
  const urls = list(rule?.nonResourceURLs);
  if (urls.length) {
    const invalid = (detail: string) => ({ reason: 'FieldValueInvalid', field: `${path}.nonResourceURLs`, message: `Invalid value: ${goStrings(urls)}: ${detail}` });
    if (namespaced) out.push(invalid('namespaced rules cannot apply to non-resource URLs'));
    if (list(rule?.apiGroups).length || list(rule?.resources).length || list(rule?.resourceNames).length) out.push(invalid('rules cannot apply to both regular resources and non-resource URLs'));
    return out;
  }
  if (!list(rule?.apiGroups).length) out.push(required(`${path}.apiGroups`, 'resource rules must supply at least one api group'));
  if (!list(rule?.resources).length) out.push(required(`${path}.resources`, 'resource rules must supply at least one resource'));
  return out;
}

const rules = (obj: KObject, namespaced: boolean): Causes => list(obj.rules).flatMap((r, i) => validateRule(r as Json, namespaced, `rules[${i}]`));

export const validateRole = (obj: KObject): Causes => rules(obj, true);

export function validateClusterRole(obj: KObject): Causes {
  const out = rules(obj, false);
  const agg = obj.aggregationRule;
  if (agg) {
    const selectors = list(agg.clusterRoleSelectors);
    if (!selectors.length) out.push(required('aggregationRule.clusterRoleSelectors', 'at least one clusterRoleSelector required if aggregationRule is non-nil'));
    selectors.forEach((s, i) => out.push(...validateLabelSelector(s as Json, `aggregationRule.clusterRoleSelectors[${i}]`)));
  }
  return out;
}

/** ValidateRoleBindingSubject. */
function validateSubject(s: Json, namespaced: boolean, path: string): Causes {
  const out: Causes = [];
  const name = str(s?.name);
  const group = str(s?.apiGroup);
  if (!name) out.push(required(`${path}.name`));
  switch (s?.kind) {
    case 'ServiceAccount':
      if (name) out.push(...eachInvalid(`${path}.name`, name, isDNS1123Subdomain(name)));
      if (group) out.push(notSupported(`${path}.apiGroup`, group, ['']));
      if (!namespaced && !str(s?.namespace)) out.push(required(`${path}.namespace`));
      break;
    case 'User':
    case 'Group':
      if (group !== RBAC) out.push(notSupported(`${path}.apiGroup`, group, [RBAC]));
      break;
    default:
      out.push(notSupported(`${path}.kind`, str(s?.kind), ['ServiceAccount', 'User', 'Group']));
  }
  return out;
}

/** ValidateRoleBinding / ValidateClusterRoleBinding: the roleRef's group, kind and name, then each subject. */
function validateBinding(obj: KObject, namespaced: boolean): Causes {
  const out: Causes = [];
  const ref = obj.roleRef ?? {};
  if (str(ref.apiGroup) !== RBAC) out.push(notSupported('roleRef.apiGroup', str(ref.apiGroup), [RBAC]));
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(str(ref.kind))) out.push(notSupported('roleRef.kind', str(ref.kind), kinds));
  if (!str(ref.name)) out.push(required('roleRef.name'));
  else out.push(...eachInvalid('roleRef.name', str(ref.name), nameIsPathSegment(str(ref.name), false)));
  list(obj.subjects).forEach((s, i) => out.push(...validateSubject(s as Json, namespaced, `subjects[${i}]`)));
  return out;
}

export const validateRoleBinding = (obj: KObject): Causes => validateBinding(obj, true);
export const validateClusterRoleBinding = (obj: KObject): Causes => validateBinding(obj, false);

/** A binding's roleRef is fixed once written (delete and recreate the binding to point it elsewhere). */
export function validateRoleRefUpdate(obj: KObject, old: KObject): Causes {
  const [a, b] = [obj.roleRef ?? {}, old.roleRef ?? {}];
  if (str(a.apiGroup) === str(b.apiGroup) && str(a.kind) === str(b.kind) && str(a.name) === str(b.name)) return [];
  const value = `rbac.RoleRef{APIGroup:${goQuote(str(a.apiGroup))}, Kind:${goQuote(str(a.kind))}, Name:${goQuote(str(a.name))}}`;
  return [{ reason: 'FieldValueInvalid', field: 'roleRef', message: `Invalid value: ${value}: cannot change roleRef` }];
}
