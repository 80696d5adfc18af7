import { controllerUser, KUBE_CONTROLLER_MANAGER } from '../apiserver/auth/components';
import type { ControllerAccount } from '../apiserver/auth/controller-accounts';
import { componentContext } from '../component-context';
import type { Component } from '../component';
import type { ClusterAssembly } from '../context';
import { DeploymentController } from './deployment';
import { REPLICATION_CONTROLLER_KIND, ReplicaSetController } from './replicaset';
import { addWorkloadIndexes } from './workload-indexes';
import { StatefulSetController } from './statefulset';
import { JobController } from './job';
import { CronJobController } from './cronjob';
import { TtlAfterFinishedController } from './ttl-after-finished';
import { PersistentVolumeController } from './persistentvolume';
import { StorageProtectionController } from './storage-protection';
import { VolumeExpandController } from './volume-expand';
import { CsiResizer } from './csi-resizer';
import { DisruptionController } from './disruption';

/** Deployment, ReplicaSet, ReplicationController, StatefulSet, Job, CronJob, TTL-after-finished and disruption controllers (kube-controller-manager's workload loops). */
export function installWorkloadControllers(cluster: ClusterAssembly): void {
  addWorkloadIndexes(cluster.api.store);
  const as = (controller: ControllerAccount) => componentContext(cluster.ctx, controllerUser(controller));
  // kube-controller-manager's shared informers read on its own credentials
  const add = (c: Component) => cluster.addComponent(c, KUBE_CONTROLLER_MANAGER);
  add(new DeploymentController(as('deployment-controller')));
  add(new ReplicaSetController(as('replicaset-controller')));
  add(new ReplicaSetController(as('replication-controller'), REPLICATION_CONTROLLER_KIND));
  add(new StatefulSetController(as('statefulset-controller')));
  add(new JobController(as('job-controller')));
  add(new CronJobController(as('cronjob-controller')));
  add(new TtlAfterFinishedController(as('ttl-after-finished-controller')));
  add(new DisruptionController(as('disruption-controller')));
  // no other component binds claims yet; the binder lives here until storage gets its own install
  add(new PersistentVolumeController(as('persistent-volume-binder')));
  add(new StorageProtectionController(as('pvc-protection-controller'), as('pv-protection-controller')));
  add(new VolumeExpandController(as('expand-controller')));
  // the CSI driver's external-resizer sidecar; it writes what expand-controller's role may write
  add(new CsiResizer(as('expand-controller')));
}
