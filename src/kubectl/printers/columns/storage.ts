/** Table columns for persistent volumes, claims and storage classes. */
import type { KObject } from '../../../sim/types';
import type { TableDef } from '../table';
import { AGE, NAME, bool } from './util';

const MODE_ABBREV: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** GetAccessModesAsString: RWO,ROX,RWX,RWOP in that order, whatever order the spec lists. */
export function accessModes(modes: string[] | undefined): string {
  const m = modes ?? [];
  return MODE_ABBREV.filter(([full]) => m.includes(full))
    .map(([, a]) => a)
    .join(',');
}

/** The beta storage-class annotation wins over spec.storageClassName. */
export function pvClass(o: KObject): string {
  return o.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? o.spec?.storageClassName ?? '';
}

export const PV_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Capacity', cell: (o) => String(o.spec?.capacity?.storage ?? '0') },
    { name: 'Access Modes', cell: (o) => accessModes(o.spec?.accessModes) },
    { name: 'Reclaim Policy', cell: (o) => o.spec?.persistentVolumeReclaimPolicy ?? '' },
    { name: 'Status', cell: (o) => (o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? '')) },
    { name: 'Claim', cell: (o) => (o.spec?.claimRef ? `${o.spec.claimRef.namespace ?? ''}/${o.spec.claimRef.name ?? ''}` : '') },
    { name: 'StorageClass', cell: (o) => pvClass(o) },
    { name: 'VolumeAttributesClass', cell: (o) => o.spec?.volumeAttributesClassName ?? '<unset>' },
    { name: 'Reason', cell: (o) => o.status?.reason ?? '' },
    AGE,
    { name: 'VolumeMode', wide: true, cell: (o) => o.spec?.volumeMode ?? '<unset>' },
  ],
};

export const PVC_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Status', cell: (o) => (o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? '')) },
    { name: 'Volume', cell: (o) => o.spec?.volumeName ?? '' },
    { name: 'Capacity', cell: (o) => (o.spec?.volumeName ? String(o.status?.capacity?.storage ?? '0') : '') },
    { name: 'Access Modes', cell: (o) => (o.spec?.volumeName ? accessModes(o.status?.accessModes) : '') },
    { name: 'StorageClass', cell: (o) => pvClass(o) },
    { name: 'VolumeAttributesClass', cell: (o) => o.spec?.volumeAttributesClassName ?? '<unset>' },
    AGE,
    { name: 'VolumeMode', wide: true, cell: (o) => o.spec?.volumeMode ?? '<unset>' },
  ],
};

/** IsDefaultAnnotation: the GA or beta default-class annotation set to "true". */
export function isDefaultClass(o: KObject): boolean {
  const a = o.metadata.annotations ?? {};
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}

export const STORAGECLASS_TABLE: TableDef = {
  columns: [
    { name: 'Name', isName: true, cell: (o) => (o.metadata.name ?? '') + (isDefaultClass(o) ? ' (default)' : '') },
    { name: 'Provisioner', cell: (o) => o.provisioner ?? '' },
    { name: 'ReclaimPolicy', cell: (o) => o.reclaimPolicy ?? 'Delete' },
    { name: 'VolumeBindingMode', cell: (o) => o.volumeBindingMode ?? 'Immediate' },
    { name: 'AllowVolumeExpansion', cell: (o) => bool(o.allowVolumeExpansion) },
    AGE,
  ],
};

export const CSINODE_TABLE: TableDef = {
  columns: [NAME, { name: 'Drivers', cell: (o) => String(o.spec?.drivers?.length ?? 0) }, AGE],
};
