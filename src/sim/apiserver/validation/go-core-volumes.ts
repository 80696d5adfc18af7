/** Internal `core.Volume` and its sources (v1.34 field order); sources the playground never mounts have no fields. */
import { core, keyToPath, labelSelectorPtr, localObjectReference, objectFieldSelector, resourceFieldSelector, stringMap } from './go-core-common';
import { quantity } from './go-quantity';
import { bool, int32, int64, ptr, slice, str, struct } from './go-types';

const downwardAPIVolumeFile = struct('core.DownwardAPIVolumeFile', [
  ['Path', str],
  ['FieldRef', ptr(objectFieldSelector)],
  ['ResourceFieldRef', ptr(resourceFieldSelector)],
  ['Mode', ptr(int32)],
]);
const projection = (name: string) =>
  struct(`core.${name}`, [['LocalObjectReference', localObjectReference, 'inline'], ['Items', slice(keyToPath)], ['Optional', ptr(bool)]]);
const volumeProjection = struct('core.VolumeProjection', [
  ['Secret', ptr(projection('SecretProjection'))],
  ['DownwardAPI', ptr(struct('core.DownwardAPIProjection', [['Items', slice(downwardAPIVolumeFile)]]))],
  ['ConfigMap', ptr(projection('ConfigMapProjection'))],
  ['ServiceAccountToken', ptr(struct('core.ServiceAccountTokenProjection', [['Audience', str], ['ExpirationSeconds', int64], ['Path', str]]))],
  [
    'ClusterTrustBundle',
    ptr(
      struct('core.ClusterTrustBundleProjection', [
        ['Name', ptr(str)],
        ['SignerName', ptr(str)],
        ['LabelSelector', labelSelectorPtr],
        ['Optional', ptr(bool)],
        ['Path', str],
      ]),
    ),
  ],
  [
    'PodCertificate',
    ptr(
      struct('core.PodCertificateProjection', [
        ['SignerName', str],
        ['KeyType', str],
        ['MaxExpirationSeconds', ptr(int32)],
        ['CredentialBundlePath', str],
        ['KeyPath', str],
        ['CertificateChainPath', str],
      ]),
    ),
  ],
]);
/** A source whose fields the playground never compares: only its type name and nil-ness show in a diff. */
export const opaque = (name: string) => struct(`core.${name}`, []);
/** Shared by pod volumes and PersistentVolumes. */
export const hostPathVolumeSource = struct('core.HostPathVolumeSource', [['Path', str], ['Type', ptr(core('HostPathType'))]]);
export const nfsVolumeSource = struct('core.NFSVolumeSource', [['Server', str], ['Path', str], ['ReadOnly', bool]]);
const volumeSource = struct('core.VolumeSource', [
  ['HostPath', ptr(hostPathVolumeSource)],
  ['EmptyDir', ptr(struct('core.EmptyDirVolumeSource', [['Medium', core('StorageMedium')], ['SizeLimit', ptr(quantity)]]))],
  ['GCEPersistentDisk', ptr(opaque('GCEPersistentDiskVolumeSource')), 'gcePersistentDisk'],
  ['AWSElasticBlockStore', ptr(opaque('AWSElasticBlockStoreVolumeSource')), 'awsElasticBlockStore'],
  ['GitRepo', ptr(struct('core.GitRepoVolumeSource', [['Repository', str], ['Revision', str], ['Directory', str]]))],
  ['Secret', ptr(struct('core.SecretVolumeSource', [['SecretName', str], ['Items', slice(keyToPath)], ['DefaultMode', ptr(int32)], ['Optional', ptr(bool)]]))],
  ['NFS', ptr(nfsVolumeSource), 'nfs'],
  ['ISCSI', ptr(opaque('ISCSIVolumeSource')), 'iscsi'],
  ['Glusterfs', ptr(opaque('GlusterfsVolumeSource'))],
  ['PersistentVolumeClaim', ptr(struct('core.PersistentVolumeClaimVolumeSource', [['ClaimName', str], ['ReadOnly', bool]]))],
  ['RBD', ptr(opaque('RBDVolumeSource')), 'rbd'],
  ['Quobyte', ptr(opaque('QuobyteVolumeSource'))],
  ['FlexVolume', ptr(opaque('FlexVolumeSource'))],
  ['Cinder', ptr(opaque('CinderVolumeSource'))],
  ['CephFS', ptr(opaque('CephFSVolumeSource')), 'cephfs'],
  ['Flocker', ptr(opaque('FlockerVolumeSource'))],
  ['DownwardAPI', ptr(struct('core.DownwardAPIVolumeSource', [['Items', slice(downwardAPIVolumeFile)], ['DefaultMode', ptr(int32)]]))],
  ['FC', ptr(opaque('FCVolumeSource')), 'fc'],
  ['AzureFile', ptr(opaque('AzureFileVolumeSource'))],
  [
    'ConfigMap',
    ptr(
      struct('core.ConfigMapVolumeSource', [
        ['LocalObjectReference', localObjectReference, 'inline'],
        ['Items', slice(keyToPath)],
        ['DefaultMode', ptr(int32)],
        ['Optional', ptr(bool)],
      ]),
    ),
  ],
  ['VsphereVolume', ptr(opaque('VsphereVirtualDiskVolumeSource'))],
  ['AzureDisk', ptr(opaque('AzureDiskVolumeSource'))],
  ['PhotonPersistentDisk', ptr(opaque('PhotonPersistentDiskVolumeSource'))],
  ['Projected', ptr(struct('core.ProjectedVolumeSource', [['Sources', slice(volumeProjection)], ['DefaultMode', ptr(int32)]]))],
  ['PortworxVolume', ptr(opaque('PortworxVolumeSource'))],
  ['ScaleIO', ptr(opaque('ScaleIOVolumeSource'))],
  ['StorageOS', ptr(opaque('StorageOSVolumeSource'))],
  [
    'CSI',
    ptr(
      struct('core.CSIVolumeSource', [
        ['Driver', str],
        ['ReadOnly', ptr(bool)],
        ['FSType', ptr(str), 'fsType'],
        ['VolumeAttributes', stringMap],
        ['NodePublishSecretRef', ptr(localObjectReference)],
      ]),
    ),
    'csi',
  ],
  ['Ephemeral', ptr(opaque('EphemeralVolumeSource'))],
  ['Image', ptr(struct('core.ImageVolumeSource', [['Reference', str], ['PullPolicy', core('PullPolicy')]]))],
]);
export const volume = struct('core.Volume', [['Name', str], ['VolumeSource', volumeSource, 'inline']]);
