/**
 * Which pods a shrinking replica set deletes first: ActivePodsWithRanks.Less and getPodsToDelete
 * (k/k pkg/controller/controller_utils.go, pkg/controller/replicaset/replica_set.go), with the
 * PodDeletionCost and LogarithmicScaleDown gates on as in v1.34.
 */
import type { KObject } from '../types';
import { isPodActive } from './pod-control';
import { isPodReady, podReadyCondition } from '../pod';

const POD_DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** A pod with its rank (active related pods on the same node) for the comparator. */
export interface RankedPod {
  pod: KObject;
  rank: number;
}

function deletionCost(pod: KObject): number {
  const v = pod.metadata.annotations?.[POD_DELETION_COST_ANNOTATION];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return 0;
  const n = Number(v);
  return n > 2147483647 || n < -2147483648 ? 0 : n;
}

function time(s: string | undefined): number {
  if (!s) return 0;
  const t = Date.parse(s);
  return Number.isNaN(t) ? 0 : t;
}

function readyTime(pod: KObject): number {
  return isPodReady(pod) ? time(podReadyCondition(pod)?.lastTransitionTime) : 0;
}

/** afterOrZero: zero counts as later than anything. */
function afterOrZero(t1: number, t2: number): boolean {
  if (t1 === 0 || t2 === 0) return t1 === 0;
  return t1 > t2;
}

/** floor(log2(now - t)) in nanoseconds, -1 when t is not in the past. */
function logRank(t: number, now: number): number {
  const d = (now - t) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}

/** Older times on a log2 scale; ties are broken by UID. */
function logCompare(t1: number, t2: number, now: number, a: KObject, b: KObject): boolean {
  if (now === 0 || t1 === 0 || t2 === 0) return afterOrZero(t1, t2);
  const diff = logRank(t1, now) - logRank(t2, now);
  if (diff === 0) return (a.metadata.uid ?? '') < (b.metadata.uid ?? '');
  return diff < 0;
}

function maxRestarts(pod: KObject): { regular: number; sidecar: number } {
  let regular = 0;
  let sidecar = 0;
  for (const c of pod.status?.containerStatuses ?? []) regular = Math.max(regular, c.restartCount ?? 0);
  const sidecars = new Set((pod.spec?.initContainers ?? []).filter((c: { restartPolicy?: string }) => c.restartPolicy === 'Always').map((c: { name: string }) => c.name));
  for (const c of pod.status?.initContainerStatuses ?? []) if (sidecars.has(c.name)) sidecar = Math.max(sidecar, c.restartCount ?? 0);
  return { regular, sidecar };
}

/** ActivePodsWithRanks.Less: true when `a` should be deleted before `b`. */
export function deleteFirst(a: RankedPod, b: RankedPod, now: number): boolean {
  const pa = a.pod;
  const pb = b.pod;
  const na = pa.spec?.nodeName ?? '';
  const nb = pb.spec?.nodeName ?? '';
  // 1. unassigned before assigned
  if (na !== nb && (na === '' || nb === '')) return na === '';
  // 2. Pending < Unknown < Running
  const oa = PHASE_ORDINAL[pa.status?.phase ?? ''] ?? 0;
  const ob = PHASE_ORDINAL[pb.status?.phase ?? ''] ?? 0;
  if (oa !== ob) return oa < ob;
  // 3. not ready before ready
  const ra = isPodReady(pa);
  const rb = isPodReady(pb);
  if (ra !== rb) return !ra;
  // 4. lower deletion cost first
  const ca = deletionCost(pa);
  const cb = deletionCost(pb);
  if (ca !== cb) return ca < cb;
  // 5. doubled up (more related pods on the node) first
  if (a.rank !== b.rank) return a.rank > b.rank;
  // 6. both ready: ready more recently first
  if (ra && rb) {
    const ta = readyTime(pa);
    const tb = readyTime(pb);
    if (ta !== tb) return logCompare(ta, tb, now, pa, pb);
  }
  // 7. more restarts first (sidecars, then regular containers)
  const xa = maxRestarts(pa);
  const xb = maxRestarts(pb);
  if (xa.sidecar !== xb.sidecar) return xa.sidecar > xb.sidecar;
  if (xa.regular !== xb.regular) return xa.regular > xb.regular;
  // 8. newer first
  const ka = time(pa.metadata.creationTimestamp);
  const kb = time(pb.metadata.creationTimestamp);
  if (ka !== kb) return logCompare(ka, kb, now, pa, pb);
  return false;
}

/** A sort comparator built from deleteFirst (stable sort keeps ties in list order). */
function compareForDeletion(now: number): (a: RankedPod, b: RankedPod) => number {
  return (a, b) => (deleteFirst(a, b, now) ? -1 : deleteFirst(b, a, now) ? 1 : 0);
}

/**
 * getPodsToDelete: rank each pod by the active related pods on its node, sort (only when not
 * deleting all of them) and take the first `diff`.
 */
export function podsToDelete(filtered: KObject[], related: KObject[], diff: number, now: number): KObject[] {
  if (diff >= filtered.length) return filtered.slice(0, diff);
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName ?? '';
    onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  const ranked = filtered.map((pod) => ({ pod, rank: onNode.get(pod.spec?.nodeName ?? '') ?? 0 }));
  ranked.sort(compareForDeletion(now));
  return ranked.slice(0, diff).map((r) => r.pod);
}
