import type { Cluster } from '../cluster';
import type { Kubelet } from './kubelet';

/** The kubelet component of a cluster (installed by installNodes), for exec, logs and serving. */
export function kubeletOf(cluster: Cluster): Kubelet | undefined {
  return cluster.services.kubelet as Kubelet | undefined;
}
