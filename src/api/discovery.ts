/** Discovery documents (`/api`, `/apis`, one per group-version, `/version`) built from the simulation's resource table. */
import { SERVED, type ResourceType } from '../sim/apiserver/resources';

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** The `all` category (kubectl get all): the kinds upstream's registries list in it. */
const ALL_CATEGORY = new Set(['pods', 'replicationcontrollers', 'services', 'daemonsets.apps', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'horizontalpodautoscalers.autoscaling', 'cronjobs.batch', 'jobs.batch']);

interface Subresource {
  name: string;
  verbs: string[];
  /** The kind the subresource serves when it is not the parent's own (Scale, Binding ...). */
  kind?: { group: string; version: string; kind: string };
}

const SCALE = { group: 'autoscaling', version: 'v1', kind: 'Scale' };
const STATUS: Subresource = { name: 'status', verbs: ['get', 'patch', 'update'] };
const SCALE_SUB: Subresource = { name: 'scale', verbs: ['get', 'patch', 'update'], kind: SCALE };

/** Subresources of each resource (what the registries of v1.34 install), in name order. */
const SUBRESOURCES: Record<string, Subresource[]> = {
  pods: [
    { name: 'attach', verbs: ['create', 'get'], kind: { group: '', version: 'v1', kind: 'PodAttachOptions' } },
    { name: 'binding', verbs: ['create'], kind: { group: '', version: 'v1', kind: 'Binding' } },
    { name: 'eviction', verbs: ['create'], kind: { group: 'policy', version: 'v1', kind: 'Eviction' } },
    { name: 'exec', verbs: ['create', 'get'], kind: { group: '', version: 'v1', kind: 'PodExecOptions' } },
    { name: 'log', verbs: ['get'] },
    { name: 'portforward', verbs: ['create', 'get'], kind: { group: '', version: 'v1', kind: 'PodPortForwardOptions' } },
    STATUS,
  ],
  services: [STATUS],
  nodes: [STATUS],
  namespaces: [STATUS],
  persistentvolumes: [STATUS],
  persistentvolumeclaims: [STATUS],
  resourcequotas: [STATUS],
  replicationcontrollers: [SCALE_SUB, STATUS],
  serviceaccounts: [{ name: 'token', verbs: ['create'], kind: { group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' } }],
  'deployments.apps': [SCALE_SUB, STATUS],
  'replicasets.apps': [SCALE_SUB, STATUS],
  'statefulsets.apps': [SCALE_SUB, STATUS],
  'daemonsets.apps': [STATUS],
  'jobs.batch': [STATUS],
  'cronjobs.batch': [STATUS],
  'horizontalpodautoscalers.autoscaling': [STATUS],
  'ingresses.networking.k8s.io': [STATUS],
  'poddisruptionbudgets.policy': [STATUS],
  'customresourcedefinitions.apiextensions.k8s.io': [STATUS],
};

export { SERVED };

const key = (rt: ResourceType): string => (rt.group ? `${rt.plural}.${rt.group}` : rt.plural);

/** The categories discovery lists for a resource (none: no field). */
function categoriesOf(rt: ResourceType): { categories?: string[] } {
  const categories = rt.categories ?? (ALL_CATEGORY.has(key(rt)) ? ['all'] : undefined);
  return categories ? { categories } : {};
}

/** Group → its versions, in the order kubectl's discovery lists groups. */
function groups(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rt of SERVED) {
    if (!rt.group) continue;
    const vs = out.get(rt.group) ?? [];
    if (!vs.includes(rt.version)) vs.push(rt.version);
    out.set(rt.group, vs);
  }
  return out;
}

export function apiVersions(): unknown {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.0.100:6443' }] };
}

export function apiGroupList(): unknown {
  const list = [...groups()].map(([name, versions]) => {
    const vs = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
    return { name, versions: vs, preferredVersion: vs[0] };
  });
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: list };
}

export function apiGroup(group: string): unknown | undefined {
  const versions = groups().get(group);
  if (!versions) return undefined;
  const vs = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions: vs, preferredVersion: vs[0] };
}

/** The resource types of one group-version, or undefined when it is not served. */
export function typesOf(group: string, version: string): ResourceType[] | undefined {
  const types = SERVED.filter((r) => r.group === group && r.version === version);
  return types.length ? types : undefined;
}

export function resourceList(group: string, version: string): unknown | undefined {
  const types = typesOf(group, version);
  if (!types) return undefined;
  const resources: unknown[] = [];
  for (const rt of [...types].sort((a, b) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0))) {
    resources.push({
      name: rt.plural,
      singularName: rt.singular,
      namespaced: rt.namespaced,
      kind: rt.kind,
      verbs: rt.verbs ?? ALL_VERBS,
      ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
      ...categoriesOf(rt),
    });
    for (const sub of SUBRESOURCES[key(rt)] ?? []) {
      resources.push({
        name: `${rt.plural}/${sub.name}`,
        singularName: '',
        namespaced: rt.namespaced,
        ...(sub.kind ? { group: sub.kind.group, version: sub.kind.version, kind: sub.kind.kind } : { kind: rt.kind }),
        verbs: sub.verbs,
      });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version, resources };
}

/** Whether `rt` has the subresource `name`. */
export function hasSubresource(rt: ResourceType, name: string): boolean {
  return (SUBRESOURCES[key(rt)] ?? []).some((s) => s.name === name);
}

/** The media type of aggregated discovery (one request for every group's resources). */
export const AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** Whether an Accept header asks for aggregated discovery v2. */
export function wantsAggregated(accept: string | undefined): boolean {
  return !!accept && accept.split(',').some((part) => {
    const params = part.split(';').map((s) => s.trim());
    return params[0] === 'application/json' && params.includes('g=apidiscovery.k8s.io') && params.includes('v=v2') && params.includes('as=APIGroupDiscoveryList');
  });
}

function discoveryVersion(group: string, version: string): unknown {
  const types = [...(typesOf(group, version) ?? [])].sort((a, b) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0));
  const resources = types.map((rt) => {
    const subs = SUBRESOURCES[key(rt)] ?? [];
    return {
      resource: rt.plural,
      responseKind: { group, version, kind: rt.kind },
      scope: rt.namespaced ? 'Namespaced' : 'Cluster',
      singularResource: rt.singular,
      verbs: rt.verbs ?? ALL_VERBS,
      ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
      ...categoriesOf(rt),
      ...(subs.length ? { subresources: subs.map((s) => ({ subresource: s.name, responseKind: s.kind ?? { group, version, kind: rt.kind }, verbs: s.verbs })) } : {}),
    };
  });
  return { version, resources, freshness: 'Current' };
}

/** `/api` (core) or `/apis` (every named group) as an APIGroupDiscoveryList. */
export function aggregatedDiscovery(core: boolean): unknown {
  const items = core
    ? [{ metadata: {}, versions: [discoveryVersion('', 'v1')] }]
    : [...groups()].map(([name, versions]) => ({ metadata: { name }, versions: versions.map((v) => discoveryVersion(name, v)) }));
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}
