/** `ValidatePersistentVolumeUpdate` (v1.34): after the create rules, the volume source, volumeMode and a set nodeAffinity may not change. */
import type { KObject } from '../../types';
import { forbidden, invalidStringer, invalidValue, type Causes } from './field';
import { compareValues } from './go-cmp-diff';
import { goCmpDiff } from './go-cmp-report';
import { stringMap } from './go-core-common';
import { nodeSelectorTerms } from './go-core-types';
import { hostPathVolumeSource, nfsVolumeSource, opaque } from './go-core-volumes';
import { bool, fromJson, marshalJson, ptr, str, struct, type GoStruct } from './go-types';
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

/** Internal `core.VolumeNodeAffinity`, as field.Invalid prints it (Go field names, nil as null). */
const volumeNodeAffinity = ptr(struct('core.VolumeNodeAffinity', [['Required', ptr(struct('core.NodeSelector', [['NodeSelectorTerms', nodeSelectorTerms]]))]]));

/** The node labels a PV's affinity may move from their beta name to the GA one (validation.go betaToGALabel). */
const BETA_TO_GA: ReadonlyMap<string, string> = new Map([
  ['failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
  ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
  ['beta.kubernetes.io/os', 'kubernetes.io/os'],
  ['beta.kubernetes.io/arch', 'kubernetes.io/arch'],
  ['beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type'],
]);

type Json = { [k: string]: unknown };
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Json | undefined => (isJson(v) ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Equal affinities, where a requirement's key may have gone from its beta name to the GA one. */
function affinityUnchanged(next: Json | undefined, prev: Json): boolean {
  if (!next) return false;
  const nt = list(record(next.required)?.nodeSelectorTerms);
  const pt = list(record(prev.required)?.nodeSelectorTerms);
  if (!next.required !== !prev.required || nt.length !== pt.length) return false;
  return pt.every((p, i) => {
    const ne = list(nt[i].matchExpressions);
    const pe = list(p.matchExpressions);
    if (ne.length !== pe.length || !same(nt[i].matchFields, p.matchFields)) return false;
    return pe.every((r, j) => (r.key === ne[j].key || BETA_TO_GA.get(String(r.key)) === ne[j].key) && r.operator === ne[j].operator && same(r.values, ne[j].values));
  });
}

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
  // nodeAffinity may be set once, from nil; after that it is immutable (MutablePVNodeAffinity is v1.35 alpha)
  const prevAffinity = record(old.spec?.nodeAffinity);
  const nextAffinity = record(obj.spec?.nodeAffinity);
  if (prevAffinity && !affinityUnchanged(nextAffinity, prevAffinity)) {
    const shown = marshalJson(volumeNodeAffinity, fromJson(volumeNodeAffinity, nextAffinity ?? null));
    out.push(invalidStringer('nodeAffinity', shown, 'field is immutable, except for updating from beta label to GA'));
  }
  if (old.spec?.volumeAttributesClassName != null && obj.spec?.volumeAttributesClassName == null) {
    out.push(forbidden('spec.volumeAttributesClassName', 'update from non-nil value to nil is forbidden'));
  }
  return out;
}
