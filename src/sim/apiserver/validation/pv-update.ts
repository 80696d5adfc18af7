/** `ValidatePersistentVolumeUpdate` (v1.34): after the create rules, the volume source and volumeMode may not change. */
import type { KObject } from '../../types';
import { forbidden, invalidValue, type Causes } from './field';
import { compareValues } from './go-cmp-diff';
import { goCmpDiff } from './go-cmp-report';
import { stringMap } from './go-core-common';
import { hostPathVolumeSource, nfsVolumeSource, opaque } from './go-core-volumes';
import { bool, fromJson, ptr, str, struct, type GoStruct } from './go-types';
import { emptyAsNil } from './pod-update';

const secretReference = ptr(struct('core.SecretReference', [['Name', str], ['Namespace', str]]));

/** Internal `core.PersistentVolumeSource`, v1.34 field order; sources the playground never mounts have no fields. */
const pvSource = struct('core.PersistentVolumeSource', [
  ['GCEPersistentDisk', ptr(opaque('GCEPersistentDiskVolumeSource')), 'gcePersistentDisk'],
  ['AWSElasticBlockStore', ptr(opaque('AWSElasticBlockStoreVolumeSource')), 'awsElasticBlockStore'],
  ['HostPath', ptr(hostPathVolumeSource)],
  ['Glusterfs', ptr(opaque('GlusterfsPersistentVolumeSource'))],
  ['NFS', ptr(nfsVolumeSource), 'nfs'],
  ['RBD', ptr(opaque('RBDPersistentVolumeSource')), 'rbd'],
  ['Quobyte', ptr(opaque('QuobyteVolumeSource'))],
  ['ISCSI', ptr(opaque('ISCSIPersistentVolumeSource')), 'iscsi'],
  ['FlexVolume', ptr(opaque('FlexPersistentVolumeSource'))],
  ['Cinder', ptr(opaque('CinderPersistentVolumeSource'))],
  ['CephFS', ptr(opaque('CephFSPersistentVolumeSource')), 'cephfs'],
  ['FC', ptr(opaque('FCVolumeSource')), 'fc'],
  ['Flocker', ptr(opaque('FlockerVolumeSource'))],
  ['AzureFile', ptr(opaque('AzureFilePersistentVolumeSource'))],
  ['VsphereVolume', ptr(opaque('VsphereVirtualDiskVolumeSource'))],
  ['AzureDisk', ptr(opaque('AzureDiskVolumeSource'))],
  ['PhotonPersistentDisk', ptr(opaque('PhotonPersistentDiskVolumeSource'))],
  ['PortworxVolume', ptr(opaque('PortworxVolumeSource'))],
  ['ScaleIO', ptr(opaque('ScaleIOPersistentVolumeSource'))],
  ['Local', ptr(struct('core.LocalVolumeSource', [['Path', str], ['FSType', ptr(str), 'fsType']]))],
  ['StorageOS', ptr(opaque('StorageOSPersistentVolumeSource'))],
  [
    'CSI',
    ptr(
      struct('core.CSIPersistentVolumeSource', [
        ['Driver', str],
        ['VolumeHandle', str],
        ['ReadOnly', bool],
        ['FSType', str, 'fsType'],
        ['VolumeAttributes', stringMap],
        ['ControllerPublishSecretRef', secretReference],
        ['NodeStageSecretRef', secretReference],
        ['NodePublishSecretRef', secretReference],
        ['ControllerExpandSecretRef', secretReference],
        ['NodeExpandSecretRef', secretReference],
      ]),
    ),
    'csi',
  ],
]);

export function validatePVUpdate(obj: KObject, old: KObject): Causes {
  const out: Causes = [];
  const oldGo = emptyAsNil(pvSource, fromJson(pvSource, old.spec)) as GoStruct;
  const newGo = emptyAsNil(pvSource, fromJson(pvSource, obj.spec)) as GoStruct;
  // a CSI volume created without a controller-expand secret may be given one
  const oldCsi = oldGo.CSI as GoStruct | null;
  const newCsi = newGo.CSI as GoStruct | null;
  if (oldCsi && newCsi && oldCsi.ControllerExpandSecretRef === null && newCsi.ControllerExpandSecretRef !== null) newGo.CSI = { ...newCsi, ControllerExpandSecretRef: null };
  if (compareValues(pvSource, oldGo, newGo).numDiff !== 0) {
    out.push(forbidden('spec.persistentvolumesource', `spec.persistentvolumesource is immutable after creation\n${goCmpDiff(pvSource, oldGo, newGo)}`));
  }
  // ValidateImmutableField on the pointers, at the path "volumeMode"
  const mode = obj.spec?.volumeMode ?? null;
  if (mode !== (old.spec?.volumeMode ?? null)) out.push(invalidValue('volumeMode', mode, 'field is immutable'));
  if (old.spec?.volumeAttributesClassName != null && obj.spec?.volumeAttributesClassName == null) {
    out.push(forbidden('spec.volumeAttributesClassName', 'update from non-nil value to nil is forbidden'));
  }
  return out;
}
