/**
 * ComponentStatus is not stored: on each get or list the API server probes the scheduler, the
 * controller manager and each etcd server, in this order (pkg/registry/core/componentstatus). The
 * etcd probe is a linearizable get of `/registry/health` under a 20 s deadline (probeTimeOut), so
 * without a quorum it waits that long and reports the storage prober's error.
 */
import type { KObject } from '../types';

export const PROBE_TIMEOUT_MS = 20_000;
/** The etcd prober's error once its linearizable get times out. */
export const ETCD_PROBE_ERROR = 'error getting data from etcd: context deadline exceeded';

export interface ProbedEtcd {
  hasQuorum(): boolean;
}

/** The probed statuses; `hang` lets the cluster's time pass while the etcd probe waits for its deadline. */
export function componentStatuses(etcd: ProbedEtcd, hang?: (ms: number) => void): KObject[] {
  const etcdOk = etcd.hasQuorum();
  if (!etcdOk) hang?.(PROBE_TIMEOUT_MS);
  const healthy = { type: 'Healthy', status: 'True', message: 'ok' };
  const etcdCondition = etcdOk ? healthy : { type: 'Healthy', status: 'False', error: ETCD_PROBE_ERROR };
  return [
    ['scheduler', healthy],
    ['controller-manager', healthy],
    ['etcd-0', etcdCondition],
  ].map(([name, condition]) => ({ apiVersion: 'v1', kind: 'ComponentStatus', metadata: { name: name as string }, conditions: [condition] }));
}
