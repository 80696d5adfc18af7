import type { Cluster } from '../cluster';

/** Namespaces, namespace deletion, garbage collection, service accounts. */
export function installCoreControllers(cluster: Cluster): void {
  void cluster;
}
