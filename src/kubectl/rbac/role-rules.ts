/**
 * The rules `kubectl create role|clusterrole` builds from `--verb`, `--resource`,
 * `--resource-name` and `--non-resource-url`, with the checks kubectl v1.34 makes on them
 * (create_role.go Complete, Validate, validateResource, generateResourcePolicyRules).
 */
import { RESOURCES, SERVED_ONLY, type ResourceType } from '../../sim/apiserver/resources';
import { KubectlError } from '../errors';

const RBAC = 'rbac.authorization.k8s.io';

/** create_role.go validResourceVerbs: other verbs only draw a warning. */
export const STANDARD_RESOURCE_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
/** create_clusterrole.go validNonResourceVerbs: other verbs are refused. */
export const NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

/** create_role.go specialVerbs: verbs that only make sense on these group/resources. */
const SPECIAL_VERBS: Record<string, [string, string][]> = {
  use: [['policy', 'podsecuritypolicies'], ['extensions', 'podsecuritypolicies']],
  bind: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
  escalate: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
  impersonate: [['', 'users'], ['', 'serviceaccounts'], ['', 'groups'], ['authentication.k8s.io', 'userextras']],
};

/** One `--resource` value: `resource[.group][/subresource]`. */
export interface ResourceOption {
  resource: string;
  group: string;
  subresource: string;
}

export const unique = (xs: string[]): string[] => [...new Set(xs)];

/** Duplicates dropped; `*` stands for every verb and ends the list. */
export function roleVerbs(raw: string[]): string[] {
  return raw.includes('*') ? ['*'] : unique(raw);
}

/** Split each value on its first `/` and first `.`; a bare `*` replaces the whole list. */
export function parseResources(raw: string[]): ResourceOption[] {
  const out: ResourceOption[] = [];
  for (const r of raw) {
    const slash = r.indexOf('/');
    const head = slash < 0 ? r : r.slice(0, slash);
    const dot = head.indexOf('.');
    const opt = { resource: dot < 0 ? head : head.slice(0, dot), group: dot < 0 ? '' : head.slice(dot + 1), subresource: slash < 0 ? '' : r.slice(slash + 1) };
    if (opt.resource === '*' && dot < 0 && slash < 0) return [opt];
    out.push(opt);
  }
  return out;
}

/** The RESTMapper's ResourceFor over everything discovery lists: plural, singular or short name (any case) in exactly the named group, core first without one. */
export function resourceFor(resource: string, group: string): ResourceType | undefined {
  const name = resource.toLowerCase();
  const hits = [...RESOURCES, ...SERVED_ONLY].filter((rt) => (rt.plural === name || rt.singular === name || rt.shortNames.includes(name)) && (!group || rt.group === group));
  return hits.find((rt) => rt.group === '') ?? hits[0];
}

/** cmdutil.CheckErr prints a NoResourceMatchError without the `error: ` prefix. */
function noResourceMatch(resource: string, group: string): KubectlError {
  return new KubectlError(group ? `the server doesn't have a resource type "${resource}" in group "${group}"` : `the server doesn't have a resource type "${resource}"`, true);
}

/** validateResource: a special verb needs its own resources, any other resource must be served; a `*` resource ends the check. */
export function validateResources(verbs: string[], resources: ResourceOption[]): void {
  for (const r of resources) {
    if (!r.resource) throw new KubectlError('resource must be specified if apiGroup/subresource specified');
    if (r.resource === '*') return;
    const rt = resourceFor(r.resource, r.group);
    const [resource, group] = rt ? [rt.plural, rt.group] : [r.resource, r.group];
    let matched = !!rt;
    for (const v of verbs) {
      const allowed = SPECIAL_VERBS[v];
      if (!allowed) continue;
      if (!allowed.some(([g, res]) => g === group && res === resource)) throw new KubectlError(`can not perform '${v}' on '${resource}' in group '${group}'`);
      matched = true;
    }
    if (!matched) throw noResourceMatch(r.resource, r.group);
  }
}

/** One rule per API group (groups sorted, resources deduplicated), then one for the non-resource URLs; fields in PolicyRule's order. */
export function policyRules(verbs: string[], resources: ResourceOption[], names: string[], urls: string[]): Record<string, unknown>[] {
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const rt = resourceFor(r.resource, r.group);
    const group = rt ? rt.group : r.group;
    const resource = (rt ? rt.plural : r.resource) + (r.subresource ? `/${r.subresource}` : '');
    const have = byGroup.get(group) ?? [];
    if (!have.includes(resource)) byGroup.set(group, [...have, resource]);
  }
  const rules: Record<string, unknown>[] = [...byGroup.keys()].sort().map((g) => ({ verbs, apiGroups: [g], resources: byGroup.get(g), ...(names.length ? { resourceNames: names } : {}) }));
  if (urls.length) rules.push({ verbs, nonResourceURLs: urls });
  return rules;
}

/** create_clusterrole.go Validate's URL checks: `*`, or a path from `/` with a `*` only at its end. */
export function validateNonResourceURLs(verbs: string[], urls: string[]): void {
  for (const v of verbs) if (!NON_RESOURCE_VERBS.includes(v)) throw new KubectlError(`invalid verb: '${v}' for nonResourceURL`);
  for (const u of urls) {
    if (u === '*') continue;
    if (!u.startsWith('/')) throw new KubectlError('nonResourceURL should start with /');
    if (u.slice(0, -1).includes('*')) throw new KubectlError("nonResourceURL only supports wildcard matches when '*' is at the end");
  }
}

/** cliflag.MapStringString: comma-separated `k=v` pairs (blank ones skipped, both sides trimmed), later keys winning. */
export function aggregationLabels(values: string[]): Record<string, string> | string {
  const labels: Record<string, string> = {};
  for (const value of values) {
    for (const s of value.split(',').map((x) => x.trim())) {
      if (!s) continue;
      const eq = s.indexOf('=');
      if (eq < 0) return `invalid argument "${value}" for "--aggregation-rule" flag: malformed pair, expect string=string`;
      labels[s.slice(0, eq).trim()] = s.slice(eq + 1).trim();
    }
  }
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
