import type { Cluster } from '../cluster';

/** Nodes, scheduler, kubelets, DaemonSet controller and the kube-system workloads. */
export function installNodes(cluster: Cluster): void {
  void cluster;
}
