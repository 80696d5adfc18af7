/**
 * kubernetes-csi/external-resizer beside the simulated CSI driver (pkg/controller expandAndRecover
 * and resize_status.go, with RecoverVolumeExpansionFailure on as in v1.34): a bound claim asking for
 * more than the volume holds is marked Resizing with its allocatedResources, the volume grows, and the
 * claim waits for the kubelet's file system resize (FileSystemResizePending).
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import type { KObject, WatchEvent } from '../types';
import { bytes } from '../quantity';
import { deepCopy } from '../clone';
import { CSI_HOSTPATH_DRIVER } from './csi-driver';
import { mergeResizeConditions } from './resize-conditions';
import { splitKey, WorkQueue } from './workqueue';

const PVCS = 'persistentvolumeclaims';
const PVS = 'persistentvolumes';
/** NewResizeController's recorder component. */
const SOURCE = { component: `external-resizer ${CSI_HOSTPATH_DRIVER}` };
/** markForPendingNodeExpansion's condition message. */
const FS_RESIZE_PENDING_MESSAGE = 'Waiting for user to (re-)start a pod to finish file system resize of volume on node.';

const size = (q: unknown): number => bytes(typeof q === 'string' || typeof q === 'number' ? q : 0);

export class CsiResizer implements Component {
  readonly name = 'csi-resizer';
  readonly watches = [PVCS, PVS];
  private readonly queue: WorkQueue;

  constructor(private readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.type === 'DELETED') return;
    const o = ev.object;
    // a volume's change wakes the claim it is bound to
    const ref = ev.resource === PVS ? o.spec?.claimRef : { namespace: o.metadata.namespace, name: o.metadata.name };
    if (ref?.namespace && ref.name) this.queue.add(`${ref.namespace}/${ref.name}`);
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) this.syncClaim(key);
    return true;
  }

  private syncClaim(key: string): void {
    const { ns, name } = splitKey(key);
    const api = this.ctx.api;
    let pvc = api.store.get(PVCS, ns, name);
    if (!pvc || pvc.status?.phase !== 'Bound' || !pvc.spec?.volumeName) return;
    const pv = api.store.get(PVS, undefined, pvc.spec.volumeName);
    // CanSupport: only this driver's volumes; pvCanBeExpanded: only the volume bound to this claim
    if (pv?.spec?.csi?.driver !== CSI_HOSTPATH_DRIVER) return;
    const ref = pv.spec.claimRef;
    if (!ref || ref.namespace !== ns || ref.uid !== pvc.metadata.uid) return;
    const want = pvc.spec.resources?.requests?.storage;
    // pvcNeedResize: the request is above the claim's capacity
    if (size(want) <= size(pvc.status.capacity?.storage)) return;
    const status: string | undefined = pvc.status.allocatedResourceStatuses?.storage;
    const allocated = pvc.status.allocatedResources?.storage;
    const pvSize = size(pv.spec.capacity?.storage);
    let newSize = want;
    if (pvSize >= size(want)) return; // already grown: the node's part is pending or running
    if ((status === 'NodeResizePending' || status === 'NodeResizeInProgress') && allocated !== undefined) {
      newSize = allocated;
      if (pvSize >= size(newSize)) return;
    }
    const now = this.ctx.clock.isoNow();
    pvc = this.writeClaim(pvc, (s) => {
      s.conditions = mergeResizeConditions(s.conditions, [{ type: 'Resizing', status: 'True', lastProbeTime: null, lastTransitionTime: now }], false);
      s.allocatedResourceStatuses = { ...(s.allocatedResourceStatuses ?? {}), storage: 'ControllerResizeInProgress' };
      s.allocatedResources = { ...(s.allocatedResources ?? {}), storage: newSize };
    });
    this.ctx.events.record(pvc, 'Normal', 'Resizing', `External resizer is resizing volume ${pv.metadata.name}`, SOURCE);
    // ControllerExpandVolume succeeds and asks for the node's part (node_expansion_required)
    const grown = deepCopy(pv);
    delete grown.metadata.resourceVersion;
    grown.spec.capacity = { ...grown.spec.capacity, storage: newSize };
    api.update(grown);
    pvc = this.writeClaim(pvc, (s) => {
      const pending = { type: 'FileSystemResizePending', status: 'True', lastProbeTime: null, lastTransitionTime: now, message: FS_RESIZE_PENDING_MESSAGE };
      s.conditions = mergeResizeConditions(s.conditions, [pending], true);
      s.allocatedResourceStatuses = { ...(s.allocatedResourceStatuses ?? {}), storage: 'NodeResizePending' };
    });
    this.ctx.events.record(pvc, 'Normal', 'FileSystemResizeRequired', 'Require file system resize of volume on node', SOURCE);
  }

  private writeClaim(pvc: KObject, change: (status: Record<string, any>) => void): KObject {
    const upd = deepCopy(pvc);
    delete upd.metadata.resourceVersion;
    change(upd.status);
    return this.ctx.api.updateStatus(upd);
  }
}
