import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { endpointHostname, findPort, podIP, podsForService, serviceSelector, ServiceTracker, shouldPodBeInEndpoints } from './service-pods';
import { isPodReady } from '../pod';
import { deepCopy } from '../clone';
import { sameJson } from '../same-json';

/** Endpoints beyond this many addresses are truncated (endpoints controller maxCapacity). */
const MAX_ENDPOINTS_CAPACITY = 1000;
export const OVER_CAPACITY_ANNOTATION = 'endpoints.kubernetes.io/over-capacity';
export const TRIGGER_TIME_ANNOTATION = 'endpoints.kubernetes.io/last-change-trigger-time';
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';

interface Address {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string };
}
interface EndpointPort {
  name?: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}
export interface EndpointSubset {
  addresses?: Address[];
  notReadyAddresses?: Address[];
  ports?: EndpointPort[];
}

const addrKey = (a: Address) => `${a.ip}\u0000${a.targetRef.uid}`;
/** LessEndpointAddress: byte order of the IP string, then the target's UID. */
const byIPAndUID = (a: Address, b: Address) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : a.targetRef.uid < b.targetRef.uid ? -1 : a.targetRef.uid > b.targetRef.uid ? 1 : 0);

/** What one pod adds to a service's Endpoints: its address, whether ready, and per service port the resolved port and its grouping key. */
interface PodEntry {
  a: Address;
  ready: boolean;
  ports: { ep: EndpointPort | null; key: string }[];
}

/**
 * Per stored pod (stored objects never change): its entry for the service object it was worked out for. A pod
 * change resyncs its service, whose other pods are the same objects as before: their entries are not made again.
 */
const podEntries = new WeakMap<KObject, { svc: KObject; entry: PodEntry | undefined }>();

function podEntry(svc: KObject, pod: KObject): PodEntry | undefined {
  const known = podEntries.get(pod);
  if (known?.svc === svc) return known.entry;
  const entry = makePodEntry(svc, pod);
  podEntries.set(pod, { svc, entry });
  return entry;
}

function makePodEntry(svc: KObject, pod: KObject): PodEntry | undefined {
  const publishNotReady = !!svc.spec?.publishNotReadyAddresses;
  if (!shouldPodBeInEndpoints(pod, publishNotReady)) return undefined;
  const svcPorts: KObject[] = svc.spec?.ports ?? [];
  const a: Address = {
    ip: podIP(pod)!,
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace!, name: pod.metadata.name!, uid: pod.metadata.uid! },
  };
  const hostname = endpointHostname(pod, svc);
  if (hostname) a.hostname = hostname;
  if (pod.spec?.nodeName) a.nodeName = pod.spec.nodeName;
  const ready = publishNotReady || isPodReady(pod);
  const ports: PodEntry['ports'] = [];
  if (svcPorts.length === 0) {
    if (svc.spec?.clusterIP === 'None') ports.push({ ep: null, key: '' });
    return { a, ready, ports };
  }
  for (const sp of svcPorts) {
    const num = findPort(pod, sp);
    if (num === undefined) continue; // no suitable port for this pod
    const ep: EndpointPort = { port: num, protocol: sp.protocol ?? 'TCP' };
    if (sp.name) ep.name = sp.name;
    if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
    // a grouping key only (its order is never read): joined, not serialized
    ports.push({ ep, key: [ep.name ?? '', ep.port, ep.protocol, ep.appProtocol ?? ''].join('\u0000') });
  }
  return { a, ready, ports };
}

/**
 * The subsets the endpoints controller computes for a service from its pods: ready (or
 * publishNotReadyAddresses) pods under `addresses`, others under `notReadyAddresses`, each service
 * port resolved per pod, then repacked so that addresses offering the same ports share a subset.
 */
