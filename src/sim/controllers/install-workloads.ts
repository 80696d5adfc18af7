import type { Cluster } from '../cluster';

/** Deployment and ReplicaSet controllers. */
export function installWorkloadControllers(cluster: Cluster): void {
  void cluster;
}
