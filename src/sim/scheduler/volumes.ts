import type { ApiServer } from '../apiserver/apiserver';
import { BOUND_BY_CONTROLLER } from '../controllers/persistentvolume';
import { SELECTED_NODE_ANNOTATION, claimClass, findMatchingVolume, nodeAffinityAllows } from '../controllers/persistentvolume-match';
import type { KObject } from '../types';
import { deepCopy } from '../clone';

/**
 * VolumeBinding PreFilter: a missing claim, or an unbound claim whose class binds immediately,
 * rejects the pod before any node is looked at.
 */
export function volumePreFilter(api: ApiServer, pod: KObject): string | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  let unboundImmediate = false;
  for (const v of pod.spec?.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    const pvc = api.tryGet('persistentvolumeclaims', ns, claim);
    if (!pvc) return `persistentvolumeclaim "${claim}" not found`;
    if (pvc.metadata.deletionTimestamp) return `persistentvolumeclaim "${claim}" is being deleted`;
    if (pvc.status?.phase === 'Bound' || pvc.spec?.volumeName) continue;
    const className = pvc.spec?.storageClassName;
    const sc = className ? api.tryGet('storageclasses', undefined, className) : undefined;
    if (sc?.volumeBindingMode !== 'WaitForFirstConsumer') unboundImmediate = true;
  }
  return unboundImmediate ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}

const BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
const NODE_CONFLICT = 'node(s) had volume node affinity conflict';
const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

/** What the VolumeBinding plugin decided for a pod on a node: PVs to bind, claims to provision there. */
export interface VolumeDecision {
  bind: { pv: KObject; claim: KObject }[];
  provision: KObject[];
}

function podClaims(api: ApiServer, pod: KObject): KObject[] {
  const ns = pod.metadata.namespace ?? 'default';
  const out: KObject[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    const pvc = name ? api.tryGet('persistentvolumeclaims', ns, name) : undefined;
    if (pvc) out.push(pvc);
  }
  return out;
}

/**
 * VolumeBinding Filter on one node: bound claims need a volume whose node affinity allows the node;
 * delayed (WaitForFirstConsumer) claims need an Available volume usable there, or a class that can
 * provision one.
 */
export function volumeFilter(api: ApiServer, pod: KObject, node: KObject): { reasons: string[]; decision?: VolumeDecision } {
  const decision: VolumeDecision = { bind: [], provision: [] };
  const taken = new Set<string>();
  const reasons = new Set<string>();
  for (const pvc of podClaims(api, pod)) {
    const pvName = pvc.spec?.volumeName;
    if (pvName) {
      const pv = api.tryGet('persistentvolumes', undefined, pvName);
      if (pv && !nodeAffinityAllows(pv, node)) reasons.add(NODE_CONFLICT);
      continue;
    }
    const pv = findMatchingVolume(pvc, api.store.list('persistentvolumes'), { node, excluded: taken, delayBinding: true });
    if (pv) {
      taken.add(pv.metadata.name!);
      decision.bind.push({ pv, claim: pvc });
      continue;
    }
    const sc = api.tryGet('storageclasses', undefined, claimClass(pvc));
    if (!sc || sc.provisioner === NO_PROVISIONER) reasons.add(BIND_CONFLICT);
    else decision.provision.push(pvc);
  }
  return reasons.size ? { reasons: [...reasons] } : { reasons: [], decision };
}

/**
 * VolumeBinding PreBind: reserve each chosen volume for its claim (the PV controller completes the
 * binding) and tell the provisioner the node for the others.
 */
export function volumePreBind(api: ApiServer, decision: VolumeDecision, node: string): void {
  for (const { pv, claim } of decision.bind) {
    const upd = deepCopy(pv);
    delete upd.metadata.resourceVersion;
    upd.spec.claimRef = { kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: 'v1', resourceVersion: claim.metadata.resourceVersion };
    upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [BOUND_BY_CONTROLLER]: 'yes' };
    api.update(upd);
  }
  for (const claim of decision.provision) {
    const upd = deepCopy(claim);
    delete upd.metadata.resourceVersion;
    upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [SELECTED_NODE_ANNOTATION]: node };
    api.update(upd);
  }
}
