import type { KObject } from '../../types';
import { parseQuantity } from '../../quantity';
import { invalidValue, notSupported, required, type Causes } from './field';
import { validateLabelSelector } from './selector';
import type { Json } from '../../json';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const PV_SOURCES = ['hostPath', 'nfs', 'local', 'csi', 'iscsi', 'fc', 'cephfs', 'rbd', 'gcePersistentDisk', 'awsElasticBlockStore', 'azureDisk', 'azureFile', 'glusterfs', 'cinder', 'flexVolume', 'vsphereVolume', 'portworxVolume', 'scaleIO', 'storageos', 'quobyte', 'photonPersistentDisk', 'flocker'];

function validateAccessModes(modes: Json[] | undefined, path: string): Causes {
  if (!modes || modes.length === 0) return [required(path, 'at least 1 access mode is required')];
  return modes.filter((m) => !ACCESS_MODES.includes(m)).map((m) => notSupported(path, m, ACCESS_MODES));
}

function positiveStorage(path: string, v: Json): Causes {
  if (v === undefined || v === null) return [required(path)];
  try {
    if (parseQuantity(v) <= 0) return [invalidValue(path, String(v), 'must be greater than zero')];
  } catch {
    /* rejected by decoding */
  }
  return [];
}

export function validatePVC(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [...validateAccessModes(spec.accessModes, 'spec.accessModes')];
  out.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  out.push(...positiveStorage('spec.resources[storage]', spec.resources?.requests?.storage));
  if (spec.volumeMode && !['Block', 'Filesystem'].includes(spec.volumeMode)) out.push(notSupported('spec.volumeMode', spec.volumeMode, ['Block', 'Filesystem']));
  return out;
}

export function validatePV(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [...validateAccessModes(spec.accessModes, 'spec.accessModes')];
  if (!spec.capacity || Object.keys(spec.capacity).length === 0) out.push(required('spec.capacity'));
  else out.push(...positiveStorage('spec.capacity[storage]', spec.capacity.storage));
  const sources = PV_SOURCES.filter((s) => spec[s]);
  if (sources.length === 0) out.push(required('spec', 'must specify a volume type'));
  if (spec.hostPath && !spec.hostPath.path) out.push(required('spec.hostPath.path'));
  const rp = spec.persistentVolumeReclaimPolicy;
  if (rp && !['Delete', 'Recycle', 'Retain'].includes(rp)) out.push(notSupported('spec.persistentVolumeReclaimPolicy', rp, ['Delete', 'Recycle', 'Retain']));
  return out;
}
