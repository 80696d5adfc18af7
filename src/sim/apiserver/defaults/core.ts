import { encodeBase64 } from '../../base64';
import type { Json } from '../../json';

/** Secret: `stringData` is write-only, merged into `data` (base64, overwriting) when decoded; type Opaque. */
export function defaultSecret(s: Json): void {
  if (s.stringData && typeof s.stringData === 'object') {
    const data = (s.data ??= {});
    for (const [k, v] of Object.entries(s.stringData)) Object.defineProperty(data, k, { value: encodeBase64(String(v ?? '')), enumerable: true, writable: true, configurable: true });
  }
  delete s.stringData;
  s.type ||= 'Opaque';
}

/** PVC: volumeMode Filesystem, phase Pending (also used for StatefulSet claim templates). */
export function defaultPVC(pvc: Json): void {
  const spec = (pvc.spec ??= {});
  spec.volumeMode ||= 'Filesystem';
  pvc.status ??= {};
  pvc.status.phase ||= 'Pending';
}

/** PV: reclaim policy Retain for manually created volumes, volumeMode Filesystem, phase Pending. */
export function defaultPV(pv: Json): void {
  const spec = (pv.spec ??= {});
  spec.persistentVolumeReclaimPolicy ||= 'Retain';
  spec.volumeMode ||= 'Filesystem';
  if (spec.hostPath) spec.hostPath.type ??= '';
  pv.status ??= {};
  pv.status.phase ||= 'Pending';
}

/** Namespace: the `kubernetes` finalizer, phase Active, and the immutable name label (since v1.21). */
export function defaultNamespace(ns: Json): void {
  ns.spec ??= {};
  ns.spec.finalizers ??= ['kubernetes'];
  ns.status ??= {};
  ns.status.phase ||= 'Active';
  ns.metadata.labels = { ...(ns.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns.metadata.name };
}

export function defaultEndpoints(ep: Json): void {
  for (const s of ep.subsets ?? []) for (const p of s?.ports ?? []) if (p && !p.protocol) p.protocol = 'TCP';
}
