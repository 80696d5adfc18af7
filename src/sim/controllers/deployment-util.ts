/**
 * Deployment arithmetic and helpers, re-expressed from k/k pkg/controller/deployment/util
 * (deployment_util.go) and apimachinery intstr: fenceposts, surge/unavailable, new RS size,
 * conditions, revisions and annotations (the pod-template hash is template-hash.ts).
 * Over 400 lines: one upstream file ported as one, so that it reads beside deployment_util.go.
 */
import type { KObject } from '../types';
import { equalIgnoreHash } from './template-hash';

/** An error upstream's sync returns (not a crash): the key is retried with back-off, as the workqueue does. */
export class SyncError extends Error {}

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
const DEPRECATED_ROLLBACK_TO = 'deprecated.deployment.rollback.to';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
/** Upstream caps the revision-history annotation at this many characters. */
const MAX_REV_HISTORY_LENGTH_IN_CHARS = 2000;
export const MAX_INT32 = 2147483647;

/** Condition reasons (deployment_util.go). */
export const Reasons = {
  ReplicaSetUpdated: 'ReplicaSetUpdated',
  FailedRSCreate: 'ReplicaSetCreateError',
  NewReplicaSet: 'NewReplicaSetCreated',
  FoundNewRS: 'FoundNewReplicaSet',
  NewRSAvailable: 'NewReplicaSetAvailable',
  TimedOut: 'ProgressDeadlineExceeded',
  PausedDeploy: 'DeploymentPaused',
  ResumedDeploy: 'DeploymentResumed',
  MinimumReplicasAvailable: 'MinimumReplicasAvailable',
  MinimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;

/** Annotations that are not copied from a Deployment to its ReplicaSets (annotationsToSkip). */
export const ANNOTATIONS_TO_SKIP = new Set([
  LAST_APPLIED_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  DEPRECATED_ROLLBACK_TO,
]);

export type IntOrString = number | string;

/** A deployment condition as stored in status.conditions. */
export interface DeploymentCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastUpdateTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** The status fields the controller computes (apps/v1 DeploymentStatus). */
export interface DeploymentStatus {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  conditions?: DeploymentCondition[];
  collisionCount?: number;
}

// ---------- int-or-percent ----------

/** apimachinery intstr GetScaledValueFromIntOrPercent: ints as is, "N%" of total rounded up or down. */
export function scaledValueFromIntOrPercent(v: IntOrString | undefined, total: number, roundUp: boolean): number {
  if (v === undefined || v === null) throw new Error('nil value for IntOrString');
  if (typeof v === 'number') return v;
  if (!v.endsWith('%')) throw new Error('invalid type: string is not a percentage');
  const s = v.slice(0, -1);
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`invalid value "${v}": strconv.Atoi: parsing "${s}": invalid syntax`);
  const n = Number(s);
  return roundUp ? Math.ceil((n * total) / 100) : Math.floor((n * total) / 100);
}

/**
 * ResolveFenceposts: surge rounded up, unavailable rounded down; both 0 means unavailable 1
 * (surge might be blocked by quota). Throws on malformed values.
 */
