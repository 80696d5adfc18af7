/** The pod evaluator (pkg/quota/v1/evaluator/core/pods.go): pods, count/pods and compute requests and limits of pods that are not terminal. */
import type { Json } from '../json';
import { computePodQOS } from '../pod';
import { add, cmp, count } from '../quantity-math';
import { addLists, fromJson, type ResourceList } from './resource-list';
import { matchesScopeValues } from './scopes';
import { objectCountName, type Evaluator, type ScopeSelector } from './evaluator';

const POD_RESOURCES = ['count/pods', 'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'pods'];
/** Quota names that, when tracked, every container must set (a documented upstream mistake kept for compatibility). */
const VALIDATION_SET = new Set(['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']);
/** Each container resource and the quota names its request or limit is charged to. */
const CHARGES: { resource: string; request: string[]; limit: string }[] = [
  { resource: 'cpu', request: ['cpu', 'requests.cpu'], limit: 'limits.cpu' },
  {
    resource: 'memory',
    request: ['memory', 'requests.memory'],
    limit: 'limits.memory',
  },
  {
    resource: 'ephemeral-storage',
    request: ['ephemeral-storage', 'requests.ephemeral-storage'],
    limit: 'limits.ephemeral-storage',
  },
];
const HUGEPAGES = 'hugepages-';
/** Resources of the kubernetes.io namespace (or none) are native; others with a domain are extended. */
const isNative = (n: string): boolean => !n.includes('/') || n.includes('kubernetes.io/');
const isExtended = (n: string): boolean => !isNative(n) && !n.startsWith('requests.');

/** podComputeUsageHelper: the quota names one set of requests and limits is charged to. */
function computeUsage(requests: ResourceList, limits: ResourceList): ResourceList {
  const out: ResourceList = new Map([['pods', count(1)]]);
  for (const c of CHARGES) {
    const req = requests.get(c.resource);
    if (req) for (const n of c.request) out.set(n, req);
    const lim = limits.get(c.resource);
    if (lim) out.set(c.limit, lim);
  }
  for (const [name, q] of requests) {
    if (name.startsWith(HUGEPAGES)) out.set(name, q).set(`requests.${name}`, q);
    if (isExtended(name)) out.set(`requests.${name}`, q);
  }
  return out;
}

/** maxResourceList: the larger value of each name. */
function maxInto(into: ResourceList, l: ResourceList): void {
  for (const [k, v] of l) if (!into.has(k) || cmp(v, into.get(k)!) > 0) into.set(k, v);
}

/**
 * resourcehelper.PodRequests / PodLimits: the containers' sum plus sidecars, or the largest init
 * container when more, plus the pod overhead (for limits, only on names already limited); pod-level
 * resources, when set, stand for the containers' cpu and memory.
 */
function podResources(spec: Json, field: 'requests' | 'limits'): ResourceList {
  let total: ResourceList = new Map();
  for (const c of spec?.containers ?? []) total = addLists(total, fromJson(c?.resources?.[field]));
  let sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of spec?.initContainers ?? []) {
    const own = fromJson(c?.resources?.[field]);
    if (c?.restartPolicy === 'Always') {
      total = addLists(total, own);
      sidecars = addLists(sidecars, own);
      maxInto(initMax, sidecars);
    } else maxInto(initMax, addLists(own, sidecars));
  }
  maxInto(total, initMax);
  const podLevel = fromJson(spec?.resources?.[field]);
  for (const r of ['cpu', 'memory']) if (podLevel.has(r)) total.set(r, podLevel.get(r)!);
  for (const [k, v] of fromJson(spec?.overhead)) {
    if (field === 'requests') total.set(k, total.has(k) ? add(total.get(k)!, v) : v);
    else if (total.has(k)) total.set(k, add(total.get(k)!, v));
  }
  return total;
}

