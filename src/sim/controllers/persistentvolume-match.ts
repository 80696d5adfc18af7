/**
 * Which PersistentVolume a claim binds to: component-helpers storage/volume pv_helpers.go
 * FindMatchingVolume, and the access-mode index of k/k pkg/controller/volume/persistentvolume/index.go
 * (candidate mode sets containing every requested mode, fewest modes first).
 */
import { matchesSelector } from '../labels';
import { parseQuantity } from '../quantity';
import type { KObject } from '../types';

const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
export const SELECTED_NODE_ANNOTATION = 'volume.kubernetes.io/selected-node';

/** GetPersistentVolumeClaimClass: the beta annotation first, then spec.storageClassName, else "". */
export function claimClass(pvc: KObject): string {
  const ann = pvc.metadata.annotations?.[BETA_CLASS_ANNOTATION];
  if (ann !== undefined) return ann;
  return pvc.spec?.storageClassName ?? '';
}

/** GetPersistentVolumeClass. */
function volumeClass(pv: KObject): string {
  const ann = pv.metadata.annotations?.[BETA_CLASS_ANNOTATION];
  if (ann !== undefined) return ann;
  return pv.spec?.storageClassName ?? '';
}

/** IsVolumeBoundToClaim: name and namespace equal, and the UID too when the reference has one. */
export function isVolumeBoundToClaim(pv: KObject, pvc: KObject): boolean {
  const ref = pv.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== pvc.metadata.name || ref.namespace !== pvc.metadata.namespace) return false;
  return !ref.uid || ref.uid === pvc.metadata.uid;
}

function quantity(v: unknown): number {
  try {
    return v === undefined ? 0 : parseQuantity(v as string);
  } catch {
    return 0;
  }
}

/** A node's labels, for PV node affinity (required node selector terms, ORed; expressions ANDed). */
export interface NodeLike {
  metadata: { name?: string; labels?: Record<string, string> };
}

/** VolumeNodeAffinity check: a volume without node affinity is usable everywhere. */
export function nodeAffinityAllows(pv: KObject, node: NodeLike | undefined): boolean {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!node || !terms) return true;
  const labels = node.metadata.labels ?? {};
  const op = (o: string) => (o === 'Gt' ? 'GreaterThan' : o === 'Lt' ? 'LessThan' : o) as 'In';
  return terms.some((t: { matchExpressions?: { key: string; operator: string; values?: string[] }[] }) =>
    (t.matchExpressions ?? []).every((e) => matchesSelector({ matchExpressions: [{ key: e.key, operator: op(e.operator), values: e.values }] }, labels)),
  );
}

/**
 * FindMatchingVolume: a PV pre-bound to the claim wins at once; otherwise the smallest Available
 * PV with enough capacity, the same volume mode and class, and a matching selector.
 */
export function findMatchingVolume(
  claim: KObject,
  volumes: KObject[],
  opts: { node?: NodeLike; excluded?: Set<string>; delayBinding?: boolean } = {},
): KObject | undefined {
  const requested = quantity(claim.spec?.resources?.requests?.storage);
  const requestedClass = claimClass(claim);
  const requestedMode = claim.spec?.volumeMode ?? 'Filesystem';
  const selector = claim.spec?.selector;
  let smallest: KObject | undefined;
  let smallestQty = Infinity;
  for (const pv of volumes) {
    if (opts.excluded?.has(pv.metadata.name!)) continue;
    const qty = quantity(pv.spec?.capacity?.storage);
    if (pv.spec?.claimRef && !isVolumeBoundToClaim(pv, claim)) continue;
    if (qty < requested) continue;
    if ((pv.spec?.volumeMode ?? 'Filesystem') !== requestedMode) continue;
    if ((pv.spec?.volumeAttributesClassName ?? '') !== (claim.spec?.volumeAttributesClassName ?? '')) continue;
    if (pv.metadata.deletionTimestamp) continue;
    const affinityOk = nodeAffinityAllows(pv, opts.node);
    if (isVolumeBoundToClaim(pv, claim)) return affinityOk ? pv : undefined;
    if (!opts.node && opts.delayBinding) continue;
    if (pv.status?.phase !== 'Available') continue;
    if (selector && !matchesSelector(selector, pv.metadata.labels)) continue;
    if (volumeClass(pv) !== requestedClass) continue;
    if (!affinityOk) continue;
    if (opts.node) {
      const have = new Set<string>(pv.spec?.accessModes ?? []);
      if (!(claim.spec?.accessModes ?? []).every((m: string) => have.has(m))) continue;
    }
    if (!smallest || qty < smallestQty) {
      smallest = pv;
      smallestQty = qty;
    }
  }
  return smallest;
}

/** findByClaim: try the PVs of each candidate access-mode set, fewest modes first. */
export function findBestMatchForClaim(claim: KObject, volumes: KObject[], delayBinding = false): KObject | undefined {
  const requested: string[] = claim.spec?.accessModes ?? [];
  const sets = new Map<string, { modes: string[]; pvs: KObject[] }>();
  for (const pv of volumes) {
    const modes = [...new Set<string>(pv.spec?.accessModes ?? [])].sort();
    const key = modes.join(',');
    if (!sets.has(key)) sets.set(key, { modes, pvs: [] });
    sets.get(key)!.pvs.push(pv);
  }
  const candidates = [...sets.values()]
    .filter((s) => requested.every((m) => s.modes.includes(m)))
    .sort((a, b) => a.modes.length - b.modes.length || (a.modes.join(',') < b.modes.join(',') ? -1 : 1));
  for (const c of candidates) {
    const best = findMatchingVolume(claim, c.pvs, { delayBinding });
    if (best) return best;
  }
  return undefined;
}
