import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { ApiError, type KObject } from '../../types';
import { confirmNoEscalation } from './escalation';
import { impersonate } from './user';

const RBAC = 'rbac.authorization.k8s.io';
const role = (name: string, rules: unknown[]): KObject => ({ apiVersion: `${RBAC}/v1`, kind: 'Role', metadata: { name, namespace: 'default' }, rules });
const binding = (name: string, roleRef: Record<string, string>): KObject => ({ apiVersion: `${RBAC}/v1`, kind: 'RoleBinding', metadata: { name, namespace: 'default' }, roleRef: { apiGroup: RBAC, ...roleRef }, subjects: [{ kind: 'User', apiGroup: RBAC, name: 'x' }] });

function setup() {
  const c = new Cluster({ seed: 1 });
  c.api.create(role('writer', [{ apiGroups: [RBAC], resources: ['roles', 'rolebindings'], verbs: ['create'] }, { apiGroups: [''], resources: ['pods', '*/log'], verbs: ['get', 'list'] }]));
  c.api.create(binding('writer', { kind: 'Role', name: 'writer' }));
  return c;
}
const refusal = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'allowed';
};

// the cases of ConfirmNoEscalation with upstream's Covers and CompactString
describe('RBAC escalation check', () => {
  const c = setup();
  const x = impersonate('x');

  it('lets a user grant what it holds, subresources through */sub included', () => {
    expect(refusal(() => confirmNoEscalation(c.api, x, role('r', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get'] }]), 'default'))).toBe('allowed');
  });

  it('names the missing rules, compacted per resource and sorted', () => {
    const r = role('r', [{ apiGroups: ['', 'apps'], resources: ['pods', 'deployments'], verbs: ['get', 'watch', 'delete'] }]);
    expect(refusal(() => confirmNoEscalation(c.api, x, r, 'default'))).toBe(
      '403 roles.rbac.authorization.k8s.io "r" is forbidden: user "x" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n' +
        '{APIGroups:[""], Resources:["deployments"], Verbs:["get" "watch" "delete"]}\n' +
        '{APIGroups:[""], Resources:["pods"], Verbs:["watch" "delete"]}\n' +
        '{APIGroups:["apps"], Resources:["deployments"], Verbs:["get" "watch" "delete"]}\n' +
        '{APIGroups:["apps"], Resources:["pods"], Verbs:["get" "watch" "delete"]}',
    );
  });

  it('checks a binding against the rules of the role it references, or names the missing role', () => {
    expect(refusal(() => confirmNoEscalation(c.api, x, binding('b', { kind: 'Role', name: 'writer' }), 'default'))).toBe('allowed');
    expect(refusal(() => confirmNoEscalation(c.api, x, binding('b', { kind: 'ClusterRole', name: 'nope' }), 'default'))).toBe(
      '403 rolebindings.rbac.authorization.k8s.io "b" is forbidden: clusterrole.rbac.authorization.k8s.io "nope" not found',
    );
    expect(refusal(() => confirmNoEscalation(c.api, x, binding('b', { kind: 'ClusterRole', name: 'system:monitoring' }), 'default'))).toMatch(/not currently held:\n\{NonResourceURLs:\["\/healthz\/\*"\], Verbs:\["get"\]\}\n(.*\n)*\{NonResourceURLs:\["\/metrics"\], Verbs:\["get"\]\}/);
  });

  it('skips the check for system:masters and for users who may escalate or bind', () => {
    expect(refusal(() => confirmNoEscalation(c.api, impersonate('y', ['system:masters']), role('r', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]), 'default'))).toBe('allowed');
    c.api.create(role('esc', [{ apiGroups: [RBAC], resources: ['roles'], verbs: ['escalate'] }, { apiGroups: [RBAC], resources: ['clusterroles'], verbs: ['bind'], resourceNames: ['admin'] }]));
    c.api.create(binding('esc', { kind: 'Role', name: 'esc' }));
    expect(refusal(() => confirmNoEscalation(c.api, x, role('r', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]), 'default'))).toBe('allowed');
    expect(refusal(() => confirmNoEscalation(c.api, x, binding('b', { kind: 'ClusterRole', name: 'admin' }), 'default'))).toBe('allowed');
  });
});
