import type { ApiServer } from '../apiserver/apiserver';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { HEADLESS_LABEL, TRIGGER_TIME_ANNOTATION } from './endpoints';
import { endpointHostname, findPort, podIP, podsForService, serviceSelector, ServiceTracker, shouldPodBeInEndpoints } from './service-pods';
import { isPodReady } from '../pod';
import { deepCopy } from '../clone';
import { sameJson } from '../same-json';

export const SLICE_RESOURCE = 'endpointslices.discovery.k8s.io';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
const MIRROR_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
const SKIP_MIRROR_LABEL = 'endpointslice.kubernetes.io/skip-mirror';
/** Store index on slices: `<ns>/<service name>`. */
const SLICE_SERVICE_INDEX = 'serviceName';
/** maxEndpointsPerSlice default of kube-controller-manager. */
const MAX_ENDPOINTS_PER_SLICE = 100;

export function addSliceIndex(api: ApiServer): void {
  if (api.store.hasIndex(SLICE_RESOURCE, SLICE_SERVICE_INDEX)) return;
  api.store.addIndex(SLICE_RESOURCE, SLICE_SERVICE_INDEX, (o) => {
    const svc = o.metadata.labels?.[SERVICE_NAME_LABEL];
    return svc ? [`${o.metadata.namespace}/${svc}`] : [];
  });
}

/** The EndpointSlices of a service (any manager), in name order. */
export function slicesForService(api: ApiServer, namespace: string, service: string): KObject[] {
  return api.store
    .byIndex(SLICE_RESOURCE, SLICE_SERVICE_INDEX, `${namespace}/${service}`)
    .sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
}

interface SliceEndpoint {
  addresses: string[];
  conditions: { ready: boolean; serving?: boolean; terminating?: boolean };
  hostname?: string;
  nodeName?: string;
  targetRef?: Record<string, unknown>;
  zone?: string;
}
interface SlicePort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}
interface DesiredSlice {
  portsKey: string;
  ports: SlicePort[] | null;
  endpoints: SliceEndpoint[] | null;
}

const byFirstAddress = (a: SliceEndpoint, b: SliceEndpoint) => (a.addresses[0] < b.addresses[0] ? -1 : a.addresses[0] > b.addresses[0] ? 1 : 0);

function chunk(groups: Map<string, { ports: SlicePort[] | null; endpoints: SliceEndpoint[] }>): DesiredSlice[] {
  const out: DesiredSlice[] = [];
  for (const [portsKey, g] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const eps = g.endpoints.sort(byFirstAddress);
    for (let i = 0; i < eps.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ portsKey, ports: g.ports, endpoints: eps.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  return out;
}

/** One pod's endpoint in its service's slices, with the ports it offers and their grouping key. */
interface PodEndpoint {
  ports: SlicePort[];
  key: string;
  ep: SliceEndpoint;
}

/**
 * Per stored pod (stored objects never change): its endpoint for the service and node objects it was worked out for.
 * A pod change resyncs its service, whose other pods are the same objects as before: their endpoints are not made again.
 */
const podEndpoints = new WeakMap<KObject, { svc: KObject; node: KObject | undefined; out: PodEndpoint | undefined }>();

/** podToEndpoint for every selected pod (terminating ones included), grouped by resolved port set. */
function desiredSlicesFromPods(api: ApiServer, svc: KObject, pods: KObject[]): DesiredSlice[] {
  const groups = new Map<string, { ports: SlicePort[] | null; endpoints: SliceEndpoint[] }>();
  // a pod's ports follow from the numbers its service ports resolve to: each such signature's ports and key are made once
  const bySignature = new Map<string, { ports: SlicePort[]; key: string }>();
  for (const pod of pods) {
    const node = pod.spec?.nodeName ? api.tryGet('nodes', undefined, pod.spec.nodeName) : undefined;
    const known = podEndpoints.get(pod);
    let found: PodEndpoint | undefined;
    if (known && known.svc === svc && known.node === node) found = known.out;
    else {
      found = podEndpoint(svc, pod, node, bySignature);
      podEndpoints.set(pod, { svc, node, out: found });
    }
    if (!found) continue;
    let g = groups.get(found.key);
    if (!g) groups.set(found.key, (g = { ports: found.ports.length ? found.ports : null, endpoints: [] }));
    g.endpoints.push(found.ep);
  }
  const out = chunk(groups);
  // a service with no endpoints keeps one empty placeholder slice
  return out.length ? out : [{ portsKey: '', ports: null, endpoints: null }];
}

/** podToEndpoint for one pod of the service, on its node (read for the zone); undefined when it is left out. */
function podEndpoint(svc: KObject, pod: KObject, node: KObject | undefined, bySignature: Map<string, { ports: SlicePort[]; key: string }>): PodEndpoint | undefined {
  if (!shouldPodBeInEndpoints(pod, true)) return undefined;
  const publishNotReady = !!svc.spec?.publishNotReadyAddresses;
  const svcPorts: KObject[] = svc.spec?.ports ?? [];
  const nums = svcPorts.map((sp) => findPort(pod, sp));
  // numbers (or none) name their ports exactly; anything else a stored object holds is resolved for this pod alone
  const signature = nums.every((n) => n === undefined || typeof n === 'number') ? nums.join(',') : undefined;
  let resolved = signature === undefined ? undefined : bySignature.get(signature);
  if (!resolved) {
    const ports: SlicePort[] = [];
    svcPorts.forEach((sp, i) => {
      const num = nums[i];
      if (num === undefined) return;
      const p: SlicePort = { name: sp.name ?? '', port: num, protocol: sp.protocol ?? 'TCP' };
      if (sp.appProtocol) p.appProtocol = sp.appProtocol;
      ports.push(p);
    });
    resolved = { ports, key: JSON.stringify(ports) };
    if (signature !== undefined) bySignature.set(signature, resolved);
  }
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata.deletionTimestamp;
  const ep: SliceEndpoint = {
    addresses: [podIP(pod)!],
    conditions: { ready: publishNotReady || (serving && !terminating), serving, terminating },
  };
  const hostname = endpointHostname(pod, svc);
  if (hostname) ep.hostname = hostname;
  if (pod.spec?.nodeName) {
    ep.nodeName = pod.spec.nodeName;
    const zone = node?.metadata.labels?.['topology.kubernetes.io/zone'];
    if (zone) ep.zone = zone;
  }
  ep.targetRef = { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid };
  return { ports: resolved.ports, key: resolved.key, ep };
}

/** Mirror a selectorless service's manual Endpoints (endpointslicemirroring controller). */
function desiredSlicesFromEndpoints(ep: KObject): DesiredSlice[] {
  const groups = new Map<string, { ports: SlicePort[] | null; endpoints: SliceEndpoint[] }>();
  for (const s of ep.subsets ?? []) {
    const ports: SlicePort[] = (s.ports ?? []).map((p: KObject) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' }));
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports: ports.length ? ports : null, endpoints: [] }));
    const add = (a: KObject, ready: boolean) => {
      const e: SliceEndpoint = { addresses: [a.ip], conditions: { ready } };
      if (a.hostname) e.hostname = a.hostname;
      if (a.nodeName) e.nodeName = a.nodeName;
      if (a.targetRef) e.targetRef = a.targetRef;
      g!.endpoints.push(e);
    };
    for (const a of s.addresses ?? []) add(a, true);
    for (const a of s.notReadyAddresses ?? []) add(a, false);
  }
  return chunk(groups);
}

