import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, layoutModel } from './layout';
import type { KObject } from '../sim/types';
import { buildModel } from './model';

const RBAC = 'rbac.authorization.k8s.io/v1';
const meta = (name: string, namespace?: string, labels?: Record<string, string>) => ({ name, namespace, uid: `${namespace ?? ''}-${name}`, labels });
const ns = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(name) });
const svc = (name: string, namespace: string): KObject => ({ apiVersion: 'v1', kind: 'Service', metadata: meta(name, namespace), spec: {} });
const role = (name: string, namespace: string, rules: Record<string, string[]>[]): KObject => ({ apiVersion: RBAC, kind: 'Role', metadata: meta(name, namespace), rules });
const crole = (name: string, rules: Record<string, string[]>[], labels?: Record<string, string>): KObject => ({ apiVersion: RBAC, kind: 'ClusterRole', metadata: meta(name, undefined, labels), rules });
const binding = (kind: 'RoleBinding' | 'ClusterRoleBinding', name: string, namespace: string | undefined, roleRef: Record<string, string>, subjects: Record<string, string>[], labels?: Record<string, string>): KObject => ({ apiVersion: RBAC, kind, metadata: meta(name, namespace, labels), roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef }, subjects });
const BOOTSTRAP = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };

const world: KObject[] = [
  ns('default'),
  ns('kube-system'),
  { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default', 'default') },
  svc('kubia', 'default'),
  svc('kube-dns', 'kube-system'),
  { apiVersion: 'v1', kind: 'PersistentVolume', metadata: meta('pv-a'), spec: {} },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('app-config', 'default'), data: {} },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('other', 'default'), data: {} },
  // notes 12.2.3: a Role in kube-system, bound to the default ServiceAccount of default
  role('service-reader', 'kube-system', [{ apiGroups: [''], verbs: ['get', 'list'], resources: ['services'] }]),
  binding('RoleBinding', 'test', 'kube-system', { kind: 'Role', name: 'service-reader' }, [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }]),
  // notes 12.2.4: a ClusterRole bound cluster-wide, to a ServiceAccount whose namespace is misspelt
  crole('pv-reader', [{ apiGroups: [''], verbs: ['get', 'list'], resources: ['persistentvolumes'] }]),
  binding('ClusterRoleBinding', 'cluster-tetst', undefined, { kind: 'ClusterRole', name: 'pv-reader' }, [{ kind: 'ServiceAccount', name: 'yaohong', namespace: 'kuebsystem' }]),
  // a ClusterRole bound in one namespace only, with resourceNames, to a user and a group
  crole('config-reader', [{ apiGroups: [''], verbs: ['get'], resources: ['configmaps'], resourceNames: ['app-config'] }, { apiGroups: ['*'], verbs: ['watch'], resources: ['*'] }]),
  binding('RoleBinding', 'read-config', 'default', { kind: 'ClusterRole', name: 'config-reader' }, [{ kind: 'User', name: 'alice' }, { kind: 'Group', name: 'devs' }]),
  // kubeadm's own: no cards for its subjects by default, and no grant to every object
  crole('cluster-admin', [{ apiGroups: ['*'], verbs: ['*'], resources: ['*'] }], BOOTSTRAP),
  binding('ClusterRoleBinding', 'cluster-admin', undefined, { kind: 'ClusterRole', name: 'cluster-admin' }, [{ kind: 'Group', name: 'system:masters' }], BOOTSTRAP),
  // and kubeadm's Role in kube-system (no bootstrap label) with the ConfigMap it lets joining nodes read
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('kube-proxy', 'kube-system'), data: {} },
  role('kube-proxy', 'kube-system', [{ apiGroups: [''], verbs: ['get'], resources: ['configmaps'], resourceNames: ['kube-proxy'] }]),
  binding('RoleBinding', 'kube-proxy', 'kube-system', { kind: 'Role', name: 'kube-proxy' }, [{ kind: 'Group', name: 'system:bootstrappers:kubeadm:default-node-token' }]),
];

const model = buildModel(world);
const edges = (relation: string) =>
  model.edges
    .filter((e) => e.relation === relation)
    .map((e) => `${e.source} -> ${e.target}${e.label ? ` [${e.label}]` : ''}`)
    .sort();

