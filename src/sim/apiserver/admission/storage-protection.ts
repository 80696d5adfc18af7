import type { AdmissionPlugin } from '../apiserver';

export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';

/** StorageObjectInUseProtection: every new claim and volume carries its protection finalizer. */
export const storageProtectionPlugin: AdmissionPlugin = {
  name: 'StorageObjectInUseProtection',
  phase: 'default',
  resources: ['persistentvolumeclaims', 'persistentvolumes'],
  run(obj, ctx) {
    if (ctx.op !== 'CREATE' || !obj.metadata || typeof obj.metadata !== 'object') return;
    const finalizer = ctx.rt.plural === 'persistentvolumes' ? PV_PROTECTION_FINALIZER : PVC_PROTECTION_FINALIZER;
    const list: unknown = obj.metadata.finalizers;
    const current = Array.isArray(list) ? list : [];
    if (!current.includes(finalizer)) obj.metadata.finalizers = [...current, finalizer];
  },
};