/**
 * The EndpointSlice controller (pods of services with selectors) and the mirroring controller
 * (manual Endpoints of selectorless services), slices named `<service>-<5 random>`.
 */
export class EndpointSliceController implements Component {
  readonly name = 'endpointslice-controller';
  readonly watches = ['services', 'pods', SLICE_RESOURCE, 'endpoints'];
  private tracker = new ServiceTracker(SLICE_RESOURCE);

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    this.tracker.observe(ev);
    // manual Endpoints of selectorless services are mirrored
    if (ev.resource === 'endpoints') this.tracker.dirty.add(`${ev.object.metadata.namespace}/${ev.object.metadata.name}`);
  }

  sync(): boolean {
    return this.tracker.sync((ns, name) => this.syncService(ns, name));
  }

  private syncService(ns: string, name: string): boolean {
    const api = this.ctx.api;
    const svc = api.tryGet('services', ns, name);
    const existing = slicesForService(api, ns, name);
    let desired: DesiredSlice[] = [];
    let manager = SLICE_CONTROLLER;
    let owner: KObject | undefined;
    if (svc && svc.spec?.type !== 'ExternalName' && serviceSelector(svc)) {
      desired = desiredSlicesFromPods(api, svc, podsForService(api, svc));
      owner = svc;
    } else if (svc && !serviceSelector(svc)) {
      const ep = api.tryGet('endpoints', ns, name);
      if (ep && ep.metadata.labels?.[SKIP_MIRROR_LABEL] !== 'true') {
        desired = desiredSlicesFromEndpoints(ep);
        manager = MIRROR_CONTROLLER;
        owner = ep;
      }
    }
    const ours = existing.filter((s) => {
      const m = s.metadata.labels?.[MANAGED_BY_LABEL];
      return m === SLICE_CONTROLLER || m === MIRROR_CONTROLLER;
    });
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(owner?.metadata.labels ?? {})) {
      if (k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL && k !== SKIP_MIRROR_LABEL) labels[k] = v;
    }
    if (svc?.spec?.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
    labels[SERVICE_NAME_LABEL] = name;
    labels[MANAGED_BY_LABEL] = manager;
    let worked = false;
    const unused = [...ours];
    for (const d of desired) {
      // reuse a slice with the same ports, else any spare one
      let i = unused.findIndex((s) => sameJson(s.ports ?? [], d.ports ?? []));
      if (i < 0) i = unused.length ? 0 : -1;
      const cur = i >= 0 ? unused.splice(i, 1)[0] : undefined;
      if (this.write(cur, d, labels, owner!, ns, name)) worked = true;
    }
    for (const s of unused) {
      try {
        api.delete(SLICE_RESOURCE, ns, s.metadata.name!);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
      }
      worked = true;
    }
    return worked;
  }

  private write(cur: KObject | undefined, d: DesiredSlice, labels: Record<string, string>, owner: KObject, ns: string, svcName: string): boolean {
    const api = this.ctx.api;
    // compared as their serializations would be, without making them
    if (cur && sameJson(cur.endpoints ?? null, d.endpoints ?? null) && sameJson(cur.ports ?? null, d.ports ?? null) && sameJson(cur.metadata.labels ?? {}, labels)) return false;
    // endpoints, ports and labels are replaced below: only the metadata needs a copy
    const obj: KObject = cur
      ? { ...cur, metadata: deepCopy(cur.metadata) }
      : {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            generateName: `${svcName}-`,
            namespace: ns,
            ownerReferences: [
              { apiVersion: 'v1', kind: owner.kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true },
            ],
          },
          addressType: 'IPv4',
        };
    obj.metadata.labels = labels;
    obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [TRIGGER_TIME_ANNOTATION]: this.ctx.clock.isoNow() };
    obj.endpoints = d.endpoints;
    obj.ports = d.ports;
    try {
      const written = cur ? api.update(obj, { owned: true }) : api.create(obj);
      this.tracker.written.add(written.metadata.resourceVersion ?? '');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return true;
  }
}