function computeSubsets(svc: KObject, pods: KObject[]): EndpointSubset[] {
  // port key → address key → ready
  const portAddrs = new Map<string, { port: EndpointPort | null; addrs: Map<string, boolean> }>();
  const addrs = new Map<string, Address>();
  for (const pod of pods) {
    const entry = podEntry(svc, pod);
    if (!entry) continue;
    const ak = addrKey(entry.a);
    for (const { ep, key } of entry.ports) {
      let e = portAddrs.get(key);
      if (!e) portAddrs.set(key, (e = { port: ep, addrs: new Map() }));
      addrs.set(ak, entry.a);
      e.addrs.set(ak, entry.ready);
    }
  }
  // group ports by the exact set of (address, readiness) that offers them
  const groups = new Map<string, { ports: EndpointPort[]; addrs: Map<string, boolean> }>();
  for (const { port, addrs: set } of portAddrs.values()) {
    // one port makes one group: its key is never compared
    const key = portAddrs.size === 1 ? '' : [...set.entries()].map(([k, r]) => `${k}:${r}`).sort().join('|');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports: [], addrs: set }));
    if (port) g.ports.push(port);
  }
  const subsets: EndpointSubset[] = [];
  for (const g of groups.values()) {
    const ready: Address[] = [];
    const notReady: Address[] = [];
    for (const [k, r] of g.addrs) (r ? ready : notReady).push(addrs.get(k)!);
    const s: EndpointSubset = {};
    if (ready.length) s.addresses = ready.sort(byIPAndUID);
    if (notReady.length) s.notReadyAddresses = notReady.sort(byIPAndUID);
    if (g.ports.length) s.ports = g.ports;
    subsets.push(s);
  }
  const first = (s: EndpointSubset) => (s.addresses ?? s.notReadyAddresses ?? [])[0]?.ip ?? '';
  return subsets.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

function countAddresses(subsets: EndpointSubset[]): number {
  return subsets.reduce((n, s) => n + (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0), 0);
}

/** truncateEndpoints: keep at most `max` addresses, shared between subsets by size, ready ones first. */
export function truncateSubsets(subsets: EndpointSubset[], max = MAX_ENDPOINTS_CAPACITY): EndpointSubset[] {
  const total = countAddresses(subsets);
  if (total <= max) return subsets;
  let left = max;
  return subsets.map((s, i) => {
    const size = (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0);
    const share = i === subsets.length - 1 ? left : Math.min(left, Math.floor((size / total) * max));
    left -= share;
    const ready = (s.addresses ?? []).slice(0, share);
    const notReady = (s.notReadyAddresses ?? []).slice(0, share - ready.length);
    const out: EndpointSubset = {};
    if (ready.length) out.addresses = ready;
    if (notReady.length) out.notReadyAddresses = notReady;
    if (s.ports) out.ports = s.ports;
    return out;
  });
}

/**
 * The endpoints controller: one Endpoints object per service with a selector, kept in line with
 * the selected pods. Event-driven: a pod change resyncs only the services that can select it.
 */
export class EndpointsController implements Component {
  readonly name = 'endpoints-controller';
  readonly watches = ['services', 'pods', 'endpoints'];
  private tracker = new ServiceTracker('endpoints');

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    this.tracker.observe(ev);
  }

  sync(): boolean {
    return this.tracker.sync((ns, name) => this.syncService(ns, name));
  }

  private syncService(ns: string, name: string): boolean {
    const api = this.ctx.api;
    const svc = api.tryGet('services', ns, name);
    const existing = api.tryGet('endpoints', ns, name);
    if (!svc) {
      if (!existing) return false;
      api.delete('endpoints', ns, name);
      return true;
    }
    if (svc.spec?.type === 'ExternalName' || !serviceSelector(svc)) return false;
    let subsets = computeSubsets(svc, podsForService(api, svc));
    const overCapacity = countAddresses(subsets) > MAX_ENDPOINTS_CAPACITY;
    if (overCapacity) subsets = truncateSubsets(subsets);
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
    if (svc.spec?.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
    const annotations: Record<string, string> = { ...(existing?.metadata.annotations ?? {}) };
    delete annotations[OVER_CAPACITY_ANNOTATION];
    if (overCapacity) annotations[OVER_CAPACITY_ANNOTATION] = 'truncated';
    // compared as their serializations would be, without making them
    const same =
      existing &&
      sameJson(existing.subsets ?? [], subsets) &&
      sameJson(existing.metadata.labels ?? {}, labels) &&
      (existing.metadata.annotations?.[OVER_CAPACITY_ANNOTATION] ?? '') === (annotations[OVER_CAPACITY_ANNOTATION] ?? '');
    if (same) return false;
    annotations[TRIGGER_TIME_ANNOTATION] = this.ctx.clock.isoNow();
    // subsets, labels and annotations are replaced below: only the metadata needs a copy
    const obj: KObject = existing
      ? { ...existing, metadata: deepCopy(existing.metadata) }
      : { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace: ns } };
    obj.metadata.labels = labels;
    if (Object.keys(labels).length === 0) delete obj.metadata.labels;
    obj.metadata.annotations = annotations;
    if (subsets.length) obj.subsets = subsets;
    else delete obj.subsets;
    try {
      const written = existing ? api.update(obj, { owned: true }) : api.create(obj);
      this.tracker.written.add(written.metadata.resourceVersion ?? '');
    } catch (e) {
      // the namespace is going away or someone raced us: the next event resyncs
      if (!(e instanceof ApiError)) throw e;
    }
    return true;
  }
}
