/**
 * The `system:controller:<name>` ClusterRoles a v1.34 kube-apiserver bootstraps, each bound to the
 * ServiceAccount kube-system/<name> that kube-controller-manager's controller of that name uses
 * under kubeadm's `--use-service-account-credentials=true` (bootstrappolicy controller_policy.go,
 * with v1.34's default feature gates: DynamicResourceAllocation, MultiCIDRServiceAllocator,
 * VolumeAttributesClass and SELinuxChangePolicy on; DRADeviceTaints, PodCertificateRequest,
 * ClusterTrustBundle, StorageVersionAPI and StorageVersionMigrator off).
 */
import type { PolicyRule } from './rules';

export const CONTROLLER_ROLE_PREFIX = 'system:controller:';

const sorted = (xs: string[]) => [...new Set(xs)].sort();

/** A rule as upstream's PolicyRuleBuilder emits it: verbs, groups, resources and names each sorted and unique. */
const rule = (verbs: string[], apiGroups: string[], resources: string[], resourceNames?: string[]): PolicyRule => ({
  apiGroups: sorted(apiGroups),
  resources: sorted(resources),
  ...(resourceNames ? { resourceNames: sorted(resourceNames) } : {}),
  verbs: sorted(verbs),
});

const CORE = '';
const APPS = 'apps';
const EXT = 'extensions';
const BATCH = 'batch';
const STORAGE = 'storage.k8s.io';
const NETWORKING = 'networking.k8s.io';
const CERTS = 'certificates.k8s.io';
const RESOURCE = 'resource.k8s.io';
const READ = ['get', 'list', 'watch'];
const EVENTS = rule(['create', 'update', 'patch'], [CORE, 'events.k8s.io'], ['events']);