/** QuotaV1Pod: terminal pods, and pods past their deletion grace period, are not charged. */
export function chargedPod(pod: Json, now: number): boolean {
  const phase = pod?.status?.phase;
  if (phase === 'Failed' || phase === 'Succeeded') return false;
  const meta = pod?.metadata ?? {};
  if (meta.deletionTimestamp && typeof meta.deletionGracePeriodSeconds === 'number') {
    if (now > Date.parse(meta.deletionTimestamp) + meta.deletionGracePeriodSeconds * 1000) return false;
  }
  return true;
}

const isTerminating = (pod: Json): boolean => typeof pod?.spec?.activeDeadlineSeconds === 'number' && pod.spec.activeDeadlineSeconds >= 0;
const isBestEffort = (pod: Json): boolean => (pod?.status?.qosClass || computePodQOS(pod?.spec)) === 'BestEffort';
const crossNamespaceTerm = (t: Json): boolean => (Array.isArray(t?.namespaces) && t.namespaces.length > 0) || (t?.namespaceSelector !== undefined && t?.namespaceSelector !== null);

/** usesCrossNamespacePodAffinity: any (anti-)affinity term that names namespaces or selects them. */
function crossNamespaceAffinity(pod: Json): boolean {
  const a = pod?.spec?.affinity ?? {};
  return [a.podAffinity, a.podAntiAffinity].some(
    (x) => (x?.requiredDuringSchedulingIgnoredDuringExecution ?? []).some(crossNamespaceTerm) || (x?.preferredDuringSchedulingIgnoredDuringExecution ?? []).some((w: Json) => crossNamespaceTerm(w?.podAffinityTerm)),
  );
}

/** podMatchesScopeFunc. */
function matchesScope(scope: ScopeSelector, pod: Json): boolean {
  switch (scope.scopeName) {
    case 'Terminating':
      return isTerminating(pod);
    case 'NotTerminating':
      return !isTerminating(pod);
    case 'BestEffort':
      return isBestEffort(pod);
    case 'NotBestEffort':
      return !isBestEffort(pod);
    case 'PriorityClass': {
      const pc: string = pod?.spec?.priorityClassName ?? '';
      return scope.operator === 'Exists' ? pc !== '' : matchesScopeValues(scope, pc);
    }
    case 'CrossNamespacePodAffinity':
      return crossNamespaceAffinity(pod);
  }
  return false;
}

/** enforcePodContainerConstraints: the required names this container's resources do not charge. */
function missingFor(c: Json, required: Set<string>): string[] {
  const charged = computeUsage(fromJson(c?.resources?.requests), fromJson(c?.resources?.limits));
  return [...required].filter((n) => !charged.has(n));
}

export const podEvaluator: Evaluator = {
  resource: 'pods',
  matchingResources: (input) => input.filter((n) => POD_RESOURCES.includes(n) || n.startsWith(HUGEPAGES) || n.startsWith(`requests.${HUGEPAGES}`) || (!isNative(n) && n.startsWith('requests.'))),
  handles: (op, sub) => (op === 'CREATE' && !sub) || (op === 'UPDATE' && sub === 'resize'),
  constraints(required, pod) {
    const req = new Set(required.filter((n) => VALIDATION_SET.has(n)));
    const missing = new Map<string, Set<string>>();
    for (const c of [...(pod?.spec?.containers ?? []), ...(pod?.spec?.initContainers ?? [])]) {
      for (const n of missingFor(c, req)) (missing.get(n) ?? missing.set(n, new Set()).get(n)!).add(String(c?.name ?? ''));
    }
    if (missing.size === 0) return undefined;
    const parts = [...missing.keys()].sort().map((n) => `${n} for: ${[...missing.get(n)!].sort().join(',')}`);
    return `must specify ${parts.join('; ')}`;
  },
  matchesScope,
  usage(pod, now) {
    const out: ResourceList = new Map([[objectCountName('pods'), count(1)]]);
    if (!chargedPod(pod, now)) return out;
    return addLists(out, computeUsage(podResources(pod?.spec, 'requests'), podResources(pod?.spec, 'limits')));
  },
};
