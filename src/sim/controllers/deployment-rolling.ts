/**
 * The RollingUpdate strategy (k/k pkg/controller/deployment/rolling.go): grow the new replica set
 * within maxSurge, shrink old ones while at least replicas - maxUnavailable pods stay available,
 * removing unhealthy old pods first.
 */
import type { KObject } from '../types';
import type { DeploymentSync } from './deployment-sync';
import {
  activeReplicaSets,
  availableReplicaCount,
  byCreationTimestamp,
  deploymentComplete,
  maxUnavailable,
  newRSNewReplicas,
  replicaCount,
  specReplicas,
  SyncError,
} from './deployment-util';

/** rolloutRolling: scale up if possible, else scale down, then clean up and update status. */
export function rolloutRolling(dc: DeploymentSync, d: KObject, rsList: KObject[]): void {
  const { newRS, oldRSs } = dc.getAllReplicaSetsAndSyncRevision(d, rsList, true);
  const allRSs = [...oldRSs, newRS];
  if (newRS && reconcileNewReplicaSet(dc, allRSs, newRS, d)) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (newRS && reconcileOldReplicaSets(dc, allRSs, activeReplicaSets(oldRSs), newRS, d)) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (deploymentComplete(d, d.status ?? {})) dc.cleanupDeployment(oldRSs, d);
  dc.syncRolloutStatus(allRSs, newRS, d);
}

/** reconcileNewReplicaSet: bring the new RS to NewRSNewReplicas (or down to replicas if above). */
function reconcileNewReplicaSet(dc: DeploymentSync, allRSs: (KObject | undefined)[], newRS: KObject, d: KObject): boolean {
  if (specReplicas(newRS) === specReplicas(d)) return false;
  if (specReplicas(newRS) > specReplicas(d)) return dc.scaleReplicaSetAndRecordEvent(newRS, specReplicas(d), d).scaled;
  return dc.scaleReplicaSetAndRecordEvent(newRS, newRSNewReplicas(d, allRSs, newRS), d).scaled;
}

/**
 * reconcileOldReplicaSets: maxScaledDown = allPods - minAvailable - newRSUnavailable; clean up
 * unhealthy old replicas, then scale old replica sets down to keep minAvailable.
 */
function reconcileOldReplicaSets(dc: DeploymentSync, allRSs: (KObject | undefined)[], oldRSs: KObject[], newRS: KObject, d: KObject): boolean {
  if (replicaCount(oldRSs) === 0) return false;
  const allPods = replicaCount(allRSs);
  const minAvailable = specReplicas(d) - maxUnavailable(d);
  const newRSUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(dc, oldRSs, d, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(dc, [...cleaned.oldRSs, newRS], cleaned.oldRSs, d);
  return cleaned.count + scaledDown > 0;
}

/** cleanupUnhealthyReplicas: oldest first, drop only the replicas that are not available. */
function cleanupUnhealthyReplicas(dc: DeploymentSync, oldRSs: KObject[], d: KObject, maxCleanup: number): { oldRSs: KObject[]; count: number } {
  const sorted = [...oldRSs].sort(byCreationTimestamp);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rs = sorted[i];
    if (total >= maxCleanup) break;
    if (specReplicas(rs) === 0) continue;
    const available = rs.status?.availableReplicas ?? 0;
    if (specReplicas(rs) === available) continue;
    const count = Math.min(maxCleanup - total, specReplicas(rs) - available);
    const target = specReplicas(rs) - count;
    if (target > specReplicas(rs)) {
      throw new SyncError(`when cleaning up unhealthy replicas, got invalid request to scale down ${rs.metadata.namespace}/${rs.metadata.name} ${specReplicas(rs)} -> ${target}`);
    }
    sorted[i] = dc.scaleReplicaSetAndRecordEvent(rs, target, d).rs;
    total += count;
  }
  return { oldRSs: sorted, count: total };
}

/** scaleDownOldReplicaSetsForRollingUpdate: remove available - minAvailable replicas, oldest RS first. */
function scaleDownOldReplicaSetsForRollingUpdate(dc: DeploymentSync, allRSs: (KObject | undefined)[], oldRSs: KObject[], d: KObject): number {
  const minAvailable = specReplicas(d) - maxUnavailable(d);
  const available = availableReplicaCount(allRSs);
  if (available <= minAvailable) return 0;
  const sorted = [...oldRSs].sort(byCreationTimestamp);
  const toScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of sorted) {
    if (total >= toScaleDown) break;
    if (specReplicas(rs) === 0) continue;
    const count = Math.min(specReplicas(rs), toScaleDown - total);
    dc.scaleReplicaSetAndRecordEvent(rs, specReplicas(rs) - count, d);
    total += count;
  }
  return total;
}
