import type { ClusterAssembly } from '../../context';
import type { ClusterConfig } from '../../config';
import type { Rng } from '../../random';
import type { ApiServer } from '../apiserver';
import { defaultingPlugin } from '../defaults';
import { validationPlugin } from '../validation';
import { pvWarningsPlugin } from '../strategy/pv-warnings';
import { templateWarningsPlugin } from '../strategy/template-warnings';
import { limitRangerPlugin } from './limit-ranger';
import { namespaceLifecyclePlugin } from './namespace-lifecycle';
import { podSecurityPlugin } from './pod-security/plugin';
import { defaultStorageClassPlugin, defaultTolerationSecondsPlugin, initialStatusPlugin, priorityClassPlugin, priorityPlugin } from './pod-defaults';
import { pvcResizePlugin } from './pvc-resize';
import { requestSizePlugin } from './request-size';
import { objectCountPlugin, resourceQuotaPlugin } from './resource-quota';
import { serviceAccountPlugin } from './service-account';
import { storageProtectionPlugin } from './storage-protection';
import { strictDecodingPlugin } from './strict-decoding';

/**
 * Registers the API server's request pipeline in the order a v1.34 kube-apiserver runs it:
 * body limit and strict decoding, defaulting, the mutating admission plugins (NamespaceLifecycle
 * first, so a missing namespace is reported before anything else), field validation, then the
 * validating admission plugins (ResourceQuota).
 */
export function installApiServerPlugins(cluster: ClusterAssembly): void {
  installPlugins(cluster.api, cluster.rng.fork('admission'), cluster.config);
}

/** The same pipeline on a bare API server (tests that need no controllers). */
export function installPlugins(api: ApiServer, rng: Rng, config: ClusterConfig): void {
  api.use(requestSizePlugin);
  api.use(strictDecodingPlugin);
  api.use(defaultingPlugin);
  api.use(initialStatusPlugin);
  api.use(namespaceLifecyclePlugin);
  api.use(limitRangerPlugin);
  api.use(serviceAccountPlugin(rng));
  api.use(priorityPlugin);
  api.use(defaultTolerationSecondsPlugin);
  api.use(defaultStorageClassPlugin);
  api.use(storageProtectionPlugin);
  api.use(validationPlugin);
  api.use(templateWarningsPlugin);
  api.use(pvWarningsPlugin);
  api.use(podSecurityPlugin);
  api.use(priorityClassPlugin);
  api.use(pvcResizePlugin);
  api.use(resourceQuotaPlugin(config, api));
  api.use(objectCountPlugin(config));
}
