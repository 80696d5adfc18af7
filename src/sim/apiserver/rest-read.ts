/** Read-only REST paths of the API server (what `kubectl get --raw` and in-cluster clients GET), as its handlers answer them. */
import { ApiError, type KObject } from '../types';
import type { ApiServer } from './apiserver';
import { METRICS_GROUP, METRICS_VERSION, metricsNotFound, nodeMetrics, podMetrics } from './metrics-api';
import { inVersion } from './conversions';
import { OTHER_VERSIONS, RESOURCES, apiVersionOf, type ResourceType } from './resources';

/** The types readable here: the stored ones and the versions served beside them (autoscaling/v1). */
const READABLE: ResourceType[] = [...RESOURCES, ...OTHER_VERSIONS];

export interface RestAnswer {
  status: number;
  body: string;
}

/** The API server's address as its discovery documents advertise it (the control-plane node, port 6443). */
const SERVER_ADDRESS = '192.168.0.100:6443';

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

/** Encode as the server's JSON serializer does: compact, one trailing newline. */
const json = (v: unknown): string => `${JSON.stringify(v)}\n`;

const notFoundPath = (): ApiError => new ApiError(404, 'NotFound', 'the server could not find the requested resource');

function groupVersions(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const rt of READABLE) {
    if (!rt.group) continue;
    const versions = groups.get(rt.group) ?? [];
    if (!versions.includes(rt.version)) versions.push(rt.version);
    groups.set(rt.group, versions);
  }
  return groups;
}

/** One group's APIGroup entry: its versions, the first preferred. */
function apiGroup(name: string, versions: string[]): { name: string; versions: { groupVersion: string; version: string }[]; preferredVersion: { groupVersion: string; version: string } } {
  const vs = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
  return { name, versions: vs, preferredVersion: vs[0] };
}

function servedGroups(api: ApiServer): [string, string[]][] {
  const served = [...groupVersions()];
  if (api.metrics?.available()) served.push([METRICS_GROUP, [METRICS_VERSION]]);
  return served;
}

function apiGroupList(api: ApiServer): unknown {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: servedGroups(api).map(([name, versions]) => apiGroup(name, versions)) };
}

function resourceList(groupVersion: string, types: ResourceType[]): unknown {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: types.map((rt) => ({
      name: rt.plural,
      singularName: rt.singular,
      namespaced: rt.namespaced,
      kind: rt.kind,
      verbs: rt.verbs ?? ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
    })),
  };
}

/** A list as the server encodes it: items without their own kind and apiVersion. */
function listOf(api: ApiServer, rt: ResourceType, items: KObject[]): unknown {
  const bare = items.map(({ kind: _k, apiVersion: _v, ...rest }) => rest);
  return { kind: `${rt.kind}List`, apiVersion: apiVersionOf(rt), metadata: { resourceVersion: api.store.currentResourceVersion() }, items: bare };
}

/** `/api/v1/...` or `/apis/<group>/<version>/...`: [group, version, rest of the segments]. */
function splitPath(segs: string[]): [string, string, string[]] | undefined {
  if (segs[0] === 'api' && segs[1]) return ['', segs[1], segs.slice(2)];
  if (segs[0] === 'apis' && segs[1] && segs[2]) return [segs[1], segs[2], segs.slice(3)];
  return undefined;
}

function readObjects(api: ApiServer, group: string, version: string, rest: string[]): unknown {
  let ns: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    ns = rest[1];
    rest = rest.slice(2);
  }
  const [plural, name, sub, ...more] = rest;
  const rt = READABLE.find((r) => r.group === group && r.version === version && r.plural === plural);
  if (!rt || more.length || (sub !== undefined && sub !== 'status') || (ns !== undefined && !rt.namespaced)) throw notFoundPath();
  // objects are shown in the version of the path
  if (name === undefined) return listOf(api, rt, api.list(rt, ns).map((o) => inVersion(o, apiVersionOf(rt))));
  if (rt.namespaced && ns === undefined) throw notFoundPath();
  return inVersion(api.get(rt, rt.namespaced ? (ns ?? '') : undefined, name), apiVersionOf(rt));
}

const METRICS_RESOURCES = [
  { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
  { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
];

/** metrics.k8s.io through the aggregator: 404 while no metrics-server is available. */
function readMetrics(api: ApiServer, version: string, rest: string[]): unknown {
  const src = api.metrics;
  if (!src?.available() || version !== METRICS_VERSION) throw metricsNotFound();
  const groupVersion = `${METRICS_GROUP}/${METRICS_VERSION}`;
  if (!rest.length) return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources: METRICS_RESOURCES };
  let ns: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    ns = rest[1];
    rest = rest.slice(2);
  }
  const [plural, name, ...more] = rest;
  if (more.length || (plural !== 'nodes' && plural !== 'pods') || (plural === 'nodes' && ns !== undefined)) throw metricsNotFound();
  const items = plural === 'nodes' ? nodeMetrics(src, name) : podMetrics(src, ns, name);
  if (name !== undefined) return items[0];
  const kind = plural === 'nodes' ? 'NodeMetricsList' : 'PodMetricsList';
  return { kind, apiVersion: groupVersion, metadata: {}, items: items.map(({ kind: _k, apiVersion: _v, ...r }) => r) };
}

/** Answer a GET on `path` (query string ignored); unknown paths are 404 as the server's NotFound handler says. */
export function restGet(api: ApiServer, path: string): RestAnswer {
  const p = path.split('?')[0].replace(/\/+$/, '') || '/';
  if (HEALTH.has(p)) return { status: 200, body: 'ok' };
  const segs = p.split('/').filter(Boolean);
  if (p === '/api') return { status: 200, body: json({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: SERVER_ADDRESS }] }) };
  if (p === '/apis') return { status: 200, body: json(apiGroupList(api)) };
  // `/apis/<group>`: the group's APIGroup
  const named = segs.length === 2 && segs[0] === 'apis' ? servedGroups(api).find(([name]) => name === segs[1]) : undefined;
  if (named) return { status: 200, body: json({ kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(named[0], named[1]) }) };
  const gv = splitPath(segs);
  if (!gv) throw notFoundPath();
  const [group, version, rest] = gv;
  if (group === METRICS_GROUP) return { status: 200, body: json(readMetrics(api, version, rest)) };
  const types = READABLE.filter((r) => r.group === group && r.version === version);
  if (!types.length) throw notFoundPath();
  if (!rest.length) return { status: 200, body: json(resourceList(group ? `${group}/${version}` : version, types)) };
  return { status: 200, body: json(readObjects(api, group, version, rest)) };
}
