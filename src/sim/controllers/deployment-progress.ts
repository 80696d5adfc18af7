/**
 * Deployment status and progress (k/k pkg/controller/deployment/sync.go calculateStatus,
 * progress.go syncRolloutStatus / requeueStuckDeployment): counts, the Available condition,
 * Progressing with its deadline, and ReplicaFailure copied up from the replica sets.
 */
import type { KObject } from '../types';
import type { DeploymentSync } from './deployment-sync';
import {
  Reasons,
  actualReplicaCount,
  availableReplicaCount,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getCondition,
  hasProgressDeadline,
  maxUnavailable,
  newCondition,
  progressDeadlineSeconds,
  readyReplicaCount,
  removeCondition,
  replicaCount,
  setCondition,
  specReplicas,
  type DeploymentCondition,
  type DeploymentStatus,
} from './deployment-util';
import { semanticEqual } from '../json';
import { deepCopy } from '../clone';

/** calculateStatus: counts from the replica sets' status, unavailable from their spec, Available condition. */
export function calculateDeploymentStatus(allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject, nowIso: string): DeploymentStatus {
  const available = availableReplicaCount(allRSs);
  const total = replicaCount(allRSs);
  const unavailable = Math.max(0, total - available);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation,
    replicas: actualReplicaCount(allRSs),
    updatedReplicas: actualReplicaCount([newRS]),
    readyReplicas: readyReplicaCount(allRSs),
    availableReplicas: available,
    unavailableReplicas: unavailable,
    conditions: deepCopy(d.status?.conditions ?? []),
  };
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if (available >= specReplicas(d) - maxUnavailable(d)) {
    setCondition(status, newCondition('Available', 'True', Reasons.MinimumReplicasAvailable, 'Deployment has minimum availability.', nowIso));
  } else {
    setCondition(status, newCondition('Available', 'False', Reasons.MinimumReplicasUnavailable, 'Deployment does not have minimum availability.', nowIso));
  }
  return normalizeStatus(status);
}

/** Drop zero counts and empty lists (omitempty), so equal statuses compare equal to stored ones. */
function normalizeStatus(s: DeploymentStatus): DeploymentStatus {
  const out: DeploymentStatus = {};
  for (const k of ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas'] as const) {
    if (s[k]) out[k] = s[k];
  }
  if (s.conditions && s.conditions.length) out.conditions = s.conditions;
  if (s.collisionCount) out.collisionCount = s.collisionCount;
  return out;
}

/** The stored JSON form of a deployment status. */
export function deploymentStatusJson(s: DeploymentStatus): Record<string, unknown> {
  return { ...normalizeStatus(s ?? {}) };
}

/** getReplicaFailures: the new RS's ReplicaFailure first, then the old ones', as a deployment condition. */
function replicaFailures(allRSs: (KObject | undefined)[], newRS: KObject | undefined): DeploymentCondition | undefined {
  const fromRS = (rs: KObject): DeploymentCondition | undefined => {
    const c = (rs.status?.conditions ?? []).find((x: { type: string }) => x.type === 'ReplicaFailure');
    if (!c) return undefined;
    return { type: 'ReplicaFailure', status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
  };
  if (newRS) {
    const c = fromRS(newRS);
    if (c) return c;
  }
  for (const rs of allRSs) {
    if (!rs || rs === newRS) continue;
    const c = fromRS(rs);
    if (c) return c;
  }
  return undefined;
}

/**
 * syncRolloutStatus: the status plus the Progressing condition (complete, progressing, or timed out
 * past the deadline); when nothing changed, schedule a progress check at the deadline.
 */
export function syncRolloutStatus(dc: DeploymentSync, allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject): void {
  const nowIso = dc.ctx.clock.isoNow();
  const now = dc.ctx.clock.now();
  const status = calculateDeploymentStatus(allRSs, newRS, d, nowIso);
  status.conditions ??= [];
  if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
  const current = getCondition(d.status, 'Progressing');
  const isComplete = (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && current?.reason === Reasons.NewRSAvailable;
  if (hasProgressDeadline(d) && !isComplete) {
    if (deploymentComplete(d, status)) {
      const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`;
      setCondition(status, newCondition('Progressing', 'True', Reasons.NewRSAvailable, msg, nowIso));
    } else if (deploymentProgressing(d, status)) {
      const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`;
      const cond = newCondition('Progressing', 'True', Reasons.ReplicaSetUpdated, msg, nowIso);
      // progress refreshes lastUpdateTime even with the same reason
      if (current) {
        if (current.status === 'True') cond.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status, 'Progressing');
      }
      setCondition(status, cond);
    } else if (deploymentTimedOut(d, status, now)) {
      const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" has timed out progressing.` : `Deployment "${d.metadata.name}" has timed out progressing.`;
      setCondition(status, newCondition('Progressing', 'False', Reasons.TimedOut, msg, nowIso));
    }
  }
  const failure = replicaFailures(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, 'ReplicaFailure');
  const normalized = deploymentStatusJson(status) as DeploymentStatus;
  if (semanticEqual(d.status, normalized)) {
    requeueStuckDeployment(dc, d, normalized);
    return;
  }
  d.status = normalized;
  dc.writeStatus(d);
}

/** requeueStuckDeployment: come back one second after the progress deadline would pass. */
function requeueStuckDeployment(dc: DeploymentSync, d: KObject, status: DeploymentStatus): void {
  const current = getCondition(d.status, 'Progressing');
  if (!hasProgressDeadline(d) || !current) return;
  if (deploymentComplete(d, status) || current.reason === Reasons.TimedOut) return;
  const last = Date.parse(current.lastUpdateTime ?? '');
  if (Number.isNaN(last)) return;
  const now = dc.ctx.clock.now();
  const after = last + progressDeadlineSeconds(d)! * 1000 - now;
  const key = `${d.metadata.namespace ?? ''}/${d.metadata.name}`;
  dc.enqueueAt(key, after < 1000 ? now + 1000 : now + after + 1000);
}
