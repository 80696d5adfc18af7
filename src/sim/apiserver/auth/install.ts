import { componentContext } from '../../component-context';
import type { ClusterAssembly } from '../../context';
import { ClusterRoleAggregationController } from '../../controllers/clusterrole-aggregation';
import { findByKey } from '../resources';
import { defaultClusterRoleBindings, defaultClusterRoles, defaultNamespacedRbac } from './bootstrap-policy';
import { resourceRequest } from './as-user';
import { controllerUser, KUBE_CONTROLLER_MANAGER } from './components';
import { grantedBy } from './rbac';
import { ADMIN, impersonate } from './user';

/** The RBAC bootstrap: default ClusterRoles and bindings, kube-system's and kube-public's Roles and bindings, and the controller that aggregates roles. */
export function installRbac(cluster: ClusterAssembly): void {
  cluster.addComponent(new ClusterRoleAggregationController(componentContext(cluster.ctx, controllerUser('clusterrole-aggregation-controller'))), KUBE_CONTROLLER_MANAGER);
  for (const o of [...defaultClusterRoles(), ...defaultClusterRoleBindings(), ...defaultNamespacedRbac()]) cluster.api.create(o);
  cluster.activity.authorizer = (user, verb, ref) => {
    const rt = findByKey(ref.resource);
    return rt ? grantedBy(cluster.api, user === ADMIN.name ? ADMIN : impersonate(user), resourceRequest(rt, verb, ref.namespace, ref.name)) : '';
  };
}
