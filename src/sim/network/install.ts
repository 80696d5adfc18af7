import type { Cluster } from '../cluster';

/** Service IP/NodePort allocation, Endpoints, load balancers, DNS, kube-proxy, Ingress. */
export function installNetwork(cluster: Cluster): void {
  void cluster;
}
