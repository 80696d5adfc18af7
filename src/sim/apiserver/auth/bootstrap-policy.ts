/**
 * The default ClusterRoles and ClusterRoleBindings a v1.34 kube-apiserver and kubeadm create
 * (bootstrappolicy testdata; kubeadm's own bindings), and the Roles and RoleBindings they put in
 * kube-system and kube-public (bootstrappolicy namespace_policy.go; kubeadm's upload-config,
 * kubelet, kube-proxy and cluster-info phases), with the per-controller `system:controller:*`
 * roles of controller-policy.ts.
 */
import type { KObject } from '../../types';
import type { PolicyRule } from './rules';
import { deepCopy } from '../../clone';
import { CONTROLLER_NAMES, CONTROLLER_ROLE_PREFIX, controllerRules } from './controller-policy';

const RW = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const READ = ['get', 'list', 'watch'];
const EVENTS = ['create', 'patch', 'update'];

const r = (verbs: string[], apiGroups: string[], resources: string[], resourceNames?: string[]): PolicyRule =>
  resourceNames ? { apiGroups, resources, resourceNames, verbs } : { apiGroups, resources, verbs };
const urls = (verbs: string[], nonResourceURLs: string[]): PolicyRule => ({ nonResourceURLs, verbs });

interface RoleDef {
  name: string;
  rules?: PolicyRule[];
  /** aggregationRule's selector label (`rbac.authorization.k8s.io/aggregate-to-<x>`). */
  aggregateFrom?: string;
  /** Labels that aggregate this role into others. */
  aggregateTo?: string[];
}

const AGG = 'rbac.authorization.k8s.io/aggregate-to-';

