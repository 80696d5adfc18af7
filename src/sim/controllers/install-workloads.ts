import { controllerUser } from '../apiserver/auth/components';
import type { ControllerAccount } from '../apiserver/auth/controller-accounts';
import { componentContext } from '../component-context';
import type { ClusterAssembly } from '../context';
import { DeploymentController } from './deployment';
import { REPLICATION_CONTROLLER_KIND, ReplicaSetController } from './replicaset';
import { addWorkloadIndexes } from './workload-indexes';
import { StatefulSetController } from './statefulset';
import { JobController } from './job';
import { PersistentVolumeController } from './persistentvolume';
import { StorageProtectionController } from './storage-protection';
import { DisruptionController } from './disruption';

/** Deployment, ReplicaSet, ReplicationController, StatefulSet, Job and disruption controllers (kube-controller-manager's workload loops). */
export function installWorkloadControllers(cluster: ClusterAssembly): void {
  addWorkloadIndexes(cluster.api.store);
  const as = (controller: ControllerAccount) => componentContext(cluster.ctx, controllerUser(controller));
  cluster.addComponent(new DeploymentController(as('deployment-controller')));
  cluster.addComponent(new ReplicaSetController(as('replicaset-controller')));
  cluster.addComponent(new ReplicaSetController(as('replication-controller'), REPLICATION_CONTROLLER_KIND));
  cluster.addComponent(new StatefulSetController(as('statefulset-controller')));
  cluster.addComponent(new JobController(as('job-controller')));
  cluster.addComponent(new DisruptionController(as('disruption-controller')));
  // no other component binds claims yet; the binder lives here until storage gets its own install
  cluster.addComponent(new PersistentVolumeController(as('persistent-volume-binder')));
  cluster.addComponent(new StorageProtectionController(as('pvc-protection-controller'), as('pv-protection-controller')));
}