/** Controller name (its ServiceAccount's) → the rules of its role. */
const CONTROLLER_RULES: Record<string, PolicyRule[]> = {
  'attachdetach-controller': [
    rule(['list', 'watch'], [CORE], ['persistentvolumes', 'persistentvolumeclaims']),
    rule(READ, [CORE], ['nodes']),
    rule(['patch', 'update'], [CORE], ['nodes/status']),
    rule(['list', 'watch'], [CORE], ['pods']),
    EVENTS,
    rule(['get', 'create', 'delete', 'list', 'watch'], [STORAGE], ['volumeattachments']),
    rule(READ, [STORAGE], ['csidrivers']),
    rule(READ, [STORAGE], ['csinodes']),
  ],
  'clusterrole-aggregation-controller': [rule(['escalate', 'get', 'list', 'watch', 'update', 'patch'], ['rbac.authorization.k8s.io'], ['clusterroles'])],
  'cronjob-controller': [
    rule([...READ, 'update'], [BATCH], ['cronjobs']),
    rule([...READ, 'create', 'update', 'delete', 'patch'], [BATCH], ['jobs']),
    rule(['update'], [BATCH], ['cronjobs/status']),
    rule(['update'], [BATCH], ['cronjobs/finalizers']),
    rule(['list', 'watch', 'delete'], [CORE], ['pods']),
    EVENTS,
  ],
  'daemon-set-controller': [
    rule(READ, [EXT, APPS], ['daemonsets']),
    rule(['update'], [EXT, APPS], ['daemonsets/status']),
    rule(['update'], [EXT, APPS], ['daemonsets/finalizers']),
    rule(['list', 'watch'], [CORE], ['nodes']),
    rule(['list', 'watch', 'create', 'delete', 'patch'], [CORE], ['pods']),
    rule(['create'], [CORE], ['pods/binding']),
    rule([...READ, 'create', 'delete', 'update', 'patch'], [APPS], ['controllerrevisions']),
    EVENTS,
  ],
  'deployment-controller': [
    rule([...READ, 'update'], [EXT, APPS], ['deployments']),
    rule(['update'], [EXT, APPS], ['deployments/status']),
    rule(['update'], [EXT, APPS], ['deployments/finalizers']),
    rule([...READ, 'create', 'update', 'patch', 'delete'], [APPS, EXT], ['replicasets']),
    rule([...READ, 'update'], [CORE], ['pods']),
    EVENTS,
  ],
  'disruption-controller': [
    rule(READ, [EXT, APPS], ['deployments']),
    rule(READ, [APPS, EXT], ['replicasets']),
    rule(READ, [CORE], ['replicationcontrollers']),
    rule(READ, ['policy'], ['poddisruptionbudgets']),
    rule(READ, [APPS], ['statefulsets']),
    rule(['update'], ['policy'], ['poddisruptionbudgets/status']),
    rule(['patch', 'update'], [CORE], ['pods/status']),
    rule(['get'], ['*'], ['*/scale']),
    EVENTS,
  ],
  'endpoint-controller': [
    rule(READ, [CORE], ['services', 'pods']),
    rule([...READ, 'create', 'update', 'delete'], [CORE], ['endpoints']),
    rule(['create'], [CORE], ['endpoints/restricted']),
    EVENTS,
  ],
  'endpointslice-controller': [
    rule(READ, [CORE], ['services', 'pods', 'nodes']),
    rule(['update'], [CORE], ['services/finalizers']),
    rule([...READ, 'create', 'update', 'delete'], ['discovery.k8s.io'], ['endpointslices']),
    EVENTS,
  ],
  'endpointslicemirroring-controller': [
    rule(READ, [CORE], ['services', 'endpoints']),
    rule(['update'], [CORE], ['services/finalizers']),
    rule(['update'], [CORE], ['endpoints/finalizers']),
    rule([...READ, 'create', 'update', 'delete'], ['discovery.k8s.io'], ['endpointslices']),
    EVENTS,
  ],
  'expand-controller': [
    rule([...READ, 'update', 'patch'], [CORE], ['persistentvolumes']),
    rule(['update', 'patch'], [CORE], ['persistentvolumeclaims/status']),
    rule(READ, [CORE], ['persistentvolumeclaims']),
    EVENTS,
    rule(['get'], [CORE], ['services']),
  ],
  'ephemeral-volume-controller': [
    rule(READ, [CORE], ['pods']),
    rule(['update'], [CORE], ['pods/finalizers']),
    rule([...READ, 'create'], [CORE], ['persistentvolumeclaims']),
    EVENTS,
  ],
  'resource-claim-controller': [
    rule(READ, [CORE], ['pods']),
    rule(['update'], [CORE], ['pods/finalizers']),
    rule([...READ, 'create', 'delete'], [RESOURCE], ['resourceclaims']),
    rule(['update', 'patch'], [RESOURCE], ['resourceclaims', 'resourceclaims/status']),
    rule(['update', 'patch'], [CORE], ['pods/status']),
    EVENTS,
  ],
  'generic-garbage-collector': [rule([...READ, 'patch', 'update', 'delete'], ['*'], ['*']), EVENTS],
  'horizontal-pod-autoscaler': [
    rule(READ, ['autoscaling'], ['horizontalpodautoscalers']),
    rule(['update'], ['autoscaling'], ['horizontalpodautoscalers/status']),
    rule(['get', 'update'], ['*'], ['*/scale']),
    rule(['list', 'watch'], [CORE], ['pods']),
    rule(['list', 'watch'], ['metrics.k8s.io'], ['pods']),
    rule(READ, ['custom.metrics.k8s.io'], ['*']),
    rule(READ, ['external.metrics.k8s.io'], ['*']),
    EVENTS,
  ],
  'job-controller': [
    rule([...READ, 'update', 'patch'], [BATCH], ['jobs']),
    rule(['update'], [BATCH], ['jobs/status']),
    rule(['update'], [BATCH], ['jobs/finalizers']),
    rule(['list', 'watch', 'create', 'delete', 'patch'], [CORE], ['pods']),
    EVENTS,
  ],
  'namespace-controller': [
    rule([...READ, 'delete'], [CORE], ['namespaces']),
    rule(['update'], [CORE], ['namespaces/finalize', 'namespaces/status']),
    rule([...READ, 'delete', 'deletecollection'], ['*'], ['*']),
  ],
  'node-controller': [
    rule([...READ, 'update', 'delete', 'patch'], [CORE], ['nodes']),
    rule(['patch', 'update'], [CORE], ['nodes/status']),
    rule(['patch', 'update'], [CORE], ['pods/status']),
    rule(['list', 'watch', 'get', 'delete'], [CORE], ['pods']),
    EVENTS,
  ],
  'persistent-volume-binder': [
    rule([...READ, 'update', 'create', 'delete'], [CORE], ['persistentvolumes']),
    rule(['update'], [CORE], ['persistentvolumes/status']),
    rule([...READ, 'update'], [CORE], ['persistentvolumeclaims']),
    rule(['update'], [CORE], ['persistentvolumeclaims/status']),
    rule(['list', 'watch', 'get', 'create', 'delete'], [CORE], ['pods']),
    rule(READ, [STORAGE], ['storageclasses']),
    rule(['list', 'watch'], [CORE], ['nodes']),
    EVENTS,
    rule(['watch'], [CORE], ['events']),
    rule(['get'], [CORE], ['services']),
  ],
  'pod-garbage-collector': [rule(['list', 'watch', 'delete'], [CORE], ['pods']), rule(READ, [CORE], ['nodes']), rule(['patch'], [CORE], ['pods/status'])],
  'replicaset-controller': [
    rule([...READ, 'update'], [APPS, EXT], ['replicasets']),
    rule(['update'], [APPS, EXT], ['replicasets/status']),
    rule(['update'], [APPS, EXT], ['replicasets/finalizers']),
    rule(['list', 'watch', 'patch', 'create', 'delete'], [CORE], ['pods']),
    EVENTS,
  ],
  'replication-controller': [
    rule([...READ, 'update'], [CORE], ['replicationcontrollers']),
    rule(['update'], [CORE], ['replicationcontrollers/status']),
    rule(['update'], [CORE], ['replicationcontrollers/finalizers']),
    rule(['list', 'watch', 'patch', 'create', 'delete'], [CORE], ['pods']),
    EVENTS,
  ],
  'resourcequota-controller': [rule(['list', 'watch'], ['*'], ['*']), rule(['update'], [CORE], ['resourcequotas/status']), EVENTS],
  'route-controller': [rule(['list', 'watch'], [CORE], ['nodes']), rule(['patch'], [CORE], ['nodes/status']), EVENTS],
  'service-account-controller': [rule(['create'], [CORE], ['serviceaccounts']), EVENTS],
  'service-controller': [rule(READ, [CORE], ['services']), rule(['patch', 'update'], [CORE], ['services/status']), rule(['list', 'watch'], [CORE], ['nodes']), EVENTS],
  'service-cidrs-controller': [
    rule([...READ, 'patch', 'update'], [NETWORKING], ['servicecidrs']),
    rule(['patch', 'update'], [NETWORKING], ['servicecidrs/finalizers']),
    rule(['patch', 'update'], [NETWORKING], ['servicecidrs/status']),
    rule(READ, [NETWORKING], ['ipaddresses']),
    EVENTS,
  ],
  'statefulset-controller': [
    rule(['list', 'watch'], [CORE], ['pods']),
    rule(READ, [APPS], ['statefulsets']),
    rule(['update'], [APPS], ['statefulsets/status']),
    rule(['update'], [APPS], ['statefulsets/finalizers']),
    rule(['get', 'create', 'delete', 'update', 'patch'], [CORE], ['pods']),
    rule(['get', 'create', 'delete', 'update', 'patch', 'list', 'watch'], [APPS], ['controllerrevisions']),
    rule(['get', 'create', 'list', 'watch'], [CORE], ['persistentvolumeclaims']),
    rule(['update', 'delete'], [CORE], ['persistentvolumeclaims']),
    rule(['update'], [CORE], ['pods/finalizers']),
    EVENTS,
  ],
  'ttl-controller': [rule(['update', 'patch', 'list', 'watch'], [CORE], ['nodes']), EVENTS],
  'certificate-controller': [
    rule([...READ, 'delete'], [CERTS], ['certificatesigningrequests']),
    rule(['update'], [CERTS], ['certificatesigningrequests/status', 'certificatesigningrequests/approval']),
    rule(['approve'], [CERTS], ['signers'], ['kubernetes.io/kube-apiserver-client-kubelet']),
    rule(['sign'], [CERTS], ['signers'], ['kubernetes.io/legacy-unknown', 'kubernetes.io/kube-apiserver-client', 'kubernetes.io/kube-apiserver-client-kubelet', 'kubernetes.io/kubelet-serving']),
    rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
    EVENTS,
  ],
  'pvc-protection-controller': [rule([...READ, 'update'], [CORE], ['persistentvolumeclaims']), rule(['list', 'watch', 'get'], [CORE], ['pods']), EVENTS],
  'pv-protection-controller': [rule([...READ, 'update'], [CORE], ['persistentvolumes']), EVENTS],
  'volumeattributesclass-protection-controller': [
    rule(['list', 'watch', 'get'], [CORE], ['persistentvolumeclaims']),
    rule(['list', 'watch', 'get'], [CORE], ['persistentvolumes']),
    rule([...READ, 'update'], [STORAGE], ['volumeattributesclasses']),
    EVENTS,
  ],
  'ttl-after-finished-controller': [rule([...READ, 'delete'], [BATCH], ['jobs']), EVENTS],
  'root-ca-cert-publisher': [rule(['create', 'update'], [CORE], ['configmaps']), EVENTS],
  'validatingadmissionpolicy-status-controller': [
    rule(READ, ['admissionregistration.k8s.io'], ['validatingadmissionpolicies']),
    rule(['get', 'patch', 'update'], ['admissionregistration.k8s.io'], ['validatingadmissionpolicies/status']),
    EVENTS,
  ],
  'legacy-service-account-token-cleaner': [rule(['get'], [CORE], ['configmaps'], ['kube-apiserver-legacy-service-account-token-tracking']), rule(['patch', 'delete'], [CORE], ['secrets'])],
  'selinux-warning-controller': [
    EVENTS,
    rule(READ, [CORE], ['persistentvolumes']),
    rule(READ, [CORE], ['persistentvolumeclaims']),
    rule(READ, [CORE], ['pods']),
    rule(READ, [STORAGE], ['csidrivers']),
  ],
};

/** The controllers that have a role, in upstream's registration order. */
export const CONTROLLER_NAMES = Object.keys(CONTROLLER_RULES);

export function controllerRules(controller: string): PolicyRule[] {
  return CONTROLLER_RULES[controller];
}