export function resolveFenceposts(maxSurge: IntOrString | undefined, maxUnavailable: IntOrString | undefined, desired: number): [number, number] {
  const surge = scaledValueFromIntOrPercent(maxSurge ?? 0, desired, true);
  let unavailable = scaledValueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

// ---------- spec accessors with the apps/v1 defaults ----------

/** spec.replicas (default 1). */
export function specReplicas(obj: KObject): number {
  return obj.spec?.replicas ?? 1;
}

export function strategyType(d: KObject): string {
  return d.spec?.strategy?.type ?? 'RollingUpdate';
}

export function isRollingUpdate(d: KObject): boolean {
  return strategyType(d) === 'RollingUpdate';
}

function rollingParams(d: KObject): { maxSurge: IntOrString; maxUnavailable: IntOrString } {
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  return { maxSurge: ru.maxSurge ?? '25%', maxUnavailable: ru.maxUnavailable ?? '25%' };
}

/** MaxUnavailable: 0 unless RollingUpdate with replicas > 0; capped at replicas. */
export function maxUnavailable(d: KObject): number {
  const replicas = specReplicas(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const { maxSurge, maxUnavailable: mu } = rollingParams(d);
  let unavailable: number;
  try {
    unavailable = resolveFenceposts(maxSurge, mu, replicas)[1];
  } catch {
    unavailable = 0; // caught by validation upstream
  }
  return Math.min(unavailable, replicas);
}

/** MaxSurge: the resolved surge for RollingUpdate, 0 otherwise. */
export function maxSurge(d: KObject): number {
  if (!isRollingUpdate(d)) return 0;
  const { maxSurge: ms, maxUnavailable: mu } = rollingParams(d);
  try {
    return resolveFenceposts(ms, mu, specReplicas(d))[0];
  } catch {
    return 0;
  }
}

export function revisionHistoryLimit(d: KObject): number | undefined {
  const v = d.spec?.revisionHistoryLimit;
  return v === undefined ? 10 : v === null ? undefined : v;
}

/** spec.progressDeadlineSeconds (default 600); null means none. */
export function progressDeadlineSeconds(d: KObject): number | undefined {
  const v = d.spec?.progressDeadlineSeconds;
  return v === undefined ? 600 : v === null ? undefined : v;
}

export function hasProgressDeadline(d: KObject): boolean {
  const v = progressDeadlineSeconds(d);
  return v !== undefined && v !== MAX_INT32;
}

// ---------- replica counts over replica sets ----------

/** Sum of spec.replicas. */
export function replicaCount(rss: (KObject | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs ? specReplicas(rs) : 0), 0);
}

/** Sum of status.replicas. */
export function actualReplicaCount(rss: (KObject | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.status?.replicas ?? 0), 0);
}

export function readyReplicaCount(rss: (KObject | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.status?.readyReplicas ?? 0), 0);
}

export function availableReplicaCount(rss: (KObject | undefined)[]): number {
  return rss.reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);
}

/** FilterActiveReplicaSets: replica sets that ought to have pods. */
export function activeReplicaSets(rss: (KObject | undefined)[]): KObject[] {
  return rss.filter((rs): rs is KObject => !!rs && specReplicas(rs) > 0);
}

/**
 * NewRSNewReplicas: how far the new replica set may grow now. RollingUpdate stays within
 * replicas + maxSurge counted over every replica set's spec.replicas; Recreate goes straight to replicas.
 */
export function newRSNewReplicas(d: KObject, allRSs: (KObject | undefined)[], newRS: KObject): number {
  const type = strategyType(d);
  if (type === 'RollingUpdate') {
    const replicas = specReplicas(d);
    const surge = scaledValueFromIntOrPercent(rollingParams(d).maxSurge, replicas, true);
    const current = replicaCount(allRSs);
    const maxTotal = replicas + surge;
    if (current >= maxTotal) return specReplicas(newRS);
    const scaleUp = Math.min(maxTotal - current, replicas - specReplicas(newRS));
    return specReplicas(newRS) + scaleUp;
  }
  if (type === 'Recreate') return specReplicas(d);
  throw new Error(`deployment type ${type} isn't supported`);
}

/** IsSaturated: the new RS has all replicas and all of them available. */
export function isSaturated(d: KObject, rs: KObject | undefined): boolean {
  if (!rs) return false;
  const desired = Number(rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION]);
  if (!Number.isInteger(desired)) return false;
  return specReplicas(rs) === specReplicas(d) && desired === specReplicas(d) && (rs.status?.availableReplicas ?? 0) === specReplicas(d);
}

// ---------- completeness, progress, timeout ----------

