import { parseQuantity } from '../../quantity';
import type { KObject } from '../../types';
import type { AdmissionPlugin } from '../apiserver';
import { admissionForbidden } from './forbidden';

const requested = (pvc: KObject | undefined): number => {
  const v = pvc?.spec?.resources?.requests?.storage;
  return v === undefined ? 0 : parseQuantity(String(v));
};

/** `GetPersistentVolumeClaimClass`: the beta annotation wins over the field. */
const claimClass = (pvc: KObject): string => pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? '';

/** PersistentVolumeClaimResize: a claim grows only when bound and its StorageClass allows volume expansion. */
export const pvcResizePlugin: AdmissionPlugin = {
  name: 'PersistentVolumeClaimResize',
  phase: 'admit',
  resources: ['persistentvolumeclaims'],
  run(obj, ctx) {
    if (ctx.op !== 'UPDATE' || ctx.subresource || !ctx.old) return;
    if (requested(obj) <= requested(ctx.old)) return;
    if (ctx.old.status?.phase !== 'Bound') throw admissionForbidden(ctx.rt, obj, 'Only bound persistent volume claims can be expanded');
    const cls = claimClass(obj);
    const sc = cls && cls === claimClass(ctx.old) ? ctx.api.tryGet('storageclasses.storage.k8s.io', undefined, cls) : undefined;
    if (sc?.allowVolumeExpansion !== true) {
      throw admissionForbidden(ctx.rt, obj, 'only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize');
    }
  },
};
