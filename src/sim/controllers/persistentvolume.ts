/**
 * The PersistentVolume binder (k/k pkg/controller/volume/persistentvolume/pv_controller.go):
 * binds claims to the best matching volume, provisions through a StorageClass, moves volumes
 * through Available / Bound / Released and applies their reclaim policy.
 */
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { volumeDataKey } from '../kubelet/volumes';
import { SELECTED_NODE_ANNOTATION, claimClass, findBestMatchForClaim, isVolumeBoundToClaim } from './persistentvolume-match';
import { deepCopy } from '../clone';
import { reclaimOf } from './persistentvolume-reclaim';
import { provisionPlugin } from './provisionable-plugin';
import { provisionerComponent } from './provisioner-source';
import { CSI_HOSTPATH_DRIVER } from './csi-driver';
import { RECYCLER_NAMESPACE, recycledVolume, recyclerName, recyclerPod } from './persistentvolume-recycler';

const PV_COMPONENT = 'persistentvolume-controller';
const BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
const PROVISIONED_BY = 'pv.kubernetes.io/provisioned-by';
const STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
const BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';

/** Provisioners the simulation runs itself (hostPath-backed, as in minikube, kind, k3s, Docker Desktop). */
const SIMULATED_PROVISIONERS = new Set(['k8s.io/minikube-hostpath', 'rancher.io/local-path', 'docker.io/hostpath', 'microk8s.io/hostpath', CSI_HOSTPATH_DRIVER]);

const PVS = 'persistentvolumes';
const PVCS = 'persistentvolumeclaims';

export class PersistentVolumeController implements Component {
  readonly name = PV_COMPONENT;
  readonly watches = [PVCS, PVS, 'storageclasses.storage.k8s.io', 'pods', 'events'];
  private claims = new Set<string>();
  private volumes = new Set<string>();
  /** Volumes whose recycler pod runs, and what it did since the last sync: its new events, whether it ended. */
  private recycling = new Map<string, { events: KObject[]; ended?: KObject | 'deleted' }>();

  /** Each simulated external provisioner's event source, drawn when it first acts (its start). */
  private readonly sources = new Map<string, string>();
  private readonly sourceRng;
  /** The simulated CSI driver's volume ids. */
  private readonly handleRng;

  constructor(private readonly ctx: SimContext) {
    this.sourceRng = ctx.rng.fork('provisioners');
    this.handleRng = ctx.rng.fork('csi-volume-handles');
  }

