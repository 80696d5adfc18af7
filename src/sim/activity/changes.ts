import type { KObject } from '../types';
import type { FieldChange } from './types';

type Getter = (o: KObject) => unknown;

function at(path: string): Getter {
  const keys = path.split('.');
  return (o) => {
    let v: unknown = o;
    for (const k of keys) v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
    return v;
  };
}

function condition(type: string): Getter {
  return (o) => (o.status?.conditions ?? []).find((c: { type?: string }) => c.type === type)?.status;
}

/** Each container's state as kubectl shows it: `Running`, `ContainerCreating`, `CrashLoopBackOff`, `Completed`... */
function containerStates(o: KObject): unknown {
  const states = (o.status?.containerStatuses ?? []).map((s: { name: string; state?: Record<string, { reason?: string }> }) => {
    const [k, v] = Object.entries(s.state ?? {})[0] ?? ['', {}];
    const word = v?.reason ?? (k ? k[0].toUpperCase() + k.slice(1) : '');
    return `${s.name}=${word}`;
  });
  return states.length ? states.join(' ') : undefined;
}

function restarts(o: KObject): unknown {
  const n = (o.status?.containerStatuses ?? []).reduce((sum: number, s: { restartCount?: number }) => sum + (s.restartCount ?? 0), 0);
  return n || undefined;
}

function addresses(key: 'addresses' | 'notReadyAddresses'): Getter {
  return (o) => {
    const ips = (o.subsets ?? []).flatMap((s: Record<string, { ip: string }[]>) => (s[key] ?? []).map((a) => a.ip));
    return ips.length ? ips.join(',') : undefined;
  };
}

/** A slice's endpoints as `address(ready|not-ready)`. */
function sliceEndpoints(o: KObject): unknown {
  const e = (o.endpoints ?? []).map((x: { addresses?: string[]; conditions?: { ready?: boolean } }) => `${(x.addresses ?? []).join('/')}(${x.conditions?.ready === false ? 'not-ready' : 'ready'})`);
  return e.length ? e.join(',') : undefined;
}

/** How many images the node reports (the kubelet adds one after each pull; ImageLocality reads them). */
function imageCount(o: KObject): unknown {
  return o.status?.images?.length || undefined;
}

function taintKeys(o: KObject): unknown {
  const t = (o.spec?.taints ?? []).map((x: { key: string; effect: string }) => `${x.key}:${x.effect}`);
  return t.length ? t.join(',') : undefined;
}

const META: [string, Getter][] = [
  ['metadata.labels', at('metadata.labels')],
  ['metadata.deletionTimestamp', at('metadata.deletionTimestamp')],
  ['metadata.finalizers', at('metadata.finalizers')],
];

/**
 * The fields worth telling for a write, per resource. Resources not listed show every top-level
 * spec and status field that changed; listed ones show only these (heartbeats are not news).
 */
const FIELDS: Record<string, [string, Getter][]> = {
  pods: [
    ['spec.nodeName', at('spec.nodeName')],
    ['status.phase', at('status.phase')],
    ['status.podIP', at('status.podIP')],
    ['Ready', condition('Ready')],
    ['DisruptionTarget', condition('DisruptionTarget')],
    ['status.nominatedNodeName', at('status.nominatedNodeName')],
    ['containers', containerStates],
    ['restarts', restarts],
    ...META,
  ],
  nodes: [['Ready', condition('Ready')], ['spec.taints', taintKeys], ['spec.unschedulable', at('spec.unschedulable')], ['status.images', imageCount], ...META],
  endpoints: [['addresses', addresses('addresses')], ['notReadyAddresses', addresses('notReadyAddresses')]],
  'endpointslices.discovery.k8s.io': [['endpoints', sliceEndpoints]],
  'leases.coordination.k8s.io': [['spec.holderIdentity', at('spec.holderIdentity')]],
};

/** Short text for a value: scalars as they are, structures as compact JSON cut at 80 characters. */
function shortText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** Conditions as `Type=Status` pairs: their timestamps are not news. */
function conditions(o: KObject): unknown {
  const c = (o.status?.conditions ?? []).map((x: { type: string; status: string }) => `${x.type}=${x.status}`).sort();
  return c.length ? c.join(' ') : undefined;
}

function generic(o: KObject): [string, Getter][] {
  const keys = (part: 'spec' | 'status'): [string, Getter][] =>
    Object.keys(o[part] ?? {}).map((k) => [`${part}.${k}`, part === 'status' && k === 'conditions' ? conditions : at(`${part}.${k}`)] as [string, Getter]);
  return [...keys('spec'), ...keys('status'), ...META];
}

/** What a MODIFIED write changed, in the fields worth telling (none: nothing a learner would notice). */
export function fieldChanges(resource: string, old: KObject, now: KObject): FieldChange[] {
  const fields = FIELDS[resource] ?? dedupe([...generic(old), ...generic(now)]);
  const out: FieldChange[] = [];
  for (const [field, get] of fields) {
    const from = shortText(get(old));
    const to = shortText(get(now));
    if (from !== to) out.push({ field, from, to });
  }
  return out;
}

function dedupe(fields: [string, Getter][]): [string, Getter][] {
  const seen = new Set<string>();
  return fields.filter(([f]) => !seen.has(f) && !!seen.add(f));
}
