import type { ApiServer } from '../apiserver/apiserver';
import type { KObject } from '../types';

/**
 * VolumeBinding PreFilter: a missing claim, or an unbound claim whose class binds immediately,
 * rejects the pod before any node is looked at.
 */
export function volumePreFilter(api: ApiServer, pod: KObject): string | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  let unboundImmediate = false;
  for (const v of pod.spec?.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    const pvc = api.tryGet('persistentvolumeclaims', ns, claim);
    if (!pvc) return `persistentvolumeclaim "${claim}" not found`;
    if (pvc.metadata.deletionTimestamp) return `persistentvolumeclaim "${claim}" is being deleted`;
    if (pvc.status?.phase === 'Bound' || pvc.spec?.volumeName) continue;
    const className = pvc.spec?.storageClassName;
    const sc = className ? api.tryGet('storageclasses', undefined, className) : undefined;
    if (sc?.volumeBindingMode !== 'WaitForFirstConsumer') unboundImmediate = true;
  }
  return unboundImmediate ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}
