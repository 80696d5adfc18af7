import type { Json } from '../../json';

/** `SetDefaults_RoleBinding` (the roleRef's group) and `SetDefaults_Subject`: users and groups belong to the RBAC API group. */
export function defaultBinding(b: Json): void {
  if (b.roleRef && typeof b.roleRef === 'object' && !b.roleRef.apiGroup) b.roleRef.apiGroup = 'rbac.authorization.k8s.io';
  for (const s of b.subjects ?? []) {
    if (!s || typeof s !== 'object' || s.apiGroup) continue;
    if (s.kind === 'User' || s.kind === 'Group') s.apiGroup = 'rbac.authorization.k8s.io';
    // a ServiceAccount's group stays empty, and an empty apiGroup is omitted (omitempty)
    else delete s.apiGroup;
  }
}
