import type { RequestAttributes } from './rules';

/** Who makes a request, as the authenticators hand it to authorization (apiserver `user.Info`). */
export interface UserInfo {
  name: string;
  /** A ServiceAccount token's account uid. */
  uid?: string;
  groups: string[];
  /** What a token says beyond the groups (pod, node, credential id), keys sorted as Go marshals a map. */
  extra?: Record<string, string[]>;
}

const ALL_AUTHENTICATED = 'system:authenticated';
const ALL_UNAUTHENTICATED = 'system:unauthenticated';
export const SYSTEM_MASTERS = 'system:masters';
const ALL_SERVICE_ACCOUNTS = 'system:serviceaccounts';
export const ANONYMOUS: UserInfo = { name: 'system:anonymous', groups: [ALL_UNAUTHENTICATED] };

/** kubeadm's admin.conf: `kubernetes-admin` in `kubeadm:cluster-admins` (bound to cluster-admin since v1.29). */
export const ADMIN: UserInfo = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', ALL_AUTHENTICATED] };

/** `system:serviceaccount:<ns>:<name>` (apiserver serviceaccount.MakeUsername). */
export function serviceAccountUsername(namespace: string, name: string): string {
  return `system:serviceaccount:${namespace}:${name}`;
}

/** The namespace and name in a service account's username, if it is one. */
function splitServiceAccountUsername(user: string): { namespace: string; name: string } | undefined {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user);
  return m ? { namespace: m[1], name: m[2] } : undefined;
}

/** The user a service account's token authenticates as (ServiceAccountInfo.UserInfo: uid and extra when the token carries them). */
export function serviceAccountUser(namespace: string, name: string, uid?: string, extra?: Record<string, string[]>): UserInfo {
  const groups = [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`, ALL_AUTHENTICATED];
  return { name: serviceAccountUsername(namespace, name), ...(uid ? { uid } : {}), groups, ...(extra && Object.keys(extra).length ? { extra } : {}) };
}

/**
 * The identity `--as` / `--as-group` switch to (apiserver impersonation filter): a service account's
 * groups are known when none are given; anyone but anonymous joins system:authenticated unless
 * either all-group was named, anonymous joins system:unauthenticated.
 */
export function impersonate(as: string, asGroups: string[] = []): UserInfo {
  const groups = [...asGroups];
  const sa = splitServiceAccountUsername(as);
  if (sa && groups.length === 0) groups.push(ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${sa.namespace}`);
  if (as !== ANONYMOUS.name) {
    if (!groups.includes(ALL_AUTHENTICATED) && !groups.includes(ALL_UNAUTHENTICATED)) groups.push(ALL_AUTHENTICATED);
  } else if (!groups.includes(ALL_UNAUTHENTICATED)) groups.push(ALL_UNAUTHENTICATED);
  return { name: as, groups };
}

/** What impersonating a username asks of RBAC (impersonation filter): a ServiceAccount's or a user's `impersonate`. */
export function impersonation(as: string): RequestAttributes {
  const sa = splitServiceAccountUsername(as);
  return sa ? { resourceRequest: true, verb: 'impersonate', apiGroup: '', resource: 'serviceaccounts', name: sa.name, namespace: sa.namespace } : { resourceRequest: true, verb: 'impersonate', apiGroup: '', resource: 'users', name: as, namespace: '' };
}
