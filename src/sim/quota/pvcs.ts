/** The PersistentVolumeClaim evaluator (core/persistent_volume_claims.go): claims and requested storage, also per storage class. */
import type { Json } from '../json';
import { cmp, count, roundUp, toQuantity, type Quantity } from '../quantity-math';
import type { ResourceList } from './resource-list';
import { objectCountName, type Evaluator } from './evaluator';
import { matchesScopeValues } from './scopes';

const PVC_RESOURCES = ['persistentvolumeclaims', 'requests.storage'];
const STORAGE_CLASS_SUFFIX = '.storageclass.storage.k8s.io/';

/** GetPersistentVolumeClaimClass: spec.storageClassName, else the beta annotation. */
const claimClass = (pvc: Json): string => pvc?.spec?.storageClassName ?? pvc?.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';

/** getStorageUsage: the request, or the allocated size when larger, in whole bytes. */
function storageUsage(pvc: Json): Quantity | undefined {
  const req = toQuantity(pvc?.spec?.resources?.requests?.storage);
  if (!req) return undefined;
  const allocated = toQuantity(pvc?.status?.allocatedResources?.storage);
  return roundUp(allocated && cmp(allocated, req) > 0 ? allocated : req);
}

/** The VolumeAttributesClass names a claim refers to (spec, status, and a modification in progress). */
function attributesClasses(pvc: Json): string[] {
  const names = [pvc?.spec?.volumeAttributesClassName, pvc?.status?.currentVolumeAttributesClassName, pvc?.status?.modifyVolumeStatus?.targetVolumeAttributesClassName];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))];
}

export const pvcEvaluator: Evaluator = {
  resource: 'persistentvolumeclaims',
  matchingResources: (input) => input.filter((n) => n === objectCountName('persistentvolumeclaims') || PVC_RESOURCES.includes(n) || PVC_RESOURCES.some((r) => n.endsWith(STORAGE_CLASS_SUFFIX + r))),
  handles: (op, sub) => !sub && (op === 'CREATE' || op === 'UPDATE'),
  constraints: () => undefined,
  matchesScope(scope, pvc) {
    if (scope.scopeName !== 'VolumeAttributesClass') return false;
    const names = attributesClasses(pvc);
    if (scope.operator === 'Exists') return names.length > 0;
    return names.length === 0 ? matchesScopeValues(scope, '') : names.some((n) => matchesScopeValues(scope, n));
  },
  usage(pvc) {
    const cls = claimClass(pvc);
    const out: ResourceList = new Map([
      ['persistentvolumeclaims', count(1)],
      [objectCountName('persistentvolumeclaims'), count(1)],
    ]);
    if (cls) out.set(`${cls}${STORAGE_CLASS_SUFFIX}persistentvolumeclaims`, count(1));
    const storage = storageUsage(pvc);
    if (storage) {
      out.set('requests.storage', storage);
      if (cls) out.set(`${cls}${STORAGE_CLASS_SUFFIX}requests.storage`, storage);
    }
    return out;
  },
};