/** DeploymentComplete: every replica updated and available, and the latest spec observed. */
export function deploymentComplete(d: KObject, s: DeploymentStatus): boolean {
  const r = specReplicas(d);
  return (s.updatedReplicas ?? 0) === r && (s.replicas ?? 0) === r && (s.availableReplicas ?? 0) === r && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available pods than last time. */
export function deploymentProgressing(d: KObject, s: DeploymentStatus): boolean {
  const old: DeploymentStatus = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (
    (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/** DeploymentTimedOut: the Progressing condition was last updated more than progressDeadlineSeconds before now. */
export function deploymentTimedOut(d: KObject, s: DeploymentStatus, nowMs: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const cond = getCondition(s, 'Progressing');
  if (!cond) return false;
  if (cond.reason === Reasons.NewRSAvailable) return false;
  if (cond.reason === Reasons.TimedOut) return true;
  const from = Date.parse(cond.lastUpdateTime ?? '');
  if (Number.isNaN(from)) return false;
  return from + progressDeadlineSeconds(d)! * 1000 < nowMs;
}

// ---------- conditions ----------

export function getCondition(s: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return s?.conditions?.find((c) => c.type === type);
}

export function newCondition(type: string, status: DeploymentCondition['status'], reason: string, message: string, nowIso: string): DeploymentCondition {
  return { type, status, lastUpdateTime: nowIso, lastTransitionTime: nowIso, reason, message };
}

/**
 * SetDeploymentCondition: no-op when status and reason are unchanged; keeps lastTransitionTime when
 * only the reason changes; the condition moves to the end of the list.
 */
export function setCondition(s: DeploymentStatus, cond: DeploymentCondition): void {
  const cur = getCondition(s, cond.type);
  if (cur && cur.status === cond.status && cur.reason === cond.reason) return;
  const c = { ...cond };
  if (cur && cur.status === c.status) c.lastTransitionTime = cur.lastTransitionTime;
  s.conditions = [...(s.conditions ?? []).filter((x) => x.type !== c.type), c];
}

export function removeCondition(s: DeploymentStatus, type: string): void {
  if (!s.conditions) return;
  s.conditions = s.conditions.filter((c) => c.type !== type);
}

// ---------- revisions and annotations ----------

/** The revision annotation as a number; 0 when absent, NaN when malformed. */
export function revisionOf(obj: KObject): number {
  const v = obj.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined || v === '') return 0;
  return /^\d+$/.test(v) ? Number(v) : NaN;
}

/** MaxRevision over replica sets (malformed revisions ignored). */
export function maxRevision(rss: KObject[]): number {
  let max = 0;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (!Number.isNaN(v) && v > max) max = v;
  }
  return max;
}

/** copyDeploymentAnnotationsToReplicaSet: returns whether the RS changed. */
function copyDeploymentAnnotationsToRS(d: KObject, rs: KObject): boolean {
  let changed = false;
  const ann = (rs.metadata.annotations ??= {});
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (ANNOTATIONS_TO_SKIP.has(k) || ann[k] === v) continue;
    ann[k] = v;
    changed = true;
  }
  return changed;
}

/** SetReplicasAnnotations: desired-replicas and max-replicas; returns whether they changed. */
export function setReplicasAnnotations(rs: KObject, desired: number, max: number): boolean {
  const ann = (rs.metadata.annotations ??= {});
  let changed = false;
  if (ann[DESIRED_REPLICAS_ANNOTATION] !== String(desired)) {
    ann[DESIRED_REPLICAS_ANNOTATION] = String(desired);
    changed = true;
  }
  if (ann[MAX_REPLICAS_ANNOTATION] !== String(max)) {
    ann[MAX_REPLICAS_ANNOTATION] = String(max);
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: KObject, desired: number, max: number): boolean {
  const ann = rs.metadata.annotations ?? {};
  return ann[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || ann[MAX_REPLICAS_ANNOTATION] !== String(max);
}

/**
 * SetNewReplicaSetAnnotations: copy the deployment's annotations, raise the revision (keeping the
 * old one in revision-history, as on rollback) and, for a new RS, the replica annotations.
 */
export function setNewReplicaSetAnnotations(d: KObject, rs: KObject, newRevision: number, exists: boolean): boolean {
  let changed = copyDeploymentAnnotationsToRS(d, rs);
  const ann = (rs.metadata.annotations ??= {});
  const had = Object.prototype.hasOwnProperty.call(ann, REVISION_ANNOTATION);
  const oldRevision = ann[REVISION_ANNOTATION] ?? '';
  let oldInt = 0;
  if (oldRevision !== '') {
    if (!/^\d+$/.test(oldRevision)) return false;
    oldInt = Number(oldRevision);
  }
  if (oldInt < newRevision) {
    ann[REVISION_ANNOTATION] = String(newRevision);
    changed = true;
    if (had) {
      const history = ann[REVISION_HISTORY_ANNOTATION] ?? '';
      let olds = history.split(',');
      if (olds[0].length === 0) {
        ann[REVISION_HISTORY_ANNOTATION] = oldRevision;
      } else {
        let totalLen = history.length + oldRevision.length + 1;
        let start = 0;
        while (totalLen > MAX_REV_HISTORY_LENGTH_IN_CHARS && start < olds.length) {
          totalLen -= olds[start].length + 1;
          start++;
        }
        if (totalLen <= MAX_REV_HISTORY_LENGTH_IN_CHARS) {
          olds = [...olds.slice(start), oldRevision];
          ann[REVISION_HISTORY_ANNOTATION] = olds.join(',');
        }
      }
    }
  }
  if (!exists && setReplicasAnnotations(rs, specReplicas(d), specReplicas(d) + maxSurge(d))) changed = true;
  return changed;
}

/** SetDeploymentRevision: returns whether the deployment's revision annotation changed. */
export function setDeploymentRevision(d: KObject, revision: string): boolean {
  const ann = (d.metadata.annotations ??= {});
  if (ann[REVISION_ANNOTATION] === revision) return false;
  ann[REVISION_ANNOTATION] = revision;
  return true;
}

// ---------- sorting ----------

function ts(o: KObject): number {
  return Date.parse(o.metadata.creationTimestamp ?? '') || 0;
}

/** ReplicaSetsByCreationTimestamp: oldest first, name breaks ties. */
export function byCreationTimestamp(a: KObject, b: KObject): number {
  const d = ts(a) - ts(b);
  if (d !== 0) return d;
  return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
}

/** ReplicaSetsByRevision: lowest revision first, creation time breaks ties. */
export function byRevision(a: KObject, b: KObject): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === rb || (Number.isNaN(ra) && Number.isNaN(rb))) return byCreationTimestamp(a, b);
  return (Number.isNaN(ra) ? 0 : ra) - (Number.isNaN(rb) ? 0 : rb);
}

/** ReplicaSetsBySizeNewer: larger first, newer first among equals. */
export function bySizeNewer(a: KObject, b: KObject): number {
  if (specReplicas(a) === specReplicas(b)) return byCreationTimestamp(b, a);
  return specReplicas(b) - specReplicas(a);
}

/** ReplicaSetsBySizeOlder: larger first, older first among equals. */
export function bySizeOlder(a: KObject, b: KObject): number {
  if (specReplicas(a) === specReplicas(b)) return byCreationTimestamp(a, b);
  return specReplicas(b) - specReplicas(a);
}

/** FindNewReplicaSet: the oldest RS whose template equals the deployment's, ignoring the hash. */
export function findNewReplicaSet(d: KObject, rss: KObject[]): KObject | undefined {
  return [...rss].sort(byCreationTimestamp).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

/** FindActiveOrLatest: the only active RS, or the newest when none is active; undefined when several are. */
export function findActiveOrLatest(newRS: KObject | undefined, oldRSs: KObject[]): KObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const all = [...oldRSs, ...(newRS ? [newRS] : [])];
  const active = activeReplicaSets(all);
  if (active.length === 0) {
    if (newRS) return newRS;
    return [...oldRSs].sort(byCreationTimestamp).reverse()[0];
  }
  if (active.length === 1) return active[0];
  return undefined;
}

/** getReplicaSetFraction / GetReplicaSetProportion: a replica set's share of a proportional scale. */
export function replicaSetProportion(rs: KObject, d: KObject, toAdd: number, added: number): number {
  if (specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

function replicaSetFraction(rs: KObject, d: KObject): number {
  if (specReplicas(d) === 0) return -specReplicas(rs);
  const deploymentMax = specReplicas(d) + maxSurge(d);
  let annotated = Number(rs.metadata.annotations?.[MAX_REPLICAS_ANNOTATION]);
  if (!Number.isInteger(annotated) || annotated === 0) annotated = d.status?.replicas ?? 0;
  if (annotated === 0) return 0;
  const size = (specReplicas(rs) * deploymentMax) / annotated;
  // Go's math.Round: half away from zero
  const rounded = Math.sign(size) * Math.round(Math.abs(size));
  return rounded - specReplicas(rs);
}
