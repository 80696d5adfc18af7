import type { ApiServer } from '../apiserver/apiserver';
import { matchesMap } from '../labels';
import { isPodReady } from '../pod';
import type { KObject, WatchEvent } from '../types';

/**
 * What the Endpoints and EndpointSlice controllers share: pod helpers (endpointslice util's
 * ShouldPodBeInEndpoints, FindPort, ShouldSetHostname) and an index of services by selector,
 * so that a pod change touches only the services that can select it.
 */

/** Store index on pods: `<ns>\u0000<key>=<value>` for every label. */
const POD_LABEL_INDEX = 'netLabel';

export function addPodLabelIndex(api: ApiServer): void {
  if (api.store.hasIndex('pods', POD_LABEL_INDEX)) return;
  api.store.addIndex('pods', POD_LABEL_INDEX, (o) =>
    Object.entries(o.metadata.labels ?? {}).map(([k, v]) => `${o.metadata.namespace}\u0000${k}=${v}`),
  );
}

export function podIP(pod: KObject): string | undefined {
  return pod.status?.podIP || pod.status?.podIPs?.[0]?.ip || undefined;
}

/** ShouldPodBeInEndpoints: terminal pods, pods without an IP and (unless tolerated) terminating pods are left out. */
export function shouldPodBeInEndpoints(pod: KObject, includeTerminating: boolean): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!podIP(pod)) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}

/** ShouldSetHostname: the pod names this service as its subdomain, in the same namespace. */
export function endpointHostname(pod: KObject, svc: KObject): string | undefined {
  const h = pod.spec?.hostname;
  if (h && pod.spec?.subdomain === svc.metadata.name && pod.metadata.namespace === svc.metadata.namespace) return h;
  return undefined;
}

/**
 * FindPort: a numeric targetPort is used as is; a named one is the first container port with the same
 * name and protocol (containers, then restartable init containers). Undefined when nothing matches.
 */
export function findPort(pod: KObject, svcPort: KObject): number | undefined {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target === 'number') return target;
  const protocol = svcPort.protocol ?? 'TCP';
  const containers: KObject[] = [
    ...(pod.spec?.containers ?? []),
    ...(pod.spec?.initContainers ?? []).filter((c: KObject) => c.restartPolicy === 'Always'),
  ];
  for (const c of containers) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  }
  return undefined;
}

/**
 * Whether two versions of a pod agree on every field endpoints depend on: a change elsewhere
 * (annotations, images, container states) resyncs no service. Compared field by field: the versions a
 * status write makes share their metadata and spec parts, so most checks are one comparison.
 */
function sameForEndpoints(a: KObject, b: KObject): boolean {
  const am = a.metadata;
  const bm = b.metadata;
  if (am.uid !== bm.uid || !sameStringMap(am.labels, bm.labels) || !!am.deletionTimestamp !== !!bm.deletionTimestamp) return false;
  if ((podIP(a) ?? '') !== (podIP(b) ?? '') || (a.status?.phase ?? '') !== (b.status?.phase ?? '') || isPodReady(a) !== isPodReady(b)) return false;
  const as = a.spec;
  const bs = b.spec;
  if (as === bs) return true;
  if ((as?.nodeName ?? '') !== (bs?.nodeName ?? '') || (as?.hostname ?? '') !== (bs?.hostname ?? '') || (as?.subdomain ?? '') !== (bs?.subdomain ?? '')) return false;
  if (as?.containers === bs?.containers && as?.initContainers === bs?.initContainers) return true;
  return JSON.stringify(containerPorts(a)) === JSON.stringify(containerPorts(b));
}

/** Same keys in the same order with the same values (absent reads as empty). */
function sameStringMap(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  if (a === b) return true;
  const ka = Object.keys(a ?? {});
  const kb = Object.keys(b ?? {});
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || a![ka[i]] !== b![kb[i]]) return false;
  return true;
}

function containerPorts(pod: KObject): unknown[] {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].map((c: KObject) => c.ports ?? []);
}

/** A service selects pods only with a non-empty selector (an empty map is stored as nil upstream). */
export function serviceSelector(svc: KObject): Record<string, string> | undefined {
  const sel = svc.spec?.selector as Record<string, string> | undefined;
  if (!sel || Object.keys(sel).length === 0) return undefined;
  return sel;
}

/** Pods in the service's namespace matching its selector, found through the label index. */
export function podsForService(api: ApiServer, svc: KObject): KObject[] {
  const sel = serviceSelector(svc);
  if (!sel) return [];
  const ns = svc.metadata.namespace!;
  const pairs = Object.entries(sel);
  // one pair: the index answers exactly
  if (pairs.length === 1) return api.store.byIndex('pods', POD_LABEL_INDEX, `${ns}\u0000${pairs[0][0]}=${pairs[0][1]}`);
  let best: KObject[] | undefined;
  for (const [k, v] of pairs) {
    const cand = api.store.byIndex('pods', POD_LABEL_INDEX, `${ns}\u0000${k}=${v}`);
    if (!best || cand.length < best.length) best = cand;
    if (cand.length === 0) return [];
  }
  return (best ?? []).filter((p) => {
    const l = p.metadata.labels ?? {};
    for (const [k, v] of Object.entries(sel)) if (l[k] !== v) return false;
    return true;
  });
}

