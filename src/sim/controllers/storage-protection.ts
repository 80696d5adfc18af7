/**
 * The pvc-protection and pv-protection controllers (k/k pkg/controller/volume/pvcprotection,
 * pvprotection): a claim being deleted keeps its finalizer while a scheduled, unfinished pod uses
 * it; a volume being deleted keeps its finalizer while it is Bound.
 */
import { PVC_PROTECTION_FINALIZER, PV_PROTECTION_FINALIZER } from '../apiserver/admission/storage-protection';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';

const PVCS = 'persistentvolumeclaims';
const PVS = 'persistentvolumes';

/** podUsesPVC: only scheduled pods count (the kubelet refuses to start one on a claim being deleted). */
function podUsesClaim(pod: KObject, claim: string): boolean {
  if (!pod.spec?.nodeName) return false;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  return (pod.spec.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName?: string } }) => v.persistentVolumeClaim?.claimName === claim);
}

export class StorageProtectionController implements Component {
  readonly name = 'storage-protection-controller';
  readonly watches = [PVCS, PVS, 'pods'];
  private readonly claims = new Set<string>();
  private readonly volumes = new Set<string>();

  /** `ctx` is the pvc-protection controller's client, `volumesCtx` the pv-protection controller's. */
  constructor(
    private readonly ctx: SimContext,
    private readonly volumesCtx: SimContext,
  ) {}

  observe(ev: WatchEvent): void {
    const o = ev.object;
    if (ev.resource === PVCS && o.metadata.deletionTimestamp) this.claims.add(`${o.metadata.namespace}/${o.metadata.name}`);
    else if (ev.resource === PVS && o.metadata.deletionTimestamp) this.volumes.add(o.metadata.name!);
    else if (ev.resource === PVS && ev.old?.metadata.deletionTimestamp) this.volumes.add(o.metadata.name!);
    else if (ev.resource === 'pods') {
      // a pod that finishes or goes away may free a claim waiting to be deleted
      for (const v of o.spec?.volumes ?? []) {
        const c = v.persistentVolumeClaim?.claimName;
        if (c) this.claims.add(`${o.metadata.namespace}/${c}`);
      }
    }
  }

  sync(): boolean {
    if (!this.claims.size && !this.volumes.size) return false;
    const claims = [...this.claims];
    const volumes = [...this.volumes];
    this.claims.clear();
    this.volumes.clear();
    const api = this.ctx.api;
    for (const key of claims) {
      const [ns, name] = key.split('/');
      const pvc = api.store.get(PVCS, ns, name);
      if (!pvc?.metadata.deletionTimestamp || !(pvc.metadata.finalizers ?? []).includes(PVC_PROTECTION_FINALIZER)) continue;
      if (api.store.list('pods', ns).some((p) => podUsesClaim(p, name))) continue;
      this.dropFinalizer(PVCS, pvc, PVC_PROTECTION_FINALIZER);
    }
    for (const name of volumes) {
      const pv = api.store.get(PVS, undefined, name);
      if (!pv?.metadata.deletionTimestamp || !(pv.metadata.finalizers ?? []).includes(PV_PROTECTION_FINALIZER)) continue;
      if (pv.status?.phase === 'Bound') continue;
      this.dropFinalizer(PVS, pv, PV_PROTECTION_FINALIZER);
    }
    return true;
  }

  private dropFinalizer(resource: string, obj: KObject, finalizer: string): void {
    const upd = deepCopy(obj);
    delete upd.metadata.resourceVersion;
    upd.metadata.finalizers = (upd.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    if (!upd.metadata.finalizers.length) delete upd.metadata.finalizers;
    try {
      (resource === PVCS ? this.ctx : this.volumesCtx).api.update(upd);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // a concurrent change: look again on the next event
      if (resource === PVCS) this.claims.add(`${obj.metadata.namespace}/${obj.metadata.name}`);
      else this.volumes.add(obj.metadata.name!);
    }
  }
}
