/** Rules about a pod that every layer asks, each once: readiness (pkg/api/v1/pod util) and QoS class (qos.GetPodQOS). */
import { parseQuantity } from './quantity';
import type { KObject } from './types';

/** The pod's Ready condition, if it has one. */
export function podReadyCondition(pod: KObject): { status?: string; lastTransitionTime?: string } | undefined {
  return (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
}

/** IsPodReady: the Ready condition is True. */
export function isPodReady(pod: KObject): boolean {
  return podReadyCondition(pod)?.status === 'True';
}

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** The resources QoS looks at; hugepages, ephemeral storage and extended resources do not count. */
const QOS_RESOURCES = ['cpu', 'memory'];

/**
 * Add a resource list's positive cpu and memory quantities into `sums` (milli-units, so that sums
 * compare exactly); returns the names it found.
 */
function addPositive(sums: Map<string, number>, list: Record<string, unknown> | undefined): Set<string> {
  const found = new Set<string>();
  for (const name of QOS_RESOURCES) {
    const v = list?.[name];
    if (v === undefined || v === null) continue;
    let milli: number;
    try {
      milli = Math.round(parseQuantity(v as string | number) * 1000);
    } catch {
      continue;
    }
    if (!(milli > 0)) continue;
    found.add(name);
    sums.set(name, (sums.get(name) ?? 0) + milli);
  }
  return found;
}

/**
 * ComputePodQOS: BestEffort without any cpu/memory request or limit; Guaranteed when every
 * container (init containers too) limits both cpu and memory and the summed requests equal the
 * summed limits, compared as quantities (`1` equals `1000m`); else Burstable. Pod-level resources
 * (PodLevelResources, on by default in v1.34), when set, decide instead of the containers'.
 */
export function computePodQOS(spec: KObject['spec']): QOSClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const podLevel = spec?.resources;
  const podLevelSet = QOS_RESOURCES.some((r) => podLevel?.requests?.[r] !== undefined || podLevel?.limits?.[r] !== undefined);
  if (podLevelSet) {
    addPositive(requests, podLevel.requests);
    const found = addPositive(limits, podLevel.limits);
    if (!QOS_RESOURCES.every((r) => found.has(r))) guaranteed = false;
  } else {
    for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
      addPositive(requests, c?.resources?.requests);
      const found = addPositive(limits, c?.resources?.limits);
      if (!QOS_RESOURCES.every((r) => found.has(r))) guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  for (const [name, req] of requests) if (limits.get(name) !== req) guaranteed = false;
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** GetPodQOS: the class the pod's status records, else computed from its spec. */
export function podQOS(pod: KObject): string {
  return pod.status?.qosClass || computePodQOS(pod.spec);
}
