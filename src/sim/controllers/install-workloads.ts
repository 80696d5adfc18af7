import type { ClusterAssembly } from '../context';
import { DeploymentController } from './deployment';
import { REPLICATION_CONTROLLER_KIND, ReplicaSetController } from './replicaset';
import { addWorkloadIndexes } from './replicaset-indexes';
import { StatefulSetController } from './statefulset';
import { JobController } from './job';
import { PersistentVolumeController } from './persistentvolume';
import { StorageProtectionController } from './storage-protection';

/** Deployment, ReplicaSet, ReplicationController, StatefulSet and Job controllers (kube-controller-manager's workload loops). */
export function installWorkloadControllers(cluster: ClusterAssembly): void {
  addWorkloadIndexes(cluster.api.store);
  cluster.addComponent(new DeploymentController(cluster.ctx));
  cluster.addComponent(new ReplicaSetController(cluster.ctx));
  cluster.addComponent(new ReplicaSetController(cluster.ctx, REPLICATION_CONTROLLER_KIND));
  cluster.addComponent(new StatefulSetController(cluster.ctx));
  cluster.addComponent(new JobController(cluster.ctx));
  // no other component binds claims yet; the binder lives here until storage gets its own install
  cluster.addComponent(new PersistentVolumeController(cluster.ctx));
  cluster.addComponent(new StorageProtectionController(cluster.ctx));
}
