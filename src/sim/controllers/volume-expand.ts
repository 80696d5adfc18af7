/**
 * kube-controller-manager's expand controller (k/k pkg/controller/volume/expand/expand_controller.go):
 * when a bound claim asks for more than its status capacity it finds who resizes the volume. In
 * v1.34 kube-controller-manager loads no in-tree plugin a learner's volumes use (only fc), so every
 * volume waits for an external resizer, which the simulated provisioners do not have: the claim
 * keeps its capacity. (SetClaimResizer's storage-resizer annotation on a CSI-migrated source is a
 * metadata change through the status subresource, which the simulated API server drops.)
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import type { KObject, WatchEvent } from '../types';
import { bytes } from '../quantity';

/** The recorder's component (NewExpandController). */
const EXPAND_COMPONENT = 'volume_expand';
const PVCS = 'persistentvolumeclaims';
/** util.AnnPreResizeCapacity: set while a node-only expansion is being finished. */
const PRE_RESIZE_CAPACITY = 'volume.alpha.kubernetes.io/pre-resize-capacity';

/** csi-translation-lib: the PV source fields of the seven migrated in-tree plugins and their plugin names. */
const MIGRATED_SOURCES: readonly { field: string; plugin: string }[] = [
  { field: 'awsElasticBlockStore', plugin: 'kubernetes.io/aws-ebs' },
  { field: 'gcePersistentDisk', plugin: 'kubernetes.io/gce-pd' },
  { field: 'azureDisk', plugin: 'kubernetes.io/azure-disk' },
  { field: 'azureFile', plugin: 'kubernetes.io/azure-file' },
  { field: 'cinder', plugin: 'kubernetes.io/cinder' },
  { field: 'vsphereVolume', plugin: 'kubernetes.io/vsphere-volume' },
  { field: 'portworxVolume', plugin: 'kubernetes.io/portworx-volume' },
];

function requested(pvc: KObject | undefined): number {
  return bytes(pvc?.spec?.resources?.requests?.storage ?? 0);
}

function capacity(pvc: KObject | undefined): number {
  return bytes(pvc?.status?.capacity?.storage ?? 0);
}

export class VolumeExpandController implements Component {
  readonly name = 'expand-controller';
  readonly watches = [PVCS];
  private readonly queue = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    const pvc = ev.object;
    // the update handler enqueues only a grown request or a grown capacity; add and delete always
    if (ev.type === 'MODIFIED' && !(requested(pvc) > requested(ev.old) || capacity(pvc) > capacity(ev.old))) return;
    // enqueuePVC: only bound claims
    if (pvc.status?.phase !== 'Bound') return;
    this.queue.add(`${pvc.metadata.namespace}/${pvc.metadata.name}`);
  }

  sync(): boolean {
    if (!this.queue.size) return false;
    const keys = [...this.queue];
    this.queue.clear();
    for (const key of keys) this.syncClaim(key);
    return true;
  }

  private syncClaim(key: string): void {
    const [ns, name] = key.split('/');
    const api = this.ctx.api;
    const pvc = api.store.get(PVCS, ns, name);
    if (!pvc) return;
    const pv = pvc.spec?.volumeName ? api.tryGet('persistentvolumes', undefined, pvc.spec.volumeName) : undefined;
    const ref = pv?.spec?.claimRef;
    // a missing or differently bound volume is an error upstream: requeued with back-off, no event
    if (!pv || !ref || ref.namespace !== ns || ref.uid !== pvc.metadata.uid) return;
    if (requested(pvc) <= capacity(pvc) && pv.metadata.annotations?.[PRE_RESIZE_CAPACITY] === undefined) return;
    const migrated = MIGRATED_SOURCES.find((s) => pv.spec?.[s.field] !== undefined);
    if (migrated) {
      this.event(pvc, 'Normal', `CSI migration enabled for ${migrated.plugin}; waiting for external resizer to expand the pvc`);
      return;
    }
    // FindExpandablePluginBySpec matches no plugin (an error): the event is a Warning
    this.event(pvc, 'Warning', 'waiting for an external controller to expand this PVC');
  }

  private event(pvc: KObject, type: 'Normal' | 'Warning', message: string): void {
    this.ctx.events.record(pvc, type, 'ExternalExpanding', message, { component: EXPAND_COMPONENT });
  }
}
