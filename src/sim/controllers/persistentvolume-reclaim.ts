/**
 * What the PV controller's volume plugins make of a released volume's reclaim policy
 * (k/k pv_controller.go reclaimVolume, deleteVolumeOperation, recycleVolumeOperation): the
 * controller manager has the hostPath, nfs, local and csi plugins; only hostPath and nfs recycle,
 * only hostPath deletes (under /tmp), and a volume an external provisioner made is its to delete.
 */
import type { KObject } from '../types';

export type Reclaim =
  | { action: 'retain' | 'delete' | 'recycle' | 'external' }
  | { action: 'fail'; reason: 'VolumeFailedDelete' | 'VolumeFailedRecycle'; message: string };

/** Plugins of the controller manager that take a PersistentVolume source (ProbeControllerVolumePlugins). */
const CONTROLLER_PLUGINS = ['hostPath', 'nfs', 'local', 'csi'];

/** `simulated`: provisioners the simulation runs, so it also deletes what they made. */
export function reclaimOf(pv: KObject, simulated: ReadonlySet<string>): Reclaim {
  const spec = pv.spec ?? {};
  const policy = spec.persistentVolumeReclaimPolicy ?? 'Retain';
  if (policy === 'Recycle') {
    if (spec.hostPath || spec.nfs) return { action: 'recycle' };
    return { action: 'fail', reason: 'VolumeFailedRecycle', message: 'No recycler plugin found for the volume!' };
  }
  if (policy !== 'Delete') return { action: 'retain' };
  const provisioner: string = pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by'] ?? '';
  if (simulated.has(provisioner)) return { action: 'delete' };
  // findDeletablePlugin: an external provisioner deletes its own volumes
  if (provisioner && !provisioner.startsWith('kubernetes.io/')) return { action: 'external' };
  if (spec.hostPath) {
    const path = String(spec.hostPath.path ?? '');
    // the deleter's regexp is not anchored
    if (/\/tmp\/./.test(path)) return { action: 'delete' };
    return { action: 'fail', reason: 'VolumeFailedDelete', message: `host_path deleter only supports /tmp/.+ but received provided ${path}` };
  }
  const matched = CONTROLLER_PLUGINS.some((p) => spec[p]) ? 'no deletable volume plugin matched' : 'no volume plugin matched';
  return { action: 'fail', reason: 'VolumeFailedDelete', message: `error getting deleter volume plugin for volume "${pv.metadata.name}": ${matched}` };
}