/** A service's namespace and the first key=value of its selector (keys sorted): a pod can only be selected by a service whose first pair it carries. */
function firstSelectorPair(svc: KObject): string | undefined {
  const sel = serviceSelector(svc);
  if (!sel) return undefined;
  const k = Object.keys(sel).sort()[0];
  return `${svc.metadata.namespace}\u0000${k}=${sel[k]}`;
}

/** Store index on services: their first selector pair. */
const SERVICE_SELECTOR_INDEX = 'selectorPair';

export function addServiceSelectorIndex(api: ApiServer): void {
  if (api.store.hasIndex('services', SERVICE_SELECTOR_INDEX)) return;
  api.store.addIndex('services', SERVICE_SELECTOR_INDEX, (o) => {
    const pair = firstSelectorPair(o);
    return pair === undefined ? [] : [pair];
  });
}

/** The services of a namespace whose selector the labels match (needs addServiceSelectorIndex). */
export function servicesSelecting(api: ApiServer, namespace: string | undefined, labels: Record<string, string>): KObject[] {
  const out: KObject[] = [];
  for (const [k, v] of Object.entries(labels)) {
    for (const svc of api.store.byIndex('services', SERVICE_SELECTOR_INDEX, `${namespace}\u0000${k}=${v}`)) {
      if (matchesMap(svc.spec.selector, labels)) out.push(svc);
    }
  }
  return out;
}

/** Services indexed by their first selector pair, as watch events tell of them. */
class ServiceSelectorIndex {
  private byPair = new Map<string, Set<string>>();
  private pairOf = new Map<string, string>();

  update(svc: KObject | undefined, key: string): void {
    const prev = this.pairOf.get(key);
    if (prev !== undefined) {
      this.byPair.get(prev)?.delete(key);
      this.pairOf.delete(key);
    }
    const pair = svc ? firstSelectorPair(svc) : undefined;
    if (pair === undefined) return;
    let s = this.byPair.get(pair);
    if (!s) this.byPair.set(pair, (s = new Set()));
    s.add(key);
    this.pairOf.set(key, pair);
  }

  /** Keys (`ns/name`) of services whose first selector pair the labels carry. */
  candidates(namespace: string, labels: Record<string, string> | undefined, out: Set<string>): void {
    for (const [k, v] of Object.entries(labels ?? {})) {
      const s = this.byPair.get(`${namespace}\u0000${k}=${v}`);
      if (s) for (const key of s) out.add(key);
    }
  }
}

/**
 * Turns watch events into the set of services to resync: service changes, relevant pod changes
 * (through the selector index), and changes to the objects the controller writes (`ownResource`).
 */
export class ServiceTracker {
  readonly dirty = new Set<string>();
  private index = new ServiceSelectorIndex();

  /** Resource versions this controller wrote itself: their echo needs no resync. */
  readonly written = new Set<string>();

  constructor(private readonly ownResource: string) {}

  observe(ev: WatchEvent): void {
    const o = ev.object;
    if (ev.resource === 'services') {
      const key = `${o.metadata.namespace}/${o.metadata.name}`;
      this.index.update(ev.type === 'DELETED' ? undefined : o, key);
      this.dirty.add(key);
    } else if (ev.resource === 'pods') {
      if (ev.type === 'MODIFIED' && ev.old && sameForEndpoints(ev.old, o)) return;
      // a pod in no endpoints before or after (no IP yet, terminal) leaves every service's endpoints as they are
      if (!shouldPodBeInEndpoints(o, true) && (!ev.old || !shouldPodBeInEndpoints(ev.old, true))) return;
      const ns = o.metadata.namespace!;
      this.index.candidates(ns, o.metadata.labels, this.dirty);
      if (ev.old && ev.old.metadata.labels !== o.metadata.labels) this.index.candidates(ns, ev.old.metadata.labels, this.dirty);
    } else if (ev.resource === this.ownResource) {
      if (ev.type !== 'DELETED' && this.written.delete(o.metadata.resourceVersion ?? '')) return;
      // the endpoints controller only watches deletions of Endpoints (manual ones may come before their service)
      if (this.ownResource === 'endpoints' && ev.type !== 'DELETED') return;
      const svcName = this.ownResource === 'endpoints' ? o.metadata.name : o.metadata.labels?.['kubernetes.io/service-name'];
      if (svcName) this.dirty.add(`${o.metadata.namespace}/${svcName}`);
    }
  }

  /** Resync each dirty service, in sorted order for deterministic writes; whether any of them wrote. */
  sync(syncService: (namespace: string, name: string) => boolean): boolean {
    if (this.dirty.size === 0) return false;
    const keys = [...this.dirty].sort();
    this.dirty.clear();
    let worked = false;
    for (const key of keys) {
      const [ns, name] = key.split('/');
      if (syncService(ns, name)) worked = true;
    }
    return worked;
  }
}
