import { KUBE_CONTROLLER_MANAGER } from '../apiserver/auth/components';
import { componentContext } from '../component-context';
import type { ClusterAssembly } from '../context';
import { GarbageCollector } from './garbage-collector';
import { NamespaceController } from './namespace';
import { NamespaceQuotaController } from './namespace-quota';
import { PodGarbageCollector } from './pod-gc';
import { ServiceAccountController } from './serviceaccount';
import { TokenSecretsController } from './token-secrets';
import { SYSTEM_PRIORITY_CLASSES } from '../apiserver/validation/scheduling';

/** The namespaces every cluster starts with (the apiserver's system namespaces controller creates them). */
const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** Namespaces, namespace deletion, garbage collection (owners, orphaned pods), service accounts, the pod quota. */
export function installCoreControllers(cluster: ClusterAssembly): void {
  const ctx = componentContext(cluster.ctx, KUBE_CONTROLLER_MANAGER);
  const serviceAccounts = new ServiceAccountController(ctx);
  const quotas = new NamespaceQuotaController(ctx);
  cluster.addComponent(new GarbageCollector(ctx));
  cluster.addComponent(new PodGarbageCollector(ctx));
  cluster.addComponent(new NamespaceController(ctx));
  cluster.addComponent(serviceAccounts);
  cluster.addComponent(new TokenSecretsController(ctx));
  cluster.addComponent(quotas);
  for (const name of SYSTEM_NAMESPACES) {
    if (!cluster.api.tryGet('namespaces', undefined, name)) cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
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
}
