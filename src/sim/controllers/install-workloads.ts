import { KUBE_CONTROLLER_MANAGER } from '../apiserver/auth/components';
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
  const ctx = componentContext(cluster.ctx, KUBE_CONTROLLER_MANAGER);
  cluster.addComponent(new DeploymentController(ctx));
  cluster.addComponent(new ReplicaSetController(ctx));
  cluster.addComponent(new ReplicaSetController(ctx, REPLICATION_CONTROLLER_KIND));
  cluster.addComponent(new StatefulSetController(ctx));
  cluster.addComponent(new JobController(ctx));
  cluster.addComponent(new DisruptionController(ctx));
  // no other component binds claims yet; the binder lives here until storage gets its own install
  cluster.addComponent(new PersistentVolumeController(ctx));
  cluster.addComponent(new StorageProtectionController(ctx));
}
