/**
 * The kubelet's part of a volume expansion (k/k pkg/volume/util/operationexecutor/node_expander.go,
 * resize_util.go, RecoverVolumeExpansionFailure on as in v1.34): once the volume is bigger than the
 * claim's capacity and the resizer left NodeResizePending, a pod that has it mounted grows the file
 * system (the simulated CSI driver expands online), then the claim gets its new capacity.
 */
import type { KObject } from '../types';
import { bytes } from '../quantity';
import { deepCopy } from '../clone';
import { CSI_HOSTPATH_DRIVER } from '../controllers/csi-driver';
import { mergeResizeConditions } from '../controllers/resize-conditions';
import { nodeContext } from './node-context';
import type { KubeletRuntime } from './runtime';
import type { PodRt } from './state';

/** The volume manager's reconciler period before it notices the grown volume. */
const RECONCILE_MS = 100;

const claimsOf = (pod: KObject): string[] =>
  (pod.spec?.volumes ?? []).flatMap((v: { persistentVolumeClaim?: { claimName?: string } }) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []));

/** Grow the file systems of the claims this pod mounts whose volumes the resizer has grown. */
export function expandMountedVolumes(k: KubeletRuntime, rt: PodRt): void {
  for (const claim of claimsOf(rt.pod)) {
    if (nodePending(k.ctx.api.store.get('persistentvolumeclaims', rt.ns, claim))) k.after(rt, RECONCILE_MS, () => expandClaim(k, rt, claim));
  }
}

/** The resizer has done the controller's part and left the rest to a node. */
export const nodePending = (pvc: KObject | undefined): boolean => pvc?.status?.allocatedResourceStatuses?.storage === 'NodeResizePending';

/** A claim changed: every running pod here that mounts it looks again. */
export function expandClaimLater(k: KubeletRuntime, pods: Iterable<PodRt>, ns: string, claim: string): void {
  for (const rt of pods) {
    if (rt.ns === ns && rt.volumesReady && !rt.terminating && claimsOf(rt.pod).includes(claim)) k.after(rt, RECONCILE_MS, () => expandClaim(k, rt, claim));
  }
}

function expandClaim(k: KubeletRuntime, rt: PodRt, claim: string): void {
  if (rt.terminating) return;
  const node = nodeContext(k.ctx, rt.node);
  const pvc = node.api.tryGet('persistentvolumeclaims', rt.ns, claim);
  const pvName = pvc?.spec?.volumeName;
  const pv = pvName ? node.api.tryGet('persistentvolumes', undefined, pvName) : undefined;
  if (!pvc || !pv || pv.spec?.csi?.driver !== CSI_HOSTPATH_DRIVER) return;
  const newSize = pv.spec.capacity?.storage;
  // only a volume the controller has grown and handed to the node
  if (bytes(newSize ?? 0) <= bytes(pvc.status?.capacity?.storage ?? 0)) return;
  if (!nodePending(pvc)) return;
  const write = (obj: KObject, change: (s: Record<string, any>) => void): KObject => {
    const upd = deepCopy(obj);
    delete upd.metadata.resourceVersion;
    change(upd.status);
    return node.api.updateStatus(upd);
  };
  // markNodeExpansionInProgress, NodeExpandVolume, then MarkNodeExpansionFinishedWithRecovery
  const running = write(pvc, (s) => (s.allocatedResourceStatuses = { ...s.allocatedResourceStatuses, storage: 'NodeResizeInProgress' }));
  const message = `MountVolume.NodeExpandVolume succeeded for volume "${pvName}" ${rt.node}`;
  k.event(rt, 'Normal', 'FileSystemResizeSuccessful', message);
  node.events.record(running, 'Normal', 'FileSystemResizeSuccessful', message, { component: 'kubelet', host: rt.node });
  write(running, (s) => {
    s.capacity = { ...s.capacity, storage: newSize };
    const { storage: _done, ...rest } = s.allocatedResourceStatuses ?? {};
    s.allocatedResourceStatuses = Object.keys(rest).length ? rest : undefined;
    s.conditions = mergeResizeConditions(s.conditions, [], false);
  });
}
