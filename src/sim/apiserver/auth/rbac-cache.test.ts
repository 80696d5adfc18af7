import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import type { KObject } from '../../types';
import { authorize } from './rbac';
import { impersonate } from './user';

const RBAC = 'rbac.authorization.k8s.io';
const getPods = { resourceRequest: true, verb: 'get', apiGroup: '', resource: 'pods', namespace: 'default', name: 'p' };
const role = (verbs: string[]): KObject => ({ apiVersion: `${RBAC}/v1`, kind: 'Role', metadata: { name: 'reader', namespace: 'default' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs }] });
const binding = (user: string): KObject => ({
  apiVersion: `${RBAC}/v1`,
  kind: 'RoleBinding',
  metadata: { name: 'reader', namespace: 'default' },
  roleRef: { apiGroup: RBAC, kind: 'Role', name: 'reader' },
  subjects: [{ kind: 'User', apiGroup: RBAC, name: user }],
});

// decisions are remembered per user and namespace: every RBAC write must be seen by the next request
describe('RBAC decisions follow each write to roles and bindings', () => {
  it('grants, changes and revokes as the objects change', () => {
    const c = new Cluster({ seed: 1 });
    const x = impersonate('x');
    const decide = () => authorize(c.api, x, getPods);
    expect(decide()).toEqual({ allowed: false, reason: '' });
    c.api.create(binding('x'));
    expect(decide()).toEqual({ allowed: false, reason: `RBAC: role.${RBAC} "reader" not found` });
    c.api.create(role(['get']));
    expect(decide().allowed).toBe(true);
    c.api.update({ ...c.api.get(`roles.${RBAC}`, 'default', 'reader'), rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }] });
    expect(decide().allowed).toBe(false);
    c.api.update({ ...c.api.get(`roles.${RBAC}`, 'default', 'reader'), rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] });
    expect(decide().allowed).toBe(true);
    c.api.delete(`rolebindings.${RBAC}`, 'default', 'reader');
    expect(decide().allowed).toBe(false);
  });

  it('keeps users apart whose name and groups would join to the same text', () => {
    const c = new Cluster({ seed: 1 });
    c.api.create(role(['get']));
    c.api.create(binding('a'));
    expect(authorize(c.api, { name: 'a', groups: ['b'] }, getPods).allowed).toBe(true);
    expect(authorize(c.api, { name: 'a\nb', groups: [] }, getPods).allowed).toBe(false);
  });
});
