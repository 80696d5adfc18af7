/** RBAC rule matching (k/k `pkg/apis/rbac/v1/evaluation_helpers.go`, `rbac.go` RuleAllows). */

/** A PolicyRule as stored (rbac.authorization.k8s.io/v1). */
export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** The attributes of one request that authorization decides on. */
export interface RequestAttributes {
  verb: string;
  /** Resource requests. */
  resourceRequest: boolean;
  apiGroup?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  namespace?: string;
  /** Non-resource requests (`/healthz`). */
  path?: string;
  /** A list's or watch's `fieldSelector` equality requirements (`spec.nodeName=<node>`); the Node authorizer reads them. */
  fieldSelector?: readonly FieldRequirement[];
}

/** One `field=value` requirement of a field selector. */
export interface FieldRequirement {
  field: string;
  value: string;
}

const ALL = '*';

function verbMatches(rule: PolicyRule, verb: string): boolean {
  return (rule.verbs ?? []).some((v) => v === ALL || v === verb);
}

function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return (rule.apiGroups ?? []).some((g) => g === ALL || g === group);
}

/** `combined` is `resource` or `resource/subresource`; `*\/sub` matches any resource's `sub`. */
function resourceMatches(rule: PolicyRule, combined: string, subresource: string): boolean {
  for (const r of rule.resources ?? []) {
    if (r === ALL || r === combined) return true;
    if (subresource && r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)) return true;
  }
  return false;
}

/** No resourceNames matches every name; otherwise the request must carry one of them (list and create carry none). */
function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}

/** Exact, `*`, or a prefix ending in `*`. */
function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const u of rule.nonResourceURLs ?? []) {
    if (u === ALL || u === path) return true;
    if (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, ''))) return true;
  }
  return false;
}

export function ruleAllows(req: RequestAttributes, rule: PolicyRule): boolean {
  if (req.resourceRequest) {
    const sub = req.subresource ?? '';
    const combined = sub ? `${req.resource ?? ''}/${sub}` : (req.resource ?? '');
    return verbMatches(rule, req.verb) && apiGroupMatches(rule, req.apiGroup ?? '') && resourceMatches(rule, combined, sub) && resourceNameMatches(rule, req.name ?? '');
  }
  return verbMatches(rule, req.verb) && nonResourceURLMatches(rule, req.path ?? '');
}