describe('who can do what on the canvas', () => {
  it('draws every subject a binding names: ServiceAccounts, Users and Groups (synthetic cards), a missing ServiceAccount', () => {
    // each drawn from the subject to the binding: who → binding → role → what it grants
    expect(edges('subject-binding')).toEqual([
      'Group//devs -> RoleBinding/default/read-config',
      'Group//system:bootstrappers:kubeadm:default-node-token -> RoleBinding/kube-system/kube-proxy',
      'Group//system:masters -> ClusterRoleBinding//cluster-admin',
      'ServiceAccount/default/default -> RoleBinding/kube-system/test',
      'ServiceAccount/kuebsystem/yaohong -> ClusterRoleBinding//cluster-tetst',
      'User//alice -> RoleBinding/default/read-config',
    ]);
    const card = (id: string) => model.nodes.find((n) => n.id === id)!;
    expect(card('User//alice')).toMatchObject({ kind: 'User', status: 'Subject', facts: [{ label: 'bound by', value: 'RoleBinding/read-config' }] });
    expect(card('Group//system:masters').system).toBe(true);
    expect(card('Group//system:bootstrappers:kubeadm:default-node-token').system).toBe(true);
    expect(card('Role/kube-system/kube-proxy').system).toBe(true);
    expect(card('User//alice').system).toBeUndefined();
    // the notes' `--serviceaccount=kuebsystem:yaohong`: the binding names an account that is nowhere
    expect(card('ServiceAccount/kuebsystem/yaohong')).toMatchObject({ status: 'Missing', missing: true, facts: [{ label: 'used by', value: 'ClusterRoleBinding/cluster-tetst' }] });
  });

  it('draws what each role grants where it is bound, with the verbs; nothing for kubeadm\'s own bindings', () => {
    expect(edges('role-grants')).toEqual([
      // a ClusterRole under a RoleBinding grants only in the binding's namespace; resourceNames narrow it
      'ClusterRole//config-reader -> ConfigMap/default/app-config [get,watch]',
      'ClusterRole//config-reader -> ConfigMap/default/other [watch]',
      'ClusterRole//config-reader -> RoleBinding/default/read-config [watch]',
      'ClusterRole//config-reader -> Service/default/kubia [watch]',
      'ClusterRole//config-reader -> ServiceAccount/default/default [watch]',
      // under a ClusterRoleBinding: cluster-scoped objects too
      'ClusterRole//pv-reader -> PersistentVolume//pv-a [get,list]',
      // a Role grants in its own namespace only
      'Role/kube-system/service-reader -> Service/kube-system/kube-dns [get,list]',
    ]);
  });

  it("counts a role's grants on its card instead of tying it to every object when it grants on more than eight", () => {
    const many = [...world, ...Array.from({ length: 9 }, (_, i) => svc(`s${i}`, 'default'))];
    const everything = crole('everything', [{ apiGroups: ['*'], verbs: ['*'], resources: ['*'] }]);
    const bound = binding('ClusterRoleBinding', 'all-for-alice', undefined, { kind: 'ClusterRole', name: 'everything' }, [{ kind: 'User', name: 'alice' }]);
    const m = buildModel([...many, everything, bound]);
    expect(m.edges.filter((e) => e.relation === 'role-grants' && e.source === 'ClusterRole//everything')).toEqual([]);
    const card = m.nodes.find((n) => n.id === 'ClusterRole//everything')!;
    expect(card.facts).toContainEqual({ label: 'grants on', value: expect.stringMatching(/^\d+ objects$/) });
    expect(Number(card.facts.find((f) => f.label === 'grants on')!.value.split(' ')[0])).toBeGreaterThan(8);
    // the narrow roles keep their edges
    expect(m.edges.some((e) => e.relation === 'role-grants' && e.source === 'Role/kube-system/service-reader')).toBe(true);
  });

  it('lays who → binding → role → what it grants out left to right, with room for the verbs between role and object', async () => {
    const boxes = await layoutModel(new ELK(), model);
    const x = (id: string) => boxes.get(id)!.x;
    expect(x('User//alice')).toBeLessThan(x('RoleBinding/default/read-config'));
    expect(x('RoleBinding/default/read-config')).toBeLessThan(x('ClusterRole//config-reader'));
    expect(x('ServiceAccount/kuebsystem/yaohong')).toBeLessThan(x('ClusterRoleBinding//cluster-tetst'));
    // 'get,list' at the label's 11px monospace is about 60px wide: the gap holds it with the usual 50px either side
    const gap = x('Service/kube-system/kube-dns') - (x('Role/kube-system/service-reader') + CARD_WIDTH);
    expect(gap).toBeGreaterThanOrEqual(50 + 60 + 50);
  });
});
