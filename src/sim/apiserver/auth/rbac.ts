import type { KObject } from '../../types';
import type { ApiServer } from '../apiserver';
import { authorizeNode } from './node-authorizer';
import { rbacMemo } from './rbac-cache';
import { ruleAllows, type PolicyRule, type RequestAttributes } from './rules';
import { serviceAccountUsername, SYSTEM_MASTERS, type UserInfo } from './user';

export interface Decision {
  allowed: boolean;
  /** Empty unless role references failed to resolve (`RBAC: ...`). */
  reason: string;
}

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Whether a binding's subject is this user (rbac.go appliesToUser; a ServiceAccount's namespace defaults to the binding's). */
function subjectMatches(subject: KObject, user: UserInfo, bindingNamespace: string): boolean {
  switch (subject?.kind) {
    case 'User':
      return user.name === subject.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace || bindingNamespace;
      return !!ns && serviceAccountUsername(ns, subject.name) === user.name;
    }
    default:
      return false;
  }
}

/** The rules a roleRef points to (a Role only within a namespace), or the lister's NotFound text (GetRoleReferenceRules). */
export function roleRefRules(api: ApiServer, ref: KObject, namespace: string): { rules: PolicyRule[]; error?: string } {
  if (ref.kind === 'ClusterRole') {
    const cr = api.tryGet(`clusterroles.${RBAC_GROUP}`, undefined, ref.name ?? '');
    return cr ? { rules: cr.rules ?? [] } : { rules: [], error: `clusterrole.${RBAC_GROUP} "${ref.name}" not found` };
  }
  if (ref.kind === 'Role' && namespace) {
    const r = api.tryGet(`roles.${RBAC_GROUP}`, namespace, ref.name ?? '');
    return r ? { rules: r.rules ?? [] } : { rules: [], error: `role.${RBAC_GROUP} "${ref.name}" not found` };
  }
  return { rules: [], error: `unsupported role reference kind: "${ref.kind ?? ''}"` };
}

const roleRules = (api: ApiServer, binding: KObject, namespace: string) => roleRefRules(api, binding.roleRef ?? {}, namespace);

/** One binding that applies to the user and the rules it grants. */
interface GrantingBinding {
  binding: KObject;
  rules: PolicyRule[];
  error?: string;
}

/** The bindings that apply to a user in a namespace, with their rules, per user name and groups (all a subject can match). */
const applying = rbacMemo<GrantingBinding[]>();

/** Per user object (a request's user is never changed once made) and namespace: its key in `applying`, serialized once, not per request. */
const applyingKeys = new WeakMap<UserInfo, Map<string, string>>();

function applyingKey(user: UserInfo, namespace: string): string {
  let byNamespace = applyingKeys.get(user);
  if (!byNamespace) applyingKeys.set(user, (byNamespace = new Map()));
  let key = byNamespace.get(namespace);
  if (key === undefined) byNamespace.set(namespace, (key = JSON.stringify([user.name, namespace, user.groups])));
  return key;
}

/** The bindings that apply to `user` in the order upstream's rule resolver visits them: ClusterRoleBindings, then the RoleBindings of `namespace`. */
function applyingBindings(api: ApiServer, user: UserInfo, namespace: string): GrantingBinding[] {
  return applying(api, applyingKey(user, namespace), () => {
    const out: GrantingBinding[] = [];
    const applies = (b: KObject, ns: string) => (b.subjects ?? []).some((s: KObject) => subjectMatches(s, user, ns));
    for (const b of api.list(`clusterrolebindings.${RBAC_GROUP}`)) if (applies(b, '')) out.push({ binding: b, ...roleRules(api, b, '') });
    if (namespace) for (const b of api.list(`rolebindings.${RBAC_GROUP}`, namespace)) if (applies(b, namespace)) out.push({ binding: b, ...roleRules(api, b, namespace) });
    return out;
  });
}

/** Visit the bindings that apply to `user` in upstream's order; `visit` returns false to stop. */
function visitBindings(api: ApiServer, user: UserInfo, namespace: string, visit: (g: GrantingBinding) => boolean): void {
  for (const g of applyingBindings(api, user, namespace)) if (!visit(g)) return;
}

/**
 * kube-apiserver's authorizer chain under kubeadm (`--authorization-mode=Node,RBAC`): the
 * system:masters group is always allowed, then the Node authorizer, then RBAC (allow-only,
 * additive); the reasons of those without an opinion are joined as the union authorizer does.
 */
export function authorize(api: ApiServer, user: UserInfo, req: RequestAttributes): Decision {
  if (user.groups.includes(SYSTEM_MASTERS)) return { allowed: true, reason: '' };
  const node = authorizeNode(api, user, req);
  if (node?.allowed) return node;
  const rbac = authorizeRbac(api, user, req);
  const reasons = [node?.reason ?? '', rbac.reason].filter((r) => r !== '');
  return { allowed: rbac.allowed, reason: rbac.allowed ? '' : reasons.join('\n') };
}

function authorizeRbac(api: ApiServer, user: UserInfo, req: RequestAttributes): Decision {
  const errors: string[] = [];
  let allowed = false;
  visitBindings(api, user, req.namespace ?? '', (g) => {
    if (g.error) errors.push(g.error);
    if (g.rules.some((r) => ruleAllows(req, r))) allowed = true;
    return !allowed;
  });
  if (allowed) return { allowed, reason: '' };
  const reason = errors.length === 0 ? '' : `RBAC: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`;
  return { allowed, reason };
}

/** Every rule the user holds in `namespace` (SelfSubjectRulesReview), and resolution errors. */
export function rulesFor(api: ApiServer, user: UserInfo, namespace: string): { rules: PolicyRule[]; errors: string[] } {
  const rules: PolicyRule[] = [];
  const errors: string[] = [];
  visitBindings(api, user, namespace, (g) => {
    if (g.error) errors.push(g.error);
    rules.push(...g.rules);
    return true;
  });
  return { rules, errors };
}

/** What let the request through, for the replay: the always-allowed group, or the binding and role that grant it ('' when nothing does). */
export function grantedBy(api: ApiServer, user: UserInfo, req: RequestAttributes): string {
  if (user.groups.includes(SYSTEM_MASTERS)) return `group ${SYSTEM_MASTERS}`;
  if (authorizeNode(api, user, req)?.allowed) return 'Node authorizer';
  let by = '';
  visitBindings(api, user, req.namespace ?? '', (g) => {
    if (!g.rules.some((r) => ruleAllows(req, r))) return true;
    by = `${g.binding.kind} ${g.binding.metadata.name} → ${g.binding.roleRef?.kind} ${g.binding.roleRef?.name}`;
    return false;
  });
  return by;
}
