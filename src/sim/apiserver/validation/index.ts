import type { KObject } from '../../types';
import { type AdmissionContext, type AdmissionPlugin } from '../apiserver';
import { invalid } from '../errors';
import { validateDaemonSet, validateDeployment, validateReplicaSet, validateSelectorImmutable, validateStatefulSet, validateStatefulSetUpdate } from './apps';
import { validateConfigMap, validateConfigMapUpdate, validateSecret, validateSecretUpdate } from './config';
import { validateCronJob, validateJob } from './batch';
import { validateEndpoints } from './endpoints';
import { validateLimitRange } from './limit-range';
import type { Causes } from './field';
import { validateObjectMeta } from './meta';
import { validateNetworkPolicy, validateIngress } from './networking';
import { validateContainersOnlyForPod, validatePodSpec } from './pod';
import { validatePodUpdate } from './pod-update';
import { validateServiceSpec, validateServiceUpdate } from './service';
import { validatePV, validatePVC } from './storage';
import { validatePVCUpdate } from './pvc-update';
import { validatePVUpdate } from './pv-update';
import { validateStorageClass, validateStorageClassUpdate } from './storage-class';
import { validatePriorityClass, validatePriorityClassUpdate } from './scheduling';
import { validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding, validateRoleRefUpdate } from './rbac';
import { validateTemplateForController } from './apps';

/**
 * Field validation per kind, as data: create rules and extra update rules. `updateFirst`: the
 * kind's Validate*Update checks what may not change before it re-runs the create rules (metadata
 * included); the others run the create rules first.
 */
const RULES: Record<string, { create?: (o: KObject) => Causes; update?: (o: KObject, old: KObject) => Causes; updateFirst?: boolean }> = {
  Pod: { create: (o) => [...validatePodSpec(o.spec, 'spec'), ...validateContainersOnlyForPod(o.spec, 'spec')], update: validatePodUpdate },
  Service: { create: validateServiceSpec, update: validateServiceUpdate },
  'apps/Deployment': { create: validateDeployment, update: validateSelectorImmutable },
  'apps/ReplicaSet': { create: validateReplicaSet, update: validateSelectorImmutable },
  'apps/StatefulSet': { create: validateStatefulSet, update: (o, old) => [...validateSelectorImmutable(o, old), ...validateStatefulSetUpdate(o, old)] },
  'apps/DaemonSet': { create: validateDaemonSet, update: validateSelectorImmutable },
  ReplicationController: { create: (o) => validateTemplateForController({ ...o.spec, selector: o.spec?.selector ? { matchLabels: o.spec.selector } : undefined }) },
  'batch/Job': { create: validateJob },
  'batch/CronJob': { create: validateCronJob },
  ConfigMap: { create: validateConfigMap, update: validateConfigMapUpdate, updateFirst: true },
  Secret: { create: validateSecret, update: validateSecretUpdate, updateFirst: true },
  Endpoints: { create: validateEndpoints },
  LimitRange: { create: validateLimitRange },
  PersistentVolumeClaim: { create: validatePVC, update: validatePVCUpdate },
  PersistentVolume: { create: validatePV, update: validatePVUpdate },
  'storage.k8s.io/StorageClass': { create: validateStorageClass, update: validateStorageClassUpdate },
  'networking.k8s.io/Ingress': { create: validateIngress },
  'networking.k8s.io/NetworkPolicy': { create: validateNetworkPolicy },
  'rbac.authorization.k8s.io/Role': { create: validateRole },
  'rbac.authorization.k8s.io/ClusterRole': { create: validateClusterRole },
  'rbac.authorization.k8s.io/RoleBinding': { create: validateRoleBinding, update: validateRoleRefUpdate },
  'rbac.authorization.k8s.io/ClusterRoleBinding': { create: validateClusterRoleBinding, update: validateRoleRefUpdate },
  'scheduling.k8s.io/PriorityClass': { create: validatePriorityClass, update: validatePriorityClassUpdate },
};

/** All field errors of an object: metadata and the kind's create rules, and on update its update rules, in the kind's order. */
function validateObject(obj: KObject, ctx: Pick<AdmissionContext, 'op' | 'rt' | 'old'>): Causes {
  const key = ctx.rt.group ? `${ctx.rt.group}/${ctx.rt.kind}` : ctx.rt.kind;
  const rules = RULES[key];
  const updates = ctx.op === 'UPDATE' && ctx.old && rules?.update ? rules.update(obj, ctx.old) : [];
  const creates = [...validateObjectMeta(obj, ctx.rt), ...(rules?.create?.(obj) ?? [])];
  return rules?.updateFirst ? [...updates, ...creates] : [...creates, ...updates];
}

/** Admission phase `validate`: throws 422 Invalid with one cause per field error. */
export const validationPlugin: AdmissionPlugin = {
  name: 'FieldValidation',
  phase: 'validate',
  run(obj, ctx) {
    if (ctx.subresource === 'status') return;
    // Events and leases are written by the system only; their rules are not modelled
    if (ctx.rt.kind === 'Event' || ctx.rt.kind === 'Lease') return;
    const causes = validateObject(obj, ctx);
    if (causes.length) throw invalid(ctx.rt, obj.metadata?.name ?? '', causes);
  },
};

