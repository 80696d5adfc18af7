/** What objects refer to by name: a pod's ConfigMaps, Secrets and claims (with how, and whether they may be missing), a volume's nodes. */
import type { KObject } from '../sim/types';

type RefKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';

export interface PodRef {
  kind: RefKind;
  name: string;
  /** env, envFrom, volume, imagePullSecrets, or the volume's name for a claim. */
  how: string;
  /** `optional: true` (or an imagePullSecret, whose absence only stops private pulls): the pod starts without it. */
  optional: boolean;
}

/** The pod spec of a Pod (the only kind whose references become edges; controllers reach them via their pods). */
export function podSpec(o: KObject): any {
  return o.kind === 'Pod' ? (o.spec ?? {}) : {};
}

/** The node names a PV's required node affinity allows (kubernetes.io/hostname In ...). */
export function affinityNodes(spec: any): string[] {
  const terms: any[] = spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  return terms.flatMap((t) => (t?.matchExpressions ?? []).filter((e: any) => e?.key === 'kubernetes.io/hostname' && e?.operator === 'In').flatMap((e: any) => e.values ?? []));
}

function containersOf(o: KObject): any[] {
  const s = podSpec(o);
  return [...(s.initContainers ?? []), ...(s.containers ?? []), ...(s.ephemeralContainers ?? [])];
}

/** Every reference of a pod, in spec order (containers' env and envFrom, then volumes, then pull secrets). */
export function podReferences(pod: KObject): PodRef[] {
  const out: PodRef[] = [];
  const add = (kind: RefKind, name: unknown, how: string, optional: unknown) => {
    if (typeof name === 'string' && name) out.push({ kind, name, how, optional: optional === true });
  };
  for (const c of containersOf(pod)) {
    for (const e of c.env ?? []) {
      const cm = e?.valueFrom?.configMapKeyRef;
      const sec = e?.valueFrom?.secretKeyRef;
      if (cm) add('ConfigMap', cm.name, 'env', cm.optional);
      if (sec) add('Secret', sec.name, 'env', sec.optional);
    }
    for (const e of c.envFrom ?? []) {
      if (e?.configMapRef) add('ConfigMap', e.configMapRef.name, 'envFrom', e.configMapRef.optional);
      if (e?.secretRef) add('Secret', e.secretRef.name, 'envFrom', e.secretRef.optional);
    }
  }
  for (const v of podSpec(pod).volumes ?? []) {
    if (v?.configMap) add('ConfigMap', v.configMap.name, 'volume', v.configMap.optional);
    if (v?.secret) add('Secret', v.secret.secretName, 'volume', v.secret.optional);
    for (const s of v?.projected?.sources ?? []) {
      if (s?.configMap) add('ConfigMap', s.configMap.name, 'volume', s.configMap.optional);
      if (s?.secret) add('Secret', s.secret.name, 'volume', s.secret.optional);
    }
    if (v?.persistentVolumeClaim) add('PersistentVolumeClaim', v.persistentVolumeClaim.claimName, v.name, false);
  }
  for (const s of podSpec(pod).imagePullSecrets ?? []) add('Secret', s?.name, 'imagePullSecrets', true);
  return out;
}

/** Names a pod refers to for ConfigMaps (`configMap`) or Secrets (`secret`), each with every way it uses them (`env, volume`). */
export function podRefs(pod: KObject, what: 'configMap' | 'secret'): Map<string, string> {
  const kind = what === 'configMap' ? 'ConfigMap' : 'Secret';
  const hows = new Map<string, string[]>();
  for (const r of podReferences(pod)) {
    if (r.kind !== kind) continue;
    const list = hows.get(r.name) ?? [];
    if (!list.includes(r.how)) list.push(r.how);
    hows.set(r.name, list);
  }
  return new Map([...hows].map(([name, list]) => [name, list.join(', ')]));
}
