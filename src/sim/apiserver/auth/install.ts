import type { Cluster } from '../../cluster';
import { ClusterRoleAggregationController } from '../../controllers/clusterrole-aggregation';
import { defaultClusterRoleBindings, defaultClusterRoles } from './bootstrap-policy';

/** The RBAC bootstrap: default ClusterRoles and bindings, and the controller that aggregates roles. */
export function installRbac(cluster: Cluster): void {
  cluster.addComponent(new ClusterRoleAggregationController(cluster.ctx));
  for (const o of [...defaultClusterRoles(), ...defaultClusterRoleBindings()]) cluster.api.create(o);
}