const ROLES: RoleDef[] = [
  { name: 'admin', aggregateFrom: 'admin' },
  { name: 'cluster-admin', rules: [r(['*'], ['*'], ['*']), urls(['*'], ['*'])] },
  { name: 'edit', aggregateFrom: 'edit', aggregateTo: ['admin'] },
  {
    name: 'system:aggregate-to-admin',
    aggregateTo: ['admin'],
    rules: [r(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews']), r(['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], ['rbac.authorization.k8s.io'], ['rolebindings', 'roles'])],
  },
  {
    name: 'system:aggregate-to-edit',
    aggregateTo: ['edit'],
    rules: [
      r(READ, [''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy']),
      r(['impersonate'], [''], ['serviceaccounts']),
      r(RW, [''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy']),
      r(['create'], [''], ['pods/eviction']),
      r(RW, [''], ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy']),
      r(['create'], [''], ['serviceaccounts/token']),
      r(RW, ['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale']),
      r(RW, ['autoscaling'], ['horizontalpodautoscalers']),
      r(RW, ['batch'], ['cronjobs', 'jobs']),
      r(RW, ['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale']),
      r(RW, ['policy'], ['poddisruptionbudgets']),
      r(RW, ['networking.k8s.io'], ['ingresses', 'networkpolicies']),
      r(['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], ['coordination.k8s.io'], ['leases']),
    ],
  },
  {
    name: 'system:aggregate-to-view',
    aggregateTo: ['view'],
    rules: [
      r(READ, [''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status']),
      r(READ, [''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status']),
      r(READ, [''], ['namespaces']),
      r(READ, ['discovery.k8s.io'], ['endpointslices']),
      r(READ, ['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status']),
      r(READ, ['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
      r(READ, ['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status']),
      r(READ, ['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale']),
      r(READ, ['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
      r(READ, ['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies']),
    ],
  },
  { name: 'system:auth-delegator', rules: [r(['create'], ['authentication.k8s.io'], ['tokenreviews']), r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews'])] },
  {
    name: 'system:basic-user',
    rules: [r(['create'], ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews']), r(['create'], ['authentication.k8s.io'], ['selfsubjectreviews'])],
  },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', rules: [r(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/nodeclient'])] },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', rules: [r(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/selfnodeclient'])] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client'])] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client-kubelet'])] },
  { name: 'system:certificates.k8s.io:kubelet-serving-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kubelet-serving'])] },
  { name: 'system:certificates.k8s.io:legacy-unknown-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/legacy-unknown'])] },
  { name: 'system:discovery', rules: [urls(['get'], ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'])] },
  { name: 'system:heapster', rules: [r(READ, [''], ['events', 'namespaces', 'nodes', 'pods']), r(READ, ['extensions'], ['deployments'])] },
  { name: 'system:kube-aggregator', rules: [r(READ, [''], ['endpoints', 'services'])] },
  {
    name: 'system:kube-controller-manager',
    rules: [
      r(EVENTS, ['', 'events.k8s.io'], ['events']),
      r(['create'], ['coordination.k8s.io'], ['leases']),
      r(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-controller-manager']),
      r(['create'], [''], ['secrets', 'serviceaccounts']),
      r(['delete'], [''], ['secrets']),
      r(['get'], [''], ['configmaps', 'namespaces', 'secrets', 'serviceaccounts']),
      r(['update'], [''], ['secrets', 'serviceaccounts']),
      r(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
      r(['list', 'watch'], ['*'], ['*']),
      r(['create'], [''], ['serviceaccounts/token']),
    ],
  },
  { name: 'system:kube-dns', rules: [r(['list', 'watch'], [''], ['endpoints', 'services'])] },
  {
    name: 'system:kube-scheduler',
    rules: [
      r(EVENTS, ['', 'events.k8s.io'], ['events']),
      r(['create'], ['coordination.k8s.io'], ['leases']),
      r(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-scheduler']),
      r(READ, [''], ['nodes']),
      r(['delete', 'get', 'list', 'watch'], [''], ['pods']),
      r(['create'], [''], ['bindings', 'pods/binding']),
      r(['patch', 'update'], [''], ['pods/status']),
      r(READ, [''], ['replicationcontrollers', 'services']),
      r(READ, ['apps', 'extensions'], ['replicasets']),
      r(READ, ['apps'], ['statefulsets']),
      r(READ, ['policy'], ['poddisruptionbudgets']),
      r(READ, [''], ['persistentvolumeclaims', 'persistentvolumes']),
      r(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
      r(READ, ['storage.k8s.io'], ['csinodes']),
      r(READ, [''], ['namespaces']),
      r(READ, ['storage.k8s.io'], ['csidrivers']),
      r(READ, ['storage.k8s.io'], ['csistoragecapacities']),
    ],
  },
  { name: 'system:kubelet-api-admin', rules: [r(READ, [''], ['nodes']), r(['proxy'], [''], ['nodes']), r(['*'], [''], ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats'])] },
  { name: 'system:monitoring', rules: [urls(['get'], ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'])] },
  {
    name: 'system:node',
    rules: [
      r(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      r(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews', 'subjectaccessreviews']),
      r(READ, [''], ['services']),
      r(['create', 'get', 'list', 'watch'], [''], ['nodes']),
      r(['patch', 'update'], [''], ['nodes/status']),
      r(['patch', 'update'], [''], ['nodes']),
      r(EVENTS, [''], ['events']),
      r(READ, [''], ['pods']),
      r(['create', 'delete'], [''], ['pods']),
      r(['patch', 'update'], [''], ['pods/status']),
      r(['create'], [''], ['pods/eviction']),
      r(READ, [''], ['configmaps', 'secrets']),
      r(['get'], [''], ['persistentvolumeclaims', 'persistentvolumes']),
      r(['get'], [''], ['endpoints']),
      r(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']),
      r(['create', 'delete', 'get', 'patch', 'update'], ['coordination.k8s.io'], ['leases']),
      r(['get'], ['storage.k8s.io'], ['volumeattachments']),
      r(['create'], [''], ['serviceaccounts/token']),
      r(['get', 'patch', 'update'], [''], ['persistentvolumeclaims/status']),
      r(READ, ['storage.k8s.io'], ['csidrivers']),
      r(['create', 'delete', 'get', 'patch', 'update'], ['storage.k8s.io'], ['csinodes']),
      r(READ, ['node.k8s.io'], ['runtimeclasses']),
    ],
  },
  { name: 'system:node-bootstrapper', rules: [r(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests'])] },
  { name: 'system:node-problem-detector', rules: [r(['get'], [''], ['nodes']), r(['patch'], [''], ['nodes/status']), r(EVENTS, ['', 'events.k8s.io'], ['events'])] },
  {
    name: 'system:node-proxier',
    rules: [r(['list', 'watch'], [''], ['endpoints', 'services']), r(READ, [''], ['nodes']), r(EVENTS, ['', 'events.k8s.io'], ['events']), r(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices'])],
  },
  {
    name: 'system:persistent-volume-provisioner',
    rules: [
      r(['create', 'delete', 'get', 'list', 'watch'], [''], ['persistentvolumes']),
      r(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']),
      r(READ, ['storage.k8s.io'], ['storageclasses']),
      r(['watch'], [''], ['events']),
      r(EVENTS, ['', 'events.k8s.io'], ['events']),
    ],
  },
  { name: 'system:public-info-viewer', rules: [urls(['get'], ['/healthz', '/livez', '/readyz', '/version', '/version/'])] },
  { name: 'system:service-account-issuer-discovery', rules: [urls(['get'], ['/.well-known/openid-configuration', '/.well-known/openid-configuration/', '/openid/v1/jwks', '/openid/v1/jwks/'])] },
  {
    name: 'system:volume-scheduler',
    rules: [r(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumes']), r(READ, ['storage.k8s.io'], ['storageclasses']), r(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumeclaims'])],
  },
  { name: 'view', aggregateFrom: 'view', aggregateTo: ['edit'] },
  ...CONTROLLER_NAMES.map((c) => ({ name: CONTROLLER_ROLE_PREFIX + c, rules: controllerRules(c) })),
  // kubeadm's roles
  { name: 'kubeadm:get-nodes', rules: [r(['get'], [''], ['nodes'])] },
  { name: 'system:coredns', rules: [r(['list', 'watch'], [''], ['endpoints', 'services', 'pods', 'namespaces']), r(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices'])] },
];

type Subject = { kind: 'User' | 'Group'; name: string } | { kind: 'ServiceAccount'; name: string; namespace: string };
const G = (name: string): Subject => ({ kind: 'Group', name });
const U = (name: string): Subject => ({ kind: 'User', name });
const SA = (namespace: string, name: string): Subject => ({ kind: 'ServiceAccount', name, namespace });

const BINDINGS: { name: string; role: string; subjects: Subject[]; kubeadm?: boolean }[] = [
  { name: 'cluster-admin', role: 'cluster-admin', subjects: [G('system:masters')] },
  { name: 'kubeadm:cluster-admins', role: 'cluster-admin', subjects: [G('kubeadm:cluster-admins')], kubeadm: true },
  { name: 'kubeadm:get-nodes', role: 'kubeadm:get-nodes', subjects: [G('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  { name: 'kubeadm:kubelet-bootstrap', role: 'system:node-bootstrapper', subjects: [G('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  { name: 'kubeadm:node-autoapprove-bootstrap', role: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', subjects: [G('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  { name: 'kubeadm:node-autoapprove-certificate-rotation', role: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', subjects: [G('system:nodes')], kubeadm: true },
  { name: 'kubeadm:node-proxier', role: 'system:node-proxier', subjects: [SA('kube-system', 'kube-proxy')], kubeadm: true },
  { name: 'system:basic-user', role: 'system:basic-user', subjects: [G('system:authenticated')] },
  { name: 'system:coredns', role: 'system:coredns', subjects: [SA('kube-system', 'coredns')], kubeadm: true },
  { name: 'system:discovery', role: 'system:discovery', subjects: [G('system:authenticated')] },
  { name: 'system:kube-controller-manager', role: 'system:kube-controller-manager', subjects: [U('system:kube-controller-manager')] },
  { name: 'system:kube-dns', role: 'system:kube-dns', subjects: [SA('kube-system', 'kube-dns')] },
  { name: 'system:kube-scheduler', role: 'system:kube-scheduler', subjects: [U('system:kube-scheduler')] },
  { name: 'system:monitoring', role: 'system:monitoring', subjects: [G('system:monitoring')] },
  { name: 'system:node', role: 'system:node', subjects: [] },
  { name: 'system:node-proxier', role: 'system:node-proxier', subjects: [U('system:kube-proxy')] },
  { name: 'system:public-info-viewer', role: 'system:public-info-viewer', subjects: [G('system:authenticated'), G('system:unauthenticated')] },
  { name: 'system:service-account-issuer-discovery', role: 'system:service-account-issuer-discovery', subjects: [G('system:serviceaccounts')] },
  { name: 'system:volume-scheduler', role: 'system:volume-scheduler', subjects: [U('system:kube-scheduler')] },
  ...CONTROLLER_NAMES.map((c) => ({ name: CONTROLLER_ROLE_PREFIX + c, role: CONTROLLER_ROLE_PREFIX + c, subjects: [SA('kube-system', c)] })),
];

const API_VERSION = 'rbac.authorization.k8s.io/v1';

/** The system:node role's rules, which the Node authorizer applies to requests it does not subdivide (NodeRules). */
export const NODE_RULES: readonly PolicyRule[] = ROLES.find((d) => d.name === 'system:node')!.rules!;
const BOOTSTRAP_LABELS = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const AUTOUPDATE = { 'rbac.authorization.kubernetes.io/autoupdate': 'true' };

/** The default ClusterRoles as objects; aggregated ones start empty (the aggregation controller fills them). */
export function defaultClusterRoles(): KObject[] {
  return ROLES.map((d) => {
    const kubeadm = d.name.startsWith('kubeadm:') || d.name === 'system:coredns';
    const labels: Record<string, string> = kubeadm ? {} : { ...BOOTSTRAP_LABELS };
    for (const t of d.aggregateTo ?? []) labels[`${AGG}${t}`] = 'true';
    const obj: KObject = {
      apiVersion: API_VERSION,
      kind: 'ClusterRole',
      metadata: { name: d.name, ...(Object.keys(labels).length ? { labels } : {}), ...(kubeadm ? {} : { annotations: { ...AUTOUPDATE } }) },
      rules: deepCopy(d.rules ?? []),
    };
    if (d.aggregateFrom) obj.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [`${AGG}${d.aggregateFrom}`]: 'true' } }] };
    return obj;
  });
}

export function defaultClusterRoleBindings(): KObject[] {
  return BINDINGS.map((b) => ({
    apiVersion: API_VERSION,
    kind: 'ClusterRoleBinding',
    metadata: { name: b.name, ...(b.kubeadm ? {} : { labels: { ...BOOTSTRAP_LABELS }, annotations: { ...AUTOUPDATE } }) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: b.role },
    ...(b.subjects.length ? { subjects: b.subjects.map(subjectOf) } : {}),
  }));
}

/** A Role and the RoleBinding of the same name that grants it (the bootstrap pairs them all that way). */
interface NamespacedDef {
  namespace: 'kube-system' | 'kube-public';
  name: string;
  rules: PolicyRule[];
  /** The binding's name when it differs from the role's. */
  binding?: string;
  subjects: Subject[];
  kubeadm?: boolean;
}

const EVENTS_RULE = r(EVENTS, ['', 'events.k8s.io'], ['events']);

const NAMESPACED: NamespacedDef[] = [
  { namespace: 'kube-system', name: 'extension-apiserver-authentication-reader', binding: 'system::extension-apiserver-authentication-reader', rules: [r(READ, [''], ['configmaps'], ['extension-apiserver-authentication'])], subjects: [U('system:kube-controller-manager'), U('system:kube-scheduler')] },
  { namespace: 'kube-system', name: 'system:controller:bootstrap-signer', rules: [r(READ, [''], ['secrets'])], subjects: [SA('kube-system', 'bootstrap-signer')] },
  { namespace: 'kube-system', name: 'system:controller:cloud-provider', rules: [r(['create', ...READ], [''], ['configmaps'])], subjects: [SA('kube-system', 'cloud-provider')] },
  { namespace: 'kube-system', name: 'system:controller:token-cleaner', rules: [r(['delete', ...READ], [''], ['secrets']), EVENTS_RULE], subjects: [SA('kube-system', 'token-cleaner')] },
  {
    namespace: 'kube-system',
    name: 'system::leader-locking-kube-controller-manager',
    rules: [r(['watch'], [''], ['configmaps']), r(['get', 'update'], [''], ['configmaps'], ['kube-controller-manager']), r(['create', 'get', 'list', 'update', 'watch'], ['coordination.k8s.io'], ['leases'])],
    subjects: [U('system:kube-controller-manager'), SA('kube-system', 'kube-controller-manager'), SA('kube-system', 'leader-election-controller')],
  },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-scheduler', rules: [r(['watch'], [''], ['configmaps']), r(['get', 'update'], [''], ['configmaps'], ['kube-scheduler'])], subjects: [U('system:kube-scheduler'), SA('kube-system', 'kube-scheduler')] },
  { namespace: 'kube-public', name: 'system:controller:bootstrap-signer', rules: [r(READ, [''], ['configmaps']), r(['update'], [''], ['configmaps'], ['cluster-info']), EVENTS_RULE], subjects: [SA('kube-system', 'bootstrap-signer')] },
  // kubeadm: what joining nodes (and bootstrap tokens) may read, and the public cluster-info
  { namespace: 'kube-system', name: 'kubeadm:nodes-kubeadm-config', rules: [r(['get'], [''], ['configmaps'], ['kubeadm-config'])], subjects: [G('system:bootstrappers:kubeadm:default-node-token'), G('system:nodes')], kubeadm: true },
  { namespace: 'kube-system', name: 'kubeadm:kubelet-config', rules: [r(['get'], [''], ['configmaps'], ['kubelet-config'])], subjects: [G('system:nodes'), G('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  { namespace: 'kube-system', name: 'kube-proxy', rules: [r(['get'], [''], ['configmaps'], ['kube-proxy'])], subjects: [G('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  { namespace: 'kube-public', name: 'kubeadm:bootstrap-signer-clusterinfo', rules: [r(['get'], [''], ['configmaps'], ['cluster-info'])], subjects: [U('system:anonymous')], kubeadm: true },
];

const subjectOf = (s: Subject) => (s.kind === 'ServiceAccount' ? { ...s } : { apiGroup: 'rbac.authorization.k8s.io', ...s });

/** The bootstrap Roles and RoleBindings of kube-system and kube-public (the API server's carry its labels, kubeadm's none). */
export function defaultNamespacedRbac(): KObject[] {
  const meta = (d: NamespacedDef, name: string) => ({ name, namespace: d.namespace, ...(d.kubeadm ? {} : { labels: { ...BOOTSTRAP_LABELS }, annotations: { ...AUTOUPDATE } }) });
  const roles = NAMESPACED.map((d): KObject => ({ apiVersion: API_VERSION, kind: 'Role', metadata: meta(d, d.name), rules: deepCopy(d.rules) }));
  const bindings = NAMESPACED.map((d): KObject => ({
    apiVersion: API_VERSION,
    kind: 'RoleBinding',
    metadata: meta(d, d.binding ?? d.name),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: d.name },
    subjects: d.subjects.map(subjectOf),
  }));
  return [...roles, ...bindings];
}
