import { describe, expect, it } from 'vitest';
import type { KObject } from '../../types';
import { validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding, validateRoleRefUpdate } from './rbac';

const texts = (causes: { field?: string; message: string }[]) => causes.map((c) => `${c.field}: ${c.message}`);
const RBAC = 'rbac.authorization.k8s.io';
const role = (rules: unknown[]): KObject => ({ apiVersion: `${RBAC}/v1`, kind: 'Role', metadata: { name: 'r' }, rules });
const binding = (kind: string, roleRef: unknown, subjects: unknown[]): KObject => ({ apiVersion: `${RBAC}/v1`, kind, metadata: { name: 'b' }, roleRef, subjects });

// messages of k/k pkg/apis/rbac/validation (ValidatePolicyRule, ValidateRoleBinding, ValidateRoleBindingSubject)
describe('RBAC validation', () => {
  it('needs verbs, and groups and resources or (cluster-wide only) non-resource URLs alone', () => {
    expect(texts(validateRole(role([{ apiGroups: [''], resources: ['pods'] }, { verbs: ['get'] }, { verbs: ['get'], nonResourceURLs: ['/x'] }])))).toEqual([
      'rules[0].verbs: Required value: verbs must contain at least one value',
      'rules[1].apiGroups: Required value: resource rules must supply at least one api group',
      'rules[1].resources: Required value: resource rules must supply at least one resource',
      'rules[2].nonResourceURLs: Invalid value: []string{"/x"}: namespaced rules cannot apply to non-resource URLs',
    ]);
    const cr = { ...role([{ verbs: ['get'], nonResourceURLs: ['/x', '/y'], resources: ['pods'] }]), kind: 'ClusterRole', aggregationRule: { clusterRoleSelectors: [] } };
    expect(texts(validateClusterRole(cr))).toEqual([
      'rules[0].nonResourceURLs: Invalid value: []string{"/x", "/y"}: rules cannot apply to both regular resources and non-resource URLs',
      'aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil',
    ]);
    expect(validateClusterRole({ ...cr, rules: [{ verbs: ['get'], nonResourceURLs: ['/healthz'] }], aggregationRule: undefined })).toEqual([]);
  });

  it('checks the roleRef and each subject; a ClusterRoleBinding binds ClusterRoles and names ServiceAccount namespaces', () => {
    expect(texts(validateRoleBinding(binding('RoleBinding', { apiGroup: RBAC, kind: 'Role', name: '' }, [{ kind: 'Person', name: 'x' }, { kind: 'ServiceAccount', name: 'sa' }, { kind: 'User', apiGroup: RBAC, name: '' }])))).toEqual([
      'roleRef.name: Required value',
      'subjects[0].kind: Unsupported value: "Person": supported values: "ServiceAccount", "User", "Group"',
      'subjects[2].name: Required value',
    ]);
    expect(texts(validateClusterRoleBinding(binding('ClusterRoleBinding', { apiGroup: 'x', kind: 'Role', name: 'a/b' }, [{ kind: 'ServiceAccount', name: 'sa', apiGroup: 'v1' }, { kind: 'Group', name: 'g', apiGroup: 'foo' }])))).toEqual([
      'roleRef.apiGroup: Unsupported value: "x": supported values: "rbac.authorization.k8s.io"',
      'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"',
      "roleRef.name: Invalid value: \"a/b\": may not contain '/'",
      'subjects[0].apiGroup: Unsupported value: "v1": supported values: ""',
      'subjects[0].namespace: Required value',
      'subjects[1].apiGroup: Unsupported value: "foo": supported values: "rbac.authorization.k8s.io"',
    ]);
  });

  it('refuses a changed roleRef', () => {
    const old = binding('RoleBinding', { apiGroup: RBAC, kind: 'Role', name: 'r' }, []);
    expect(validateRoleRefUpdate(old, old)).toEqual([]);
    expect(texts(validateRoleRefUpdate(binding('RoleBinding', { apiGroup: RBAC, kind: 'ClusterRole', name: 'view' }, []), old))).toEqual([
      'roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"view"}: cannot change roleRef',
    ]);
  });
});
