/** Store indexes shared by the workload controllers. */
import type { ObjectStore } from '../apiserver/store';
import type { KObject } from '../types';

/** The API server's index of objects by every owner UID (pods, replicasets.apps). */
export const OWNER_INDEX = 'owner';
/** Objects without a controller reference, by namespace: the candidates for adoption. */
export const ORPHAN_INDEX = 'workloads/orphan';

function orphanNs(o: KObject): string[] {
  return (o.metadata.ownerReferences ?? []).some((r) => r.controller === true) ? [] : [o.metadata.namespace ?? ''];
}

/** Register the indexes the workload controllers read (idempotent). */
export function addWorkloadIndexes(store: ObjectStore): void {
  for (const rt of ['pods', 'replicasets.apps', 'replicationcontrollers']) {
    if (!store.hasIndex(rt, ORPHAN_INDEX)) store.addIndex(rt, ORPHAN_INDEX, orphanNs);
  }
  for (const rt of ['pods', 'replicasets.apps', 'replicationcontrollers', 'controllerrevisions.apps', 'jobs.batch']) {
    if (!store.hasIndex(rt, OWNER_INDEX)) store.addIndex(rt, OWNER_INDEX, (o) => (o.metadata.ownerReferences ?? []).map((r) => r.uid));
  }
  for (const rt of ['replicationcontrollers', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps']) {
    if (!store.hasIndex(rt, 'namespace')) store.addIndex(rt, 'namespace', (o) => [o.metadata.namespace ?? '']);
  }
}