  /** The recorder of an external provisioner's own events. */
  private provisionerEvent(pvc: KObject, provisioner: string, type: 'Normal' | 'Warning', reason: string, message: string): void {
    let component = this.sources.get(provisioner);
    if (!component) {
      const controlPlane = this.ctx.api.store.list('nodes').find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined);
      component = provisionerComponent(provisioner, this.sourceRng, controlPlane?.metadata.name ?? 'localhost');
      this.sources.set(provisioner, component);
    }
    this.ctx.events.record(pvc, type, reason, message, { component });
  }

  observe(ev: WatchEvent): void {
    const o = ev.object;
    if (ev.resource === PVCS) {
      this.claims.add(`${o.metadata.namespace}/${o.metadata.name}`);
      const vol = o.spec?.volumeName;
      if (vol) this.volumes.add(vol);
    } else if (ev.resource === PVS) {
      this.volumes.add(o.metadata.name!);
      // a new or freed volume may satisfy a waiting claim
      if (ev.type !== 'DELETED' && o.status?.phase === 'Available') for (const c of this.pendingClaims()) this.claims.add(c);
      const ref = o.spec?.claimRef;
      if (ref) this.claims.add(`${ref.namespace}/${ref.name}`);
      // a claimRef taken away from a bound volume: syncBoundClaim puts it back
      const before = ev.old?.spec?.claimRef;
      if (before && (before.namespace !== ref?.namespace || before.name !== ref?.name)) this.claims.add(`${before.namespace}/${before.name}`);
    } else if (ev.resource === 'storageclasses.storage.k8s.io' && ev.type === 'ADDED') {
      for (const c of this.pendingClaims()) this.claims.add(c);
    } else if (ev.resource === 'pods') {
      const run = this.recycling.get(recycledVolume(o.metadata.namespace, o.metadata.name) ?? '');
      if (run && ev.type === 'DELETED') run.ended ??= 'deleted';
      else if (run && (o.status?.phase === 'Succeeded' || o.status?.phase === 'Failed')) run.ended ??= o;
    } else if (ev.resource === 'events' && ev.type === 'ADDED' && o.involvedObject?.kind === 'Pod') {
      // only events as they are added, not their count going up
      this.recycling.get(recycledVolume(o.involvedObject.namespace, o.involvedObject.name) ?? '')?.events.push(o);
    }
  }

  sync(): boolean {
    const recycled = this.syncRecyclers();
    if (!this.claims.size && !this.volumes.size) return recycled;
    const claims = [...this.claims];
    const volumes = [...this.volumes];
    this.claims.clear();
    this.volumes.clear();
    for (const v of volumes) this.syncVolume(v);
    for (const c of claims) this.syncClaim(c);
    return true;
  }

  private pendingClaims(): string[] {
    return this.ctx.api.store
      .list(PVCS)
      .filter((c) => !c.spec?.volumeName && c.status?.phase !== 'Bound')
      .map((c) => `${c.metadata.namespace}/${c.metadata.name}`);
  }

  private event(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.events.record(obj, type, reason, message, { component: PV_COMPONENT });
  }

  private write(obj: KObject, status = false): KObject {
    const upd = deepCopy(obj);
    delete upd.metadata.resourceVersion;
    return status ? this.ctx.api.updateStatus(upd) : this.ctx.api.update(upd);
  }

  private setVolumePhase(pv: KObject, phase: string): KObject {
    if (pv.status?.phase === phase) return pv;
    const upd = deepCopy(pv);
    upd.status = { ...(upd.status ?? {}), phase, lastPhaseTransitionTime: this.ctx.clock.isoNow() };
    return this.write(upd, true);
  }

  private syncClaim(key: string): void {
    const [ns, name] = key.split('/');
    const claim = this.ctx.api.store.get(PVCS, ns, name);
    if (!claim || claim.metadata.deletionTimestamp) return;
    if (claim.metadata.annotations?.[BIND_COMPLETED] !== 'yes') this.syncUnboundClaim(claim);
    else this.syncBoundClaim(claim);
  }

  private syncUnboundClaim(claim: KObject): void {
    const api = this.ctx.api;
    if (!claim.spec?.volumeName) {
      const className = claimClass(claim);
      const sc = className ? api.tryGet('storageclasses', undefined, className) : undefined;
      const delayBinding = sc?.volumeBindingMode === 'WaitForFirstConsumer';
      const volume = findBestMatchForClaim(claim, api.store.list(PVS), delayBinding);
      if (volume) return this.bind(volume, claim);
      if (delayBinding && !claim.metadata.annotations?.[SELECTED_NODE_ANNOTATION]) {
        this.event(claim, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
      } else if (className) {
        this.provision(claim, className, sc);
      } else {
        this.event(claim, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set');
      }
      return;
    }
    const volume = api.store.get(PVS, undefined, claim.spec.volumeName);
    if (!volume) return;
    if (!volume.spec?.claimRef || isVolumeBoundToClaim(volume, claim)) return this.bind(volume, claim);
    this.event(claim, 'Warning', 'FailedBinding', `volume "${volume.metadata.name}" already bound to a different claim.`);
  }

  private syncBoundClaim(claim: KObject): void {
    const name = claim.spec?.volumeName;
    const lost = (message: string) => {
      if (claim.status?.phase === 'Lost') return;
      const upd = deepCopy(claim);
      upd.status = { ...(upd.status ?? {}), phase: 'Lost' };
      this.write(upd, true);
      this.event(claim, 'Warning', 'ClaimLost', message);
    };
    if (!name) return lost('Bound claim has lost reference to PersistentVolume. Data on the volume is lost!');
    const volume = this.ctx.api.store.get(PVS, undefined, name);
    if (!volume) return lost('Bound claim has lost its PersistentVolume. Data on the volume is lost!');
    if (!volume.spec?.claimRef || isVolumeBoundToClaim(volume, claim)) return this.bind(volume, claim);
    this.event(claim, 'Warning', 'ClaimMisbound', 'Two claims are bound to the same volume, this one is bound incorrectly');
  }

  /** bind: claimRef on the volume, Bound phase, volumeName and annotations on the claim, claim status. */
  private bind(volume: KObject, claim: KObject): void {
    let pv = volume;
    if (!isVolumeBoundToClaim(pv, claim) || !pv.spec.claimRef.uid) {
      const upd = deepCopy(pv);
      const byController = !upd.spec.claimRef;
      upd.spec.claimRef = { kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: 'v1', resourceVersion: claim.metadata.resourceVersion };
      if (byController) upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [BOUND_BY_CONTROLLER]: 'yes' };
      pv = this.write(upd);
    }
    pv = this.setVolumePhase(pv, 'Bound');
    let pvc = claim;
    const ann = pvc.metadata.annotations ?? {};
    if (pvc.spec?.volumeName !== pv.metadata.name || ann[BIND_COMPLETED] !== 'yes') {
      const upd = deepCopy(pvc);
      const byController = !upd.spec.volumeName;
      upd.spec.volumeName = pv.metadata.name;
      upd.metadata.annotations = { ...ann, [BIND_COMPLETED]: 'yes', ...(byController ? { [BOUND_BY_CONTROLLER]: 'yes' } : {}) };
      pvc = this.write(upd);
    }
    if (pvc.status?.phase !== 'Bound') {
      const upd = deepCopy(pvc);
      upd.status = { ...(upd.status ?? {}), phase: 'Bound', accessModes: [...(pv.spec?.accessModes ?? [])], capacity: { ...(pv.spec?.capacity ?? {}) } };
      this.write(upd, true);
    }
  }

  /** provisionClaim: simulated hostPath provisioners create the volume; others are external or fail as upstream's plugins do. */
  private provision(claim: KObject, className: string, sc: KObject | undefined): void {
    if (!sc) {
      this.event(claim, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`);
      return;
    }
    const plugin = provisionPlugin(sc.provisioner ?? '');
    const provisioner = plugin.kind === 'external' ? plugin.name : String(sc.provisioner);
    if (plugin.kind === 'failed' && !plugin.annotate) {
      this.event(claim, 'Warning', 'ProvisioningFailed', plugin.message);
      return;
    }
    const ann = claim.metadata.annotations ?? {};
    let pvc = claim;
    if (ann[STORAGE_PROVISIONER] !== provisioner) {
      const upd = deepCopy(claim);
      upd.metadata.annotations = { ...ann, [STORAGE_PROVISIONER]: provisioner, [BETA_STORAGE_PROVISIONER]: provisioner };
      pvc = this.write(upd);
    }
    if (plugin.kind === 'failed') {
      this.event(pvc, 'Warning', 'ProvisioningFailed', plugin.message);
      return;
    }
    this.event(
      pvc,
      'Normal',
      'ExternalProvisioning',
      `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`,
    );
    if (!SIMULATED_PROVISIONERS.has(provisioner)) return;
    const name = `pvc-${pvc.metadata.uid}`;
    const node = pvc.metadata.annotations?.[SELECTED_NODE_ANNOTATION];
    if (!node && provisioner === 'rancher.io/local-path') {
      // local-path makes its directory on the chosen node, so an Immediate class has none to use
      this.provisionerEvent(pvc, provisioner, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${className}": configuration error, no node was specified`);
      return;
    }
    this.provisionerEvent(pvc, provisioner, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${pvc.metadata.namespace}/${pvc.metadata.name}"`);
    try {
      this.ctx.api.create({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name, annotations: { [PROVISIONED_BY]: provisioner } },
        spec: {
          accessModes: [...(pvc.spec?.accessModes ?? [])],
          capacity: { storage: pvc.spec?.resources?.requests?.storage },
          claimRef: { kind: 'PersistentVolumeClaim', namespace: pvc.metadata.namespace, name: pvc.metadata.name, uid: pvc.metadata.uid, apiVersion: 'v1', resourceVersion: pvc.metadata.resourceVersion },
          // the CSI driver's volume is known by the handle its CreateVolume returned
          ...(provisioner === CSI_HOSTPATH_DRIVER
            ? { csi: { driver: CSI_HOSTPATH_DRIVER, volumeHandle: this.handleRng.uuid(), fsType: 'ext4' } }
            : { hostPath: { path: `/tmp/hostpath-provisioner/${pvc.metadata.namespace}/${pvc.metadata.name}`, type: '' } }),
          // a node-local provisioner pins the volume to the node the scheduler chose
          ...(provisioner === 'rancher.io/local-path'
            ? { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } } }
            : {}),
          persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
          storageClassName: className,
          volumeMode: pvc.spec?.volumeMode ?? 'Filesystem',
        },
      });
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'AlreadyExists') return;
      throw e;
    }
    this.provisionerEvent(pvc, provisioner, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${name}`);
  }

  /** syncVolume: Available without a claim, Released (then reclaimed) when the claim is gone. */
  private syncVolume(name: string): void {
    const pv = this.ctx.api.store.get(PVS, undefined, name);
    if (!pv) return;
    const ref = pv.spec?.claimRef;
    // unused, or reserved for a claim not bound yet: Available, whatever it was (an administrator freeing a Released volume removes its claimRef)
    if (!ref || !ref.uid) {
      if (pv.status?.phase !== 'Available') this.setVolumePhase(pv, 'Available');
      return;
    }
    const claim = this.ctx.api.store.get(PVCS, ref.namespace, ref.name);
    if (!claim || claim.metadata.uid !== ref.uid) {
      if (pv.status?.phase === 'Released' || pv.status?.phase === 'Failed') return;
      const released = this.setVolumePhase(pv, 'Released');
      // a volume already being deleted only needs to leave Bound (pv-protection then lets it go)
      if (!pv.metadata.deletionTimestamp) this.reclaim(released);
      return;
    }
    if (claim.spec?.volumeName === pv.metadata.name) {
      this.setVolumePhase(pv, 'Bound');
    } else if (claim.spec?.volumeName && pv.metadata.annotations?.[BOUND_BY_CONTROLLER] === 'yes') {
      // the claim went elsewhere: free a volume the controller had reserved
      const upd = deepCopy(pv);
      delete upd.spec.claimRef;
      if (upd.metadata.annotations) delete upd.metadata.annotations[BOUND_BY_CONTROLLER];
      this.setVolumePhase(this.write(upd), 'Available');
    }
  }

  /** reclaimVolume: Retain keeps it Released, Delete removes it, Recycle scrubs it back to Available; a plugin that cannot leaves it Failed. */
  private reclaim(pv: KObject): void {
    const outcome = reclaimOf(pv, SIMULATED_PROVISIONERS);
    if (outcome.action === 'delete') {
      try {
        this.ctx.api.delete(PVS, undefined, pv.metadata.name!);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === 'NotFound')) throw e;
      }
    } else if (outcome.action === 'recycle') {
      this.startRecycler(pv);
    } else if (outcome.action === 'fail') {
      this.failVolume(pv, outcome.reason, outcome.message);
    }
  }

  /** updateVolumePhaseWithEvent: phase Failed with its message, and a Warning on the volume. */
  private failVolume(pv: KObject, reason: string, message: string): void {
    const upd = deepCopy(pv);
    upd.status = { ...(upd.status ?? {}), phase: 'Failed', message, lastPhaseTransitionTime: this.ctx.clock.isoNow() };
    this.event(this.write(upd, true), 'Warning', reason, message);
  }

  /** recycleVolumeOperation: the recycler pod is created (one already there is the earlier attempt's, watched as well). */
  private startRecycler(pv: KObject): void {
    this.recycling.set(pv.metadata.name!, { events: [] });
    try {
      this.ctx.api.create(recyclerPod(pv));
    } catch (e) {
      if (!(e instanceof ApiError && e.reason === 'AlreadyExists')) throw e;
    }
  }

  /** Pass the recycler pods' events on to their volumes; a pod that ended is deleted and its volume freed or failed. */
  private syncRecyclers(): boolean {
    let did = false;
    for (const [name, run] of this.recycling) {
      for (const ev of run.events.splice(0)) {
        const pv = this.ctx.api.store.get(PVS, undefined, name);
        if (pv) this.event(pv, ev.type === 'Warning' ? 'Warning' : 'Normal', 'RecyclerPod', `Recycler pod: ${ev.message}`);
        did = true;
      }
      if (!run.ended) continue;
      this.recycling.delete(name);
      did = true;
      if (run.ended !== 'deleted') this.deleteRecycler(name);
      const pv = this.ctx.api.store.get(PVS, undefined, name);
      if (!pv) continue;
      const failure = run.ended === 'deleted' ? 'recycler pod was deleted' : run.ended.status?.phase === 'Failed' ? run.ended.status?.message || 'pod failed, pod.Status.Message unknown' : undefined;
      if (failure) {
        this.failVolume(pv, 'VolumeFailedRecycle', `Recycle failed: ${failure}`);
        continue;
      }
      // the pod scrubbed what it mounted; the simulation keeps a PV's files outside any node
      this.ctx.services.storage?.wipe(volumeDataKey(pv, name));
      this.event(pv, 'Normal', 'VolumeRecycled', 'Volume recycled');
      const upd = deepCopy(pv);
      delete upd.spec.claimRef;
      if (upd.metadata.annotations) delete upd.metadata.annotations[BOUND_BY_CONTROLLER];
      this.setVolumePhase(this.write(upd), 'Available');
    }
    return did;
  }

  private deleteRecycler(volume: string): void {
    try {
      this.ctx.api.delete('pods', RECYCLER_NAMESPACE, recyclerName(volume));
    } catch (e) {
      if (!(e instanceof ApiError && e.reason === 'NotFound')) throw e;
    }
  }
}
