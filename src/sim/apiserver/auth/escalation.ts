/**
 * RBAC's escalation check (k/k pkg/registry/rbac/validation ConfirmNoEscalation, policy_comparator.go
 * and the policybased storages of roles and bindings): a user may write a role, or bind one, only
 * with rules the user already holds there, unless the user may `escalate` or `bind` it or is in
 * system:masters.
 */
import { ApiError, type KObject } from '../../types';
import type { ApiServer } from '../apiserver';
import { authorize, roleRefRules, rulesFor } from './rbac';
import type { PolicyRule } from './rules';
import { goQuoteList } from './go-format';
import { goQuote } from '../validation/go-quote';
import { SYSTEM_MASTERS, type UserInfo } from './user';

const RBAC = 'rbac.authorization.k8s.io';
const has = (set: string[] | undefined, x: string) => (set ?? []).includes(x);
const hasAll = (set: string[] | undefined, xs: string[] | undefined) => (xs ?? []).every((x) => has(set, x));

/** One rule per group × resource × verb × name, and per URL × verb (validation.BreakdownRule). */
function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const g of rule.apiGroups ?? []) {
    for (const r of rule.resources ?? []) {
      for (const v of rule.verbs ?? []) {
        if ((rule.resourceNames ?? []).length) for (const n of rule.resourceNames!) out.push({ apiGroups: [g], resources: [r], verbs: [v], resourceNames: [n] });
        else out.push({ apiGroups: [g], resources: [r], verbs: [v] });
      }
    }
  }
  for (const u of rule.nonResourceURLs ?? []) for (const v of rule.verbs ?? []) out.push({ nonResourceURLs: [u], verbs: [v] });
  return out;
}

/** `*`, every one exactly, or `*\/<subresource>` for each subresource. */
function resourcesCover(owner: string[] | undefined, wanted: string[] | undefined): boolean {
  if (has(owner, '*') || hasAll(owner, wanted)) return true;
  return (wanted ?? []).every((p) => has(owner, p) || (p.includes('/') && has(owner, `*/${p.slice(p.indexOf('/') + 1)}`)));
}

const urlCovers = (owner: string, path: string) => owner === path || (owner.endsWith('*') && path.startsWith(owner.replace(/\*+$/, '')));

/** ruleCovers: the owner's rule grants all of the (broken-down) sub-rule. */
function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const verbs = has(owner.verbs, '*') || hasAll(owner.verbs, sub.verbs);
  const groups = has(owner.apiGroups, '*') || hasAll(owner.apiGroups, sub.apiGroups);
  const urls = (sub.nonResourceURLs ?? []).every((p) => (owner.nonResourceURLs ?? []).some((o) => urlCovers(o, p)));
  const ownerNames = owner.resourceNames ?? [];
  const names = (sub.resourceNames ?? []).length === 0 ? ownerNames.length === 0 : ownerNames.length === 0 || hasAll(ownerNames, sub.resourceNames);
  return verbs && groups && resourcesCover(owner.resources, sub.resources) && names && urls;
}

/** Rules on one group and resource (and at most one name) merge their verbs (validation.CompactRules). */
function compact(rules: PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    const isSimple = !(r.nonResourceURLs ?? []).length && (r.resourceNames ?? []).length <= 1 && (r.apiGroups ?? []).length === 1 && (r.resources ?? []).length === 1;
    if (!isSimple) {
      out.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups![0], r.resources![0], r.resourceNames?.[0] ?? null]);
    const have = simple.get(key);
    if (!have) simple.set(key, { ...r, verbs: [...(r.verbs ?? [])] });
    else for (const v of r.verbs ?? []) if (!have.verbs!.includes(v)) have.verbs!.push(v);
  }
  return [...out, ...simple.values()];
}

/** rbacv1helpers.CompactString: `{APIGroups:["apps"], Resources:["deployments"], Verbs:["get" "list"]}`. */
function compactString(r: PolicyRule): string {
  const parts: string[] = [];
  if ((r.apiGroups ?? []).length) parts.push(`APIGroups:${goQuoteList(r.apiGroups!)}`);
  if ((r.resources ?? []).length) parts.push(`Resources:${goQuoteList(r.resources!)}`);
  if ((r.nonResourceURLs ?? []).length) parts.push(`NonResourceURLs:${goQuoteList(r.nonResourceURLs!)}`);
  if ((r.resourceNames ?? []).length) parts.push(`ResourceNames:${goQuoteList(r.resourceNames!)}`);
  if ((r.verbs ?? []).length) parts.push(`Verbs:${goQuoteList(r.verbs!)}`);
  return `{${parts.join(', ')}}`;
}

function forbiddenWrite(resource: string, name: string, reason: string): ApiError {
  return new ApiError(403, 'Forbidden', `${resource}.${RBAC} "${name}" is forbidden: ${reason}`, [], { kind: resource, group: RBAC, name });
}

/** ConfirmNoEscalation: the reason `rules` are not all held by the user in `namespace` ('' when they are). */
function missingRights(api: ApiServer, user: UserInfo, namespace: string, rules: PolicyRule[]): string {
  const held = rulesFor(api, user, namespace);
  const missing = rules.flatMap(breakdown).filter((sub) => !held.rules.some((o) => ruleCovers(o, sub)));
  if (!missing.length) return '';
  const lines = [...new Set(compact(missing).map(compactString))].sort();
  let msg = `user ${goQuote(user.name)} (groups=${goQuoteList(user.groups)}) is attempting to grant RBAC permissions not currently held:\n${lines.join('\n')}`;
  // %v of a one-element []error holding RulesFor's aggregate
  if (held.errors.length) msg += `; resolution errors: [${held.errors.length === 1 ? held.errors[0] : `[${held.errors.join(', ')}]`}]`;
  return msg;
}

/** Throw the 403 the policybased storages give a write of a role or binding that would escalate the user's rights. */
export function confirmNoEscalation(api: ApiServer, user: UserInfo, obj: KObject, namespace: string): void {
  if (user.groups.includes(SYSTEM_MASTERS)) return;
  const kind = obj.kind;
  const ns = kind === 'Role' || kind === 'RoleBinding' ? namespace : '';
  const name = obj.metadata?.name ?? '';
  const may = (verb: string, resource: string, n: string) => authorize(api, user, { resourceRequest: true, verb, apiGroup: RBAC, resource, name: n, namespace: ns }).allowed;
  if (kind === 'Role' || kind === 'ClusterRole') {
    const resource = kind === 'Role' ? 'roles' : 'clusterroles';
    if (may('escalate', resource, name)) return;
    const reason = missingRights(api, user, ns, obj.rules ?? []);
    if (reason) throw forbiddenWrite(resource, name, reason);
    return;
  }
  if (kind !== 'RoleBinding' && kind !== 'ClusterRoleBinding') return;
  const resource = kind === 'RoleBinding' ? 'rolebindings' : 'clusterrolebindings';
  const ref = obj.roleRef ?? {};
  if (may('bind', ref.kind === 'Role' ? 'roles' : 'clusterroles', ref.name ?? '')) return;
  const role = roleRefRules(api, ref, ns);
  if (role.error) throw forbiddenWrite(resource, name, role.error);
  const reason = missingRights(api, user, ns, role.rules);
  if (reason) throw forbiddenWrite(resource, name, reason);
}
