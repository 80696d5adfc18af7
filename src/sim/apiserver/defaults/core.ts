import { encodeBase64 } from '../../base64';
import type { Json } from '../../json';
import { hasOwn, setOwn } from '../../own';

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

/** The keys of `from` that `to` lacks, added to it. */
const putMissing = (to: Json, from: Json): void => {
  for (const [k, v] of Object.entries(from ?? {})) if (!hasOwn(to, k)) setOwn(to, k, v);
};

/** LimitRange (SetDefaults_LimitRangeItem): a Container item's default limit ← max, its default request ← default, then ← min. */
export function defaultLimitRange(lr: Json): void {
  for (const item of Array.isArray(lr.spec?.limits) ? lr.spec.limits : []) {
    if (item?.type !== 'Container') continue;
    const def = { ...item.default };
    const defReq = { ...item.defaultRequest };
    putMissing(def, item.max);
    putMissing(defReq, def);
    putMissing(defReq, item.min);
    // an empty map is omitted when the object is written
    if (Object.keys(def).length) item.default = def;
    if (Object.keys(defReq).length) item.defaultRequest = defReq;
  }
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
