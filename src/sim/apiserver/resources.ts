/** The API resources a v1.34 cluster serves (what `kubectl api-resources` lists), as data. */
export interface ResourceType {
  kind: string;
  /** Lower-case plural, the REST resource name. */
  plural: string;
  singular: string;
  shortNames: string[];
  /** '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  verbs?: string[];
  /** Categories other than `all` (`api-extensions`), as discovery lists them. */
  categories?: string[];
}

const core = (kind: string, plural: string, shortNames: string[] = [], namespaced = true): ResourceType => ({
  kind,
  plural,
  singular: kind.toLowerCase(),
  shortNames,
  group: '',
  version: 'v1',
  namespaced,
});
const grp = (group: string, version: string, kind: string, plural: string, shortNames: string[] = [], namespaced = true): ResourceType => ({
  kind,
  plural,
  singular: kind.toLowerCase(),
  shortNames,
  group,
  version,
  namespaced,
});

export const RESOURCES: ResourceType[] = [
  // their registries implement only these verbs
  { ...core('Binding', 'bindings'), verbs: ['create'] },
  { ...core('ComponentStatus', 'componentstatuses', ['cs'], false), verbs: ['get', 'list'] },
  core('ConfigMap', 'configmaps', ['cm']),
  core('Endpoints', 'endpoints', ['ep']),
  core('Event', 'events', ['ev']),
  core('LimitRange', 'limitranges', ['limits']),
  core('Namespace', 'namespaces', ['ns'], false),
  core('Node', 'nodes', ['no'], false),
  core('PersistentVolumeClaim', 'persistentvolumeclaims', ['pvc']),
  core('PersistentVolume', 'persistentvolumes', ['pv'], false),
  core('Pod', 'pods', ['po']),
  core('PodTemplate', 'podtemplates'),
  core('ReplicationController', 'replicationcontrollers', ['rc']),
  core('ResourceQuota', 'resourcequotas', ['quota']),
  core('Secret', 'secrets'),
  core('ServiceAccount', 'serviceaccounts', ['sa']),
  core('Service', 'services', ['svc']),
  // stored, not established: the custom resources a definition names are not served
  { ...grp('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', ['crd', 'crds'], false), categories: ['api-extensions'] },
  // the aggregator's own registrations (apiservices.ts)
  grp('apiregistration.k8s.io', 'v1', 'APIService', 'apiservices', [], false),
  grp('apps', 'v1', 'ControllerRevision', 'controllerrevisions'),
  grp('apps', 'v1', 'DaemonSet', 'daemonsets', ['ds']),
  grp('apps', 'v1', 'Deployment', 'deployments', ['deploy']),
  grp('apps', 'v1', 'ReplicaSet', 'replicasets', ['rs']),
  grp('apps', 'v1', 'StatefulSet', 'statefulsets', ['sts']),
  grp('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', ['hpa']),
  grp('batch', 'v1', 'CronJob', 'cronjobs', ['cj']),
  grp('batch', 'v1', 'Job', 'jobs'),
  grp('coordination.k8s.io', 'v1', 'Lease', 'leases'),
  // the API server's Priority and Fairness configuration (flowcontrol-bootstrap.ts)
  grp('flowcontrol.apiserver.k8s.io', 'v1', 'FlowSchema', 'flowschemas', [], false),
  grp('flowcontrol.apiserver.k8s.io', 'v1', 'PriorityLevelConfiguration', 'prioritylevelconfigurations', [], false),
  grp('discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices'),
  grp('events.k8s.io', 'v1', 'Event', 'events', ['ev']),
  grp('networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', [], false),
  grp('networking.k8s.io', 'v1', 'Ingress', 'ingresses', ['ing']),
  grp('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', ['netpol']),
  // the Service IP allocator's ranges and allocations
  grp('networking.k8s.io', 'v1', 'IPAddress', 'ipaddresses', ['ip'], false),
  grp('networking.k8s.io', 'v1', 'ServiceCIDR', 'servicecidrs', [], false),
  grp('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', ['pdb']),
  grp('rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', [], false),
  grp('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', [], false),
  grp('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings'),
  grp('rbac.authorization.k8s.io', 'v1', 'Role', 'roles'),
  grp('scheduling.k8s.io', 'v1', 'PriorityClass', 'priorityclasses', ['pc'], false),
  grp('storage.k8s.io', 'v1', 'CSIDriver', 'csidrivers', [], false),
  grp('storage.k8s.io', 'v1', 'CSINode', 'csinodes', [], false),
  grp('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', ['sc'], false),
];

/**
 * What a v1.34 kubeadm cluster also serves that the simulation keeps no objects of: kubectl's RESTMapper
 * still maps them (get, create role --resource, auth can-i); their lists are empty until something stores them.
 */
