import type { SimContext } from '../context';
import type { KObject } from '../types';

/** A replica set found for (or created by) a deployment sync. */
export interface RSPair {
  newRS: KObject | undefined;
  oldRSs: KObject[];
}

/**
 * What the rollout strategies (rolling.go, recreate.go) and the progress check (progress.go) call
 * back on the Deployment controller, as upstream's strategy functions are methods of its controller.
 * `d` is the controller's working copy, written back through `writeStatus`.
 */
export interface DeploymentSync {
  readonly ctx: SimContext;
  getAllReplicaSetsAndSyncRevision(d: KObject, rsList: KObject[], createIfNotExisted: boolean): RSPair;
  scaleReplicaSetAndRecordEvent(rs: KObject, newScale: number, d: KObject): { scaled: boolean; rs: KObject };
  cleanupDeployment(oldRSs: KObject[], d: KObject): void;
  syncRolloutStatus(allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject): void;
  /** Sync the deployment again at virtual time `at` (a progress deadline). */
  enqueueAt(key: string, at: number): void;
  writeStatus(d: KObject): void;
}
