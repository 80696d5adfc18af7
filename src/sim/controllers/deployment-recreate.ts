/**
 * The Recreate strategy (k/k pkg/controller/deployment/recreate.go): scale every old replica set
 * to zero, wait until none of their pods is still running, then create and scale up the new one.
 */
import type { KObject } from '../types';
import type { DeploymentSync } from './deployment-sync';
import { actualReplicaCount, activeReplicaSets, deploymentComplete, specReplicas } from './deployment-util';
import { controllerOf } from './pod-control';
import { OWNER_INDEX } from './workload-indexes';

/** rolloutRecreate: old down, wait for their pods to be gone, new up. */
export function rolloutRecreate(dc: DeploymentSync, d: KObject, rsList: KObject[]): void {
  // the new RS is not created before the old pods are gone, so nothing is scaled up early
  let { newRS, oldRSs } = dc.getAllReplicaSetsAndSyncRevision(d, rsList, false);
  let allRSs: (KObject | undefined)[] = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of activeReplicaSets(oldRSs)) {
    if (specReplicas(rs) === 0) continue;
    if (dc.scaleReplicaSetAndRecordEvent(rs, 0, d).scaled) scaledDown = true;
  }
  if (scaledDown) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (oldPodsRunning(dc, newRS, oldRSs)) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (!newRS) {
    ({ newRS, oldRSs } = dc.getAllReplicaSetsAndSyncRevision(d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) dc.scaleReplicaSetAndRecordEvent(newRS, specReplicas(d), d);
  if (deploymentComplete(d, d.status ?? {})) dc.cleanupDeployment(oldRSs, d);
  dc.syncRolloutStatus(allRSs, newRS, d);
}

/** oldPodsRunning: an old RS still reports pods, or a pod of an old RS is not Succeeded/Failed. */
function oldPodsRunning(dc: DeploymentSync, newRS: KObject | undefined, oldRSs: KObject[]): boolean {
  if (actualReplicaCount(oldRSs) > 0) return true;
  for (const rs of oldRSs) {
    for (const pod of dc.ctx.api.store.byIndex('pods', OWNER_INDEX, rs.metadata.uid!)) {
      if (controllerOf(pod)?.uid !== rs.metadata.uid || rs.metadata.uid === newRS?.metadata.uid) continue;
      const phase = pod.status?.phase;
      if (phase === 'Failed' || phase === 'Succeeded') continue;
      return true;
    }
  }
  return false;
}