export const SERVED_ONLY: ResourceType[] = [
  // reviews are requests answered at once: create is their only verb
  { ...grp('authentication.k8s.io', 'v1', 'SelfSubjectReview', 'selfsubjectreviews', [], false), verbs: ['create'] },
  { ...grp('authentication.k8s.io', 'v1', 'TokenReview', 'tokenreviews', [], false), verbs: ['create'] },
  { ...grp('authorization.k8s.io', 'v1', 'LocalSubjectAccessReview', 'localsubjectaccessreviews'), verbs: ['create'] },
  { ...grp('authorization.k8s.io', 'v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', [], false), verbs: ['create'] },
  { ...grp('authorization.k8s.io', 'v1', 'SelfSubjectRulesReview', 'selfsubjectrulesreviews', [], false), verbs: ['create'] },
  { ...grp('authorization.k8s.io', 'v1', 'SubjectAccessReview', 'subjectaccessreviews', [], false), verbs: ['create'] },
  grp('certificates.k8s.io', 'v1', 'CertificateSigningRequest', 'certificatesigningrequests', ['csr'], false),
  grp('admissionregistration.k8s.io', 'v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', [], false),
  grp('admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicy', 'validatingadmissionpolicies', [], false),
  grp('admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicyBinding', 'validatingadmissionpolicybindings', [], false),
  grp('admissionregistration.k8s.io', 'v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', [], false),
  grp('node.k8s.io', 'v1', 'RuntimeClass', 'runtimeclasses', [], false),
  grp('storage.k8s.io', 'v1', 'CSIStorageCapacity', 'csistoragecapacities'),
  grp('storage.k8s.io', 'v1', 'VolumeAttachment', 'volumeattachments', [], false),
  grp('storage.k8s.io', 'v1', 'VolumeAttributesClass', 'volumeattributesclasses', ['vac'], false),
  grp('resource.k8s.io', 'v1', 'DeviceClass', 'deviceclasses', [], false),
  grp('resource.k8s.io', 'v1', 'ResourceClaim', 'resourceclaims'),
  grp('resource.k8s.io', 'v1', 'ResourceClaimTemplate', 'resourceclaimtemplates'),
  grp('resource.k8s.io', 'v1', 'ResourceSlice', 'resourceslices', [], false),
];

/**
 * Versions served beside a resource's stored one (not its preferred version): requests in them are
 * converted to and from the stored form (conversions.ts). autoscaling/v1 stays served in v1.34.
 */
export const OTHER_VERSIONS: ResourceType[] = [grp('autoscaling', 'v1', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', ['hpa'])];

/** Everything a v1.34 kube-apiserver serves (its discovery): the simulated resources, the types it keeps no objects of, other versions. */
export const SERVED: ResourceType[] = [...RESOURCES, ...SERVED_ONLY, ...OTHER_VERSIONS];

/** `pods`, `deployments.apps`: the key the store and watch events use. */
// asked on every write: built once per resource type
const KEYS = new WeakMap<ResourceType, string>();

export function resourceKey(rt: ResourceType): string {
  let k = KEYS.get(rt);
  if (k === undefined) KEYS.set(rt, (k = rt.group ? `${rt.plural}.${rt.group}` : rt.plural));
  return k;
}

export function apiVersionOf(rt: ResourceType): string {
  return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}

const byGvk = new Map<string, ResourceType>();
const byKey = new Map<string, ResourceType>();
// events.k8s.io Event shares the kind name: core wins for lookups by kind only
for (const rt of [...RESOURCES, ...OTHER_VERSIONS]) byGvk.set(`${apiVersionOf(rt)}/${rt.kind}`, rt);
// every served type resolves by name, as the server's discovery maps it
for (const rt of SERVED) if (!byKey.has(resourceKey(rt))) byKey.set(resourceKey(rt), rt);

/** Look up a kind by apiVersion + kind exactly as written in a manifest. */
export function findByGvk(apiVersion: string, kind: string): ResourceType | undefined {
  return byGvk.get(`${apiVersion}/${kind}`);
}

export function findByKey(key: string): ResourceType | undefined {
  return byKey.get(key);
}

/**
 * Resolve what a user types after `kubectl get` (`po`, `pods`, `pod`, `deploy`, `deployments.apps`,
 * `deploy.v1.apps`, `Pod`): `resource.version.group` first, then `resource.group` (schema.ParseResourceArg).
 */
export function resolveResourceArg(arg: string): ResourceType | undefined {
  const [name, ...rest] = arg.toLowerCase().split('.');
  const cands = SERVED.filter((rt) => rt.plural === name || rt.singular === name || rt.shortNames.includes(name));
  const inGroup = (group: string) => (group ? cands.filter((rt) => rt.group === group || rt.group.startsWith(group)) : cands);
  // kubectl's shortcut expander keeps only the group of a short name: `hpa.v1.autoscaling` is the preferred version
  const full = rest.length >= 2 ? inGroup(rest.slice(1).join('.')).filter((rt) => rt.version === rest[0] || (rt.plural !== name && rt.singular !== name)) : [];
  // core group first, then events.k8s.io loses to core Event
  return (full.length ? full : inGroup(rest.join('.'))).sort((x, y) => (x.group === '' ? -1 : y.group === '' ? 1 : 0))[0];
}

/** The builder's text for a type it cannot map: it names the resource without its group or version. */
export function noResourceTypeMessage(arg: string): string {
  return `the server doesn't have a resource type "${arg.split('.')[0]}"`;
}
