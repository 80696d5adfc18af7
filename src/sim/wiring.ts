import { installApiServerPlugins } from './apiserver/admission/install';
import { installRbac } from './apiserver/auth/install';
import type { ClusterAssembly } from './context';
import { installControlPlaneLeases } from './controllers/control-plane-leases';
import { installCoreControllers, installSystemNamespaces } from './controllers/install-core';
import { installWorkloadControllers } from './controllers/install-workloads';
import { installNodes } from './kubelet/install';
import { installNetwork } from './network/install';

/**
 * Installs admission plugins and components in the order a real control plane starts them.
 * Each install function lives beside the code it wires and may create its bootstrap objects.
 */
export function installComponents(cluster: ClusterAssembly): void {
  installApiServerPlugins(cluster);
  // the API server bootstraps its namespaces and RBAC policy before controllers authenticate against it
  installSystemNamespaces(cluster);
  installRbac(cluster);
  installCoreControllers(cluster);
  installWorkloadControllers(cluster);
  installNetwork(cluster);
  installNodes(cluster);
  installControlPlaneLeases(cluster);
}
