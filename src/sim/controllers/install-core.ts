import { controllerUser, KUBE_APISERVER, KUBE_CONTROLLER_MANAGER } from '../apiserver/auth/components';
import { CONTROLLER_ACCOUNTS, CONTROLLER_ACCOUNTS_NAMESPACE, type ControllerAccount } from '../apiserver/auth/controller-accounts';
import { componentContext } from '../component-context';
import type { Component } from '../component';
import type { ClusterAssembly } from '../context';
import { GarbageCollector } from './garbage-collector';
import { NamespaceController } from './namespace';
import { NamespaceQuotaController } from './namespace-quota';
import { PodGarbageCollector } from './pod-gc';
import { ResourceQuotaController } from './resourcequota';
import { ServiceAccountController } from './serviceaccount';
import { TokenSecretsController } from './token-secrets';
import { SYSTEM_PRIORITY_CLASSES } from '../apiserver/validation/scheduling';
import { localAPIServices, localAvailable } from '../apiserver/apiservices';
import { bootstrapFlowSchemas, bootstrapPriorityLevels } from '../apiserver/flowcontrol-bootstrap';

/** The namespaces every cluster starts with (the apiserver's system namespaces controller creates them). */
const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** The API server's system namespaces (before the RBAC bootstrap, whose Roles live in two of them). */
export function installSystemNamespaces(cluster: ClusterAssembly): void {
  for (const name of SYSTEM_NAMESPACES) {
    if (!cluster.api.tryGet('namespaces', undefined, name)) cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
}

/** kube-controller-manager's client builder: each controller's ServiceAccount, created (if missing) with the manager's own credentials before the controller starts. */
function createControllerAccounts(cluster: ClusterAssembly): void {
  const api = componentContext(cluster.ctx, KUBE_CONTROLLER_MANAGER).api;
  for (const name of CONTROLLER_ACCOUNTS) {
    if (!api.tryGet('serviceaccounts', CONTROLLER_ACCOUNTS_NAMESPACE, name)) api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: CONTROLLER_ACCOUNTS_NAMESPACE } });
  }
}

/** Namespace deletion, garbage collection (owners, orphaned pods), service accounts, the pod quota and the namespaces' own quotas. */
export function installCoreControllers(cluster: ClusterAssembly): void {
  createControllerAccounts(cluster);
  const as = (controller: ControllerAccount) => componentContext(cluster.ctx, controllerUser(controller));
  const serviceAccounts = new ServiceAccountController(as('service-account-controller'), as('root-ca-cert-publisher'));
  // the playground's pod limit is the cluster operator's policy: the API server's loopback client creates it
  const quotas = new NamespaceQuotaController(as('resourcequota-controller'), componentContext(cluster.ctx, KUBE_APISERVER));
  // kube-controller-manager's shared informers read on its own credentials
  const add = (c: Component) => cluster.addComponent(c, KUBE_CONTROLLER_MANAGER);
  add(new GarbageCollector(as('generic-garbage-collector')));
  add(new PodGarbageCollector(as('pod-garbage-collector')));
  add(new NamespaceController(as('namespace-controller')));
  add(serviceAccounts);
  // the tokens controller runs on kube-controller-manager's own credentials
  add(new TokenSecretsController(componentContext(cluster.ctx, KUBE_CONTROLLER_MANAGER)));
  add(quotas);
  add(new ResourceQuotaController(as('resourcequota-controller')));
  for (const name of SYSTEM_NAMESPACES) {
    // other installers create kube-system pods right away: their service accounts must exist
    serviceAccounts.ensure(name);
    quotas.ensure(name);
  }
  // the API server's bootstrap creates the built-in priority classes at startup
  for (const pc of SYSTEM_PRIORITY_CLASSES) {
    cluster.api.create({
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: pc.name },
      value: pc.value,
      description: pc.description,
      preemptionPolicy: 'PreemptLowerPriority',
    });
  }
  // the API server's APF bootstrap: priority levels, then the flow schemas its config controller finds them for
  for (const o of [...bootstrapPriorityLevels(), ...bootstrapFlowSchemas(cluster.ctx.clock.isoNow())]) cluster.api.createGenerated(o);
  // the aggregator registers every group version the server serves itself, available at once
  for (const svc of localAPIServices()) cluster.api.createGenerated({ ...svc, status: localAvailable(cluster.ctx.clock.isoNow()) });
}
