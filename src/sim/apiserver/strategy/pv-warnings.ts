/**
 * The PersistentVolume strategy's WarningsOnCreate / WarningsOnUpdate
 * (pkg/api/persistentvolume/util.go GetWarningsForPersistentVolume, v1.34): the beta storage-class
 * annotation, the Recycle policy, deprecated node labels in the node affinity, removed volume plugins.
 */
import type { AdmissionPlugin } from '../apiserver';
import type { Json } from '../../json';
import { nodeSelectorTermWarnings } from './node-labels';

const BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** In-tree plugins that no longer work, and the releases that deprecated and removed them. */
const DEAD_PLUGINS: [field: string, said: string][] = [
  ['cephfs', 'deprecated in v1.28, non-functional in v1.31+'],
  ['photonPersistentDisk', 'deprecated in v1.11, non-functional in v1.16+'],
  ['scaleIO', 'deprecated in v1.16, non-functional in v1.22+'],
  ['storageOS', 'deprecated in v1.22, non-functional in v1.25+'],
  ['glusterfs', 'deprecated in v1.25, non-functional in v1.26+'],
  ['rbd', 'deprecated in v1.28, non-functional in v1.31+'],
];

const has = (o: unknown, k: string): boolean => !!o && typeof o === 'object' && Object.hasOwn(o, k) && (o as Json)[k] != null;

export function persistentVolumeWarnings(pv: Json): string[] {
  const out: string[] = [];
  if (has(pv.metadata?.annotations, BETA_CLASS)) out.push(`metadata.annotations[${BETA_CLASS}]: deprecated since v1.8; use "storageClassName" attribute instead`);
  const spec = pv.spec && typeof pv.spec === 'object' ? pv.spec : {};
  if (spec.persistentVolumeReclaimPolicy === 'Recycle') {
    out.push('spec.persistentVolumeReclaimPolicy: The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning.');
  }
  const terms = spec.nodeAffinity?.required?.nodeSelectorTerms;
  if (Array.isArray(terms)) terms.forEach((t, i) => out.push(...nodeSelectorTermWarnings(t, `spec.nodeAffinity.required.nodeSelectorTerms[${i}]`)));
  for (const [field, said] of DEAD_PLUGINS) if (has(spec, field)) out.push(`spec.${field}: ${said}`);
  return out;
}

/** After field validation, on every create and update of the object itself (not of its status). */
export const pvWarningsPlugin: AdmissionPlugin = {
  name: 'PersistentVolumeWarnings',
  phase: 'validate',
  resources: ['persistentvolumes'],
  run(obj, ctx) {
    if (ctx.subresource || (ctx.op !== 'CREATE' && ctx.op !== 'UPDATE')) return;
    for (const w of persistentVolumeWarnings(obj)) ctx.warn(w);
  },
};
