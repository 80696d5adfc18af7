import type { KObject } from '../../types';

/** storage/v1 `SetDefaults_StorageClass`: provisioned volumes are deleted with their claim and bound at once unless told otherwise. */
export function defaultStorageClass(sc: KObject): void {
  sc.reclaimPolicy ??= 'Delete';
  sc.volumeBindingMode ??= 'Immediate';
}
