import { computePodQOS } from '../../pod';
import type { AdmissionPlugin } from '../apiserver';
import { admissionForbidden } from './forbidden';
import { mutatePodAffinity, mutateTopologySpread } from '../strategy/pod-affinity';
import { applyAppArmorVersionSkew } from '../strategy/apparmor';
import type { Json } from '../../json';

/** DefaultTolerationSeconds: tolerate not-ready and unreachable nodes for 300 s. */
export const defaultTolerationSecondsPlugin: AdmissionPlugin = {
  name: 'DefaultTolerationSeconds',
  phase: 'default',
  resources: ['pods'],
  run(obj, ctx) {
    // on create and on update (a replace without them gets them back), not on subresources
    if ((ctx.op !== 'CREATE' && ctx.op !== 'UPDATE') || ctx.subresource || !obj.spec || typeof obj.spec !== 'object') return;
    const tolerations: Json[] = (obj.spec.tolerations ??= []);
    for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
      const tolerated = tolerations.some((t) => (!t?.key || t.key === key) && (!t?.effect || t.effect === 'NoExecute'));
      if (!tolerated) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
    }
  },
};

/** Priority: resolve `priorityClassName` into `priority` and `preemptionPolicy`. */
export const priorityPlugin: AdmissionPlugin = {
  name: 'Priority',
  phase: 'default',
  resources: ['pods'],
  run(obj, ctx) {
    if (!obj.spec || typeof obj.spec !== 'object') return;
    const spec: Json = obj.spec;
    if (ctx.op === 'UPDATE') {
      // the plugin set them on create: an update that drops them (a replace) keeps the old values
      const old: Json = ctx.old?.spec ?? {};
      if (old.priority !== undefined && (spec.priority === undefined || spec.priority === old.priority)) spec.priority = old.priority;
      if (old.preemptionPolicy !== undefined && spec.preemptionPolicy === undefined) spec.preemptionPolicy = old.preemptionPolicy;
      return;
    }
    if (ctx.op !== 'CREATE') return;
    const classes = ctx.api.list('priorityclasses.scheduling.k8s.io');
    let pc: Json | undefined;
    if (!spec.priorityClassName) {
      pc = defaultPriorityClass(classes);
      if (pc) spec.priorityClassName = pc.metadata.name;
    } else {
      pc = classes.find((c) => c.metadata.name === spec.priorityClassName);
      if (!pc) throw admissionForbidden(ctx.rt, obj, `no PriorityClass with name ${spec.priorityClassName} was found`);
    }
    const priority = pc?.value ?? 0;
    // a pod may repeat the computed values, never set others
    if (spec.priority !== undefined && spec.priority !== priority) {
      throw admissionForbidden(ctx.rt, obj, `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`);
    }
    spec.priority = priority;
    if (pc?.preemptionPolicy) {
      if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== pc.preemptionPolicy) {
        throw admissionForbidden(ctx.rt, obj, `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${pc.preemptionPolicy} from the given PriorityClass name`);
      }
      spec.preemptionPolicy = pc.preemptionPolicy;
    }
    spec.preemptionPolicy ??= 'PreemptLowerPriority';
  },
};

/** The globalDefault class; should a race have made two, the one with the lowest value (getDefaultPriorityClass). */
function defaultPriorityClass(classes: Json[]): Json | undefined {
  let best: Json | undefined;
  for (const c of classes) if (c.globalDefault === true && (!best || c.value < best.value)) best = c;
  return best;
}

/** Priority's validating half: only one PriorityClass may be the global default. */
export const priorityClassPlugin: AdmissionPlugin = {
  name: 'Priority',
  phase: 'admit',
  resources: ['priorityclasses.scheduling.k8s.io'],
  run(obj, ctx) {
    if ((ctx.op !== 'CREATE' && ctx.op !== 'UPDATE') || ctx.subresource || obj.globalDefault !== true) return;
    const current = defaultPriorityClass(ctx.api.list('priorityclasses.scheduling.k8s.io'));
    if (current && (ctx.op === 'CREATE' || current.metadata.name !== obj.metadata?.name)) {
      throw admissionForbidden(ctx.rt, obj, `PriorityClass ${current.metadata.name} is already marked as default. Only one default can exist`);
    }
  },
};

/** The status a fresh object starts with (registry strategies' PrepareForCreate). */
const INITIAL_STATUS: Record<string, (obj: Json) => Json> = {
  pods: (o) => ({ phase: 'Pending', qosClass: computePodQOS(o.spec) }),
  services: () => ({ loadBalancer: {} }),
  'ingresses.networking.k8s.io': () => ({ loadBalancer: {} }),
  'deployments.apps': () => ({}),
  'replicasets.apps': () => ({ replicas: 0 }),
  'statefulsets.apps': () => ({ replicas: 0, availableReplicas: 0 }),
  'daemonsets.apps': () => ({ currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }),
  'jobs.batch': () => ({}),
  'cronjobs.batch': () => ({}),
};

/** What registry strategies' PrepareForCreate changes in the spec of a new object (with the warnings it adds). */
const PREPARE_SPEC: Record<string, (obj: Json, warn: (message: string) => void) => void> = {
  pods: (pod, warn) => {
    mutatePodAffinity(pod);
    mutateTopologySpread(pod);
    applyAppArmorVersionSkew(pod, warn);
  },
};

/** Registry strategies: status is server-owned, so a create starts from the initial status (and some specs are completed). */
export const initialStatusPlugin: AdmissionPlugin = {
  name: 'PrepareForCreate',
  phase: 'default',
  run(obj, ctx) {
    if (ctx.op !== 'CREATE') return;
    const key = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    const init = INITIAL_STATUS[key];
    if (init) obj.status = init(obj);
    PREPARE_SPEC[key]?.(obj, (m) => ctx.warn(m));
  },
};

/** DefaultStorageClass: claims without a class get the default StorageClass, if there is one. */
export const defaultStorageClassPlugin: AdmissionPlugin = {
  name: 'DefaultStorageClass',
  phase: 'default',
  resources: ['persistentvolumeclaims'],
  run(obj, ctx) {
    if (ctx.op !== 'CREATE' || !obj.spec || obj.spec.storageClassName !== undefined) return;
    if (obj.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] !== undefined) return;
    const isDefault = (sc: Json) =>
      sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true' ||
      sc.metadata.annotations?.['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
    const defaults = ctx.api.list('storageclasses.storage.k8s.io').filter(isDefault);
    // the newest default wins when several are marked
    defaults.sort((a, b) => String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)) || a.metadata.name!.localeCompare(b.metadata.name!));
    if (defaults[0]) obj.spec.storageClassName = defaults[0].metadata.name;
  },
};
