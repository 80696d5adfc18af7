import { describe, expect, it } from 'vitest';
import type { KObject } from '../sim/types';
import { buildModel } from './model';

const ns = (name: string, labels: Record<string, string> = {}): KObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
const pod = (name: string, namespace: string, labels: Record<string, string>, spec: KObject['spec'] = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels, uid: `${namespace}-${name}` },
  spec: { containers: [{ name: 'main', image: 'busybox' }], ...spec },
  status: { phase: 'Running', podIP: '10.244.1.9' },
});
const np = (name: string, spec: KObject['spec']): KObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: 'default' }, spec });

const postgres = np('postgres-netpolicy', {
  podSelector: { matchLabels: { app: 'database' } },
  policyTypes: ['Ingress'],
  ingress: [{ from: [{ podSelector: { matchLabels: { app: 'webserver' } } }, { namespaceSelector: { matchLabels: { tenant: 'manning' } } }], ports: [{ protocol: 'TCP', port: 5432 }] }],
});
const world = [
  ns('default'),
  ns('manning', { tenant: 'manning', 'pod-security.kubernetes.io/enforce': 'restricted' }),
  pod('database', 'default', { app: 'database' }),
  pod('webserver', 'default', { app: 'webserver' }),
  pod('other', 'default', {}),
  pod('client', 'manning', {}, { securityContext: { runAsNonRoot: true } }),
  pod('host', 'default', {}, { hostNetwork: true, hostPID: true, containers: [{ name: 'main', image: 'alpine', securityContext: { privileged: true } }] }),
  postgres,
  np('default-deny-egress', { podSelector: {}, policyTypes: ['Egress'] }),
];

const edges = (relation: string) =>
  buildModel(world)
    .edges.filter((e) => e.relation === relation)
    .map((e) => `${e.source} -> ${e.target}${e.label ? ` [${e.label}]` : ''}`)
    .sort();

describe('the security canvas', () => {
  it('draws the pods a policy selects, and says when a direction denies everything', () => {
    expect(edges('networkpolicy-selects')).toEqual([
      'NetworkPolicy/default/default-deny-egress -> Pod/default/database [out: deny all]',
      'NetworkPolicy/default/default-deny-egress -> Pod/default/host [out: deny all]',
      'NetworkPolicy/default/default-deny-egress -> Pod/default/other [out: deny all]',
      'NetworkPolicy/default/default-deny-egress -> Pod/default/webserver [out: deny all]',
      'NetworkPolicy/default/postgres-netpolicy -> Pod/default/database [in]',
    ]);
  });

  it('draws the peers a policy lets in, across namespaces by their labels', () => {
    expect(edges('networkpolicy-allows-from')).toEqual([
      'NetworkPolicy/default/postgres-netpolicy -> Pod/default/webserver [allows in :5432]',
      'NetworkPolicy/default/postgres-netpolicy -> Pod/manning/client [allows in :5432]',
    ]);
    expect(edges('networkpolicy-allows-to')).toEqual([]);
  });

  it('sums a policy up on its card', () => {
    const card = buildModel(world).nodes.find((n) => n.id === 'NetworkPolicy/default/postgres-netpolicy')!;
    expect(card.facts).toEqual([
      { label: 'pods', value: 'app=database' },
      { label: 'ingress', value: 'app=webserver | ns tenant=manning :5432' },
    ]);
    const deny = buildModel(world).nodes.find((n) => n.id === 'NetworkPolicy/default/default-deny-egress')!;
    expect(deny.facts).toEqual([
      { label: 'pods', value: '(all)' },
      { label: 'egress', value: 'deny all' },
    ]);
  });

  it('marks pods that leave their isolation, and shows the namespace Pod Security level', () => {
    const nodes = buildModel(world).nodes;
    const host = nodes.find((n) => n.id === 'Pod/default/host')!;
    expect(host.marks).toEqual(['hostNetwork', 'hostPID', 'privileged']);
    expect(host.facts).toContainEqual({ label: 'security', value: 'hostNetwork hostPID privileged' });
    const client = nodes.find((n) => n.id === 'Pod/manning/client')!;
    expect(client.marks).toEqual(['runAsNonRoot']);
    expect(client.facts).toContainEqual({ label: 'PSA', value: 'enforce=restricted' });
    expect(nodes.find((n) => n.id === 'Pod/default/other')!.marks).toBeUndefined();
  });

  it('draws subject → binding → role with what the role allows', () => {
    const role: KObject = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'service-reader', namespace: 'foo' }, rules: [{ apiGroups: [''], verbs: ['get', 'list'], resources: ['services'] }] };
    const rb: KObject = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'test', namespace: 'foo' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'service-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'foo' }, { kind: 'User', name: 'alice' }],
    };
    const sa: KObject = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'foo' } };
    const m = buildModel([ns('foo'), role, rb, sa]);
    expect(m.edges.filter((e) => e.relation === 'rolebinding-role' || e.relation === 'subject-binding').map((e) => `${e.relation} ${e.source} -> ${e.target} ${e.label ?? ''}`.trim())).toEqual([
      'rolebinding-role RoleBinding/foo/test -> Role/foo/service-reader get,list services',
      'subject-binding ServiceAccount/foo/default -> RoleBinding/foo/test',
      'subject-binding User//alice -> RoleBinding/foo/test',
    ]);
    expect(m.nodes.find((n) => n.kind === 'RoleBinding')!.facts).toEqual([
      { label: 'role', value: 'Role/service-reader' },
      { label: 'subjects', value: 'SA foo/default, User alice' },
    ]);
    expect(m.nodes.find((n) => n.kind === 'Role')!.facts).toEqual([{ label: 'rules', value: 'get,list services' }]);
  });
});
