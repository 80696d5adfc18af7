import type { Json } from '../../json';

/** `SetDefaults_Subject`: users and groups belong to the RBAC API group. */
export function defaultBinding(b: Json): void {
  for (const s of b.subjects ?? []) {
    if (!s || typeof s !== 'object' || s.apiGroup !== undefined) continue;
    if (s.kind === 'User' || s.kind === 'Group') s.apiGroup = 'rbac.authorization.k8s.io';
    else if (s.kind === 'ServiceAccount') s.apiGroup = '';
  }
}
