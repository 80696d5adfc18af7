/**
 * Who can do what, for the canvas: the Users and Groups that (Cluster)RoleBindings name, as
 * synthetic cards (they are no API objects), a ServiceAccount a binding names that does not exist
 * as a missing card, and where each role's grants apply (a Role in its namespace, a ClusterRole in
 * the namespaces of the RoleBindings that use it, everywhere under a ClusterRoleBinding).
 */
import { ruleAllows, type PolicyRule } from '../sim/apiserver/auth/rules';
import { findByGvk } from '../sim/apiserver/resources';
import type { KObject } from '../sim/types';
import { objectId } from './kinds';

/** The kinds a binding subject may have; ServiceAccounts are API objects, the others synthetic cards. */
const SUBJECT_KINDS = ['User', 'Group', 'ServiceAccount'] as const;

/** The namespace a binding's ServiceAccount subject lives in (it defaults to the binding's own). */
function subjectNamespace(subject: KObject, binding: KObject): string {
  return subject.kind === 'ServiceAccount' ? (subject.namespace || binding.metadata.namespace || '') : '';
}

/** `Kind/namespace/name` of a binding's subject, as the graph names it. */
export function subjectId(subject: KObject, binding: KObject): string {
  return objectId(subject.kind, subjectNamespace(subject, binding), subject.name ?? '');
}

/**
 * One synthetic object per User and Group the bindings name (`system` when only system bindings
 * name it), and per ServiceAccount they name that is not in `present`.
 */
export function subjectObjects(bindings: KObject[], present: ReadonlySet<string>, isSystem: (o: KObject) => boolean): KObject[] {
  const found = new Map<string, KObject>();
  for (const b of bindings) {
    for (const s of b.subjects ?? []) {
      if (!SUBJECT_KINDS.includes(s?.kind) || !s.name) continue;
      const id = subjectId(s, b);
      if (present.has(id)) continue;
      let o = found.get(id);
      const bindingName = `${b.kind}/${b.metadata.name}`;
      if (!o) {
        const ns = subjectNamespace(s, b);
        o = { apiVersion: 'v1', kind: s.kind, metadata: { name: s.name, namespace: ns || undefined, uid: `subject:${id}` }, boundBy: [], systemOnly: true };
        if (s.kind === 'ServiceAccount') o.missing = { usedBy: [], required: true };
        found.set(id, o);
      }
      if (o.missing) o.missing.usedBy.push(bindingName);
      else o.boundBy.push(bindingName);
      if (!isSystem(b)) o.systemOnly = false;
    }
  }
  return [...found.values()];
}

/** Where each role grants: its namespaces, or `*` for every namespace and the cluster-scoped objects. */
export function roleScopes(bindings: KObject[], roles: KObject[], isSystem: (o: KObject) => boolean): Map<string, Set<string>> {
  const scopes = new Map<string, Set<string>>();
  // the bootstrap's own Roles (kube-system's leader locking, kubeadm's config readers) grant nothing drawn either
  for (const r of roles) if (r.kind === 'Role' && isSystem(r)) scopes.set(roleKey(r), new Set());
  const add = (key: string, ns: string) => {
    let set = scopes.get(key);
    if (!set) scopes.set(key, (set = new Set()));
    set.add(ns);
  };
  for (const b of bindings) {
    // kubeadm's own bindings (cluster-admin for system:masters ...) would draw a grant to every object
    if (isSystem(b) || b.roleRef?.kind !== 'ClusterRole') continue;
    add(`ClusterRole/${b.roleRef.name}`, b.kind === 'ClusterRoleBinding' ? '*' : (b.metadata.namespace ?? ''));
  }
  return scopes;
}

const roleKey = (r: KObject): string => `Role/${r.metadata.namespace ?? ''}/${r.metadata.name ?? ''}`;

/** The scope of a role: a Role grants only in its own namespace, whoever binds it. */
export function roleScope(role: KObject, scopes: ReadonlyMap<string, Set<string>>): Set<string> {
  if (role.kind === 'Role') return scopes.get(roleKey(role)) ?? new Set([role.metadata.namespace ?? '']);
  return scopes.get(`ClusterRole/${role.metadata.name}`) ?? new Set();
}

/** `group/plural` of an object's resource, or undefined for what is no API resource. */
function resourceOf(o: KObject): { group: string; plural: string; namespaced: boolean } | undefined {
  const rt = o.apiVersion && !o.missing ? findByGvk(o.apiVersion, o.kind) : undefined;
  return rt ? { group: rt.group, plural: rt.plural, namespaced: rt.namespaced } : undefined;
}

/** Lookup keys of a role's grants: `namespace|group/resource` per rule, with `*` kept as written. */
export function grantKeys(role: KObject, scope: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const r of (role.rules ?? []) as PolicyRule[]) {
    for (const ns of scope) for (const g of r.apiGroups ?? []) for (const res of r.resources ?? []) out.push(`${ns}|${g}/${res}`);
  }
  return out;
}

/** The keys under which a role's grant keys find this object. */
export function grantTargetKeys(o: KObject): string[] {
  const rt = resourceOf(o);
  if (!rt) return [];
  const nss = rt.namespaced ? [o.metadata.namespace ?? '', '*'] : ['*'];
  const out: string[] = [];
  for (const ns of nss) for (const g of [rt.group, '*']) for (const res of [rt.plural, '*']) out.push(`${ns}|${g}/${res}`);
  return out;
}

/** The verbs a role grants on one object inside its scope (`get,list`), or undefined. */
export function grantedVerbs(role: KObject, o: KObject, scope: ReadonlySet<string>): string | undefined {
  const rt = resourceOf(o);
  if (!rt) return undefined;
  const ns = o.metadata.namespace ?? '';
  if (!(scope.has('*') || (rt.namespaced && scope.has(ns)))) return undefined;
  const verbs = new Set<string>();
  for (const r of (role.rules ?? []) as PolicyRule[]) {
    const verb = r.verbs?.[0];
    if (!verb) continue;
    // the rule's own first verb always matches it: what is asked is whether it covers this object
    const covers = ruleAllows({ resourceRequest: true, verb, apiGroup: rt.group, resource: rt.plural, name: o.metadata.name ?? '', namespace: ns }, r);
    if (covers) for (const v of r.verbs ?? []) verbs.add(v);
  }
  return verbs.size ? [...verbs].join(',') : undefined;
}
