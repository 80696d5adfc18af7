import type { KObject } from '../../types';
import type { AdmissionPlugin } from '../apiserver';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultReplicationController, defaultStatefulSet } from './apps';
import { defaultHorizontalPodAutoscaler } from './autoscaling';
import { defaultCronJob, defaultJob } from './batch';
import { defaultEndpoints, defaultLimitRange, defaultNamespace, defaultPV, defaultPVC, defaultSecret } from './core';
import { defaultIngress, defaultNetworkPolicy } from './networking';
import { defaultPod, defaultTemplate } from './pod';
import { defaultBinding } from './rbac';
import { defaultService } from './service';
import { defaultStorageClass } from './storage';
import { normalizeDataSources } from './pvc-data-sources';

/** Defaulting functions by resource key, as data. */
const DEFAULTERS: Record<string, (obj: any) => void> = {
  pods: defaultPod,
  podtemplates: (o: KObject) => defaultTemplate(o.template),
  services: defaultService,
  secrets: defaultSecret,
  persistentvolumeclaims: defaultPVC,
  persistentvolumes: defaultPV,
  namespaces: defaultNamespace,
  endpoints: defaultEndpoints,
  limitranges: defaultLimitRange,
  replicationcontrollers: defaultReplicationController,
  'deployments.apps': defaultDeployment,
  'replicasets.apps': defaultReplicaSet,
  'statefulsets.apps': defaultStatefulSet,
  'daemonsets.apps': defaultDaemonSet,
  'horizontalpodautoscalers.autoscaling': defaultHorizontalPodAutoscaler,
  'jobs.batch': defaultJob,
  'cronjobs.batch': defaultCronJob,
  'networkpolicies.networking.k8s.io': defaultNetworkPolicy,
  'ingresses.networking.k8s.io': defaultIngress,
  'rolebindings.rbac.authorization.k8s.io': defaultBinding,
  'clusterrolebindings.rbac.authorization.k8s.io': defaultBinding,
  'storageclasses.storage.k8s.io': defaultStorageClass,
};

/** What a strategy's PrepareForCreate adds on create only, by resource key. */
const ON_CREATE: Record<string, (obj: any) => void> = {
  persistentvolumeclaims: normalizeDataSources,
};

/** Admission phase `default`: the API's defaulting functions (run when the server decodes a request). */
export const defaultingPlugin: AdmissionPlugin = {
  name: 'Defaulting',
  phase: 'default',
  run(obj, ctx) {
    if (ctx.subresource === 'status') return;
    const key = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    DEFAULTERS[key]?.(obj);
    if (ctx.op === 'CREATE') ON_CREATE[key]?.(obj);
  },
};
