/**
 * The Deployment controller (k/k pkg/controller/deployment): owns one ReplicaSet per pod template
 * (named `<deployment>-<pod-template-hash>`), scales them by the RollingUpdate or Recreate strategy,
 * keeps revisions and history, and reports status and the Available/Progressing conditions.
 * Over 400 lines: upstream's controller and sync.go as one loop; the strategies and the progress
 * check are deployment-rolling.ts, deployment-recreate.ts and deployment-progress.ts.
 */
import { keyOf, splitKey, WorkQueue } from './workqueue';
import type { SimContext } from '../context';
import type { Component } from '../component';
import type { DeploymentSync, RSPair } from './deployment-sync';
import { matchesSelector } from '../labels';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { calculateDeploymentStatus, deploymentStatusJson, syncRolloutStatus } from './deployment-progress';
import { rolloutRecreate } from './deployment-recreate';
import { rolloutRolling } from './deployment-rolling';
import {
  DESIRED_REPLICAS_ANNOTATION,
  REVISION_ANNOTATION,
  Reasons,
  activeReplicaSets,
  byRevision,
  bySizeNewer,
  bySizeOlder,
  findActiveOrLatest,
  findNewReplicaSet,
  getCondition,
  hasProgressDeadline,
  isRollingUpdate,
  isSaturated,
  maxRevision,
  maxSurge,
  newCondition,
  newRSNewReplicas,
  replicaCount,
  replicaSetProportion,
  replicasAnnotationsNeedUpdate,
  revisionHistoryLimit,
  setCondition,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  specReplicas,
  strategyType,
  type DeploymentStatus,
  SyncError,
} from './deployment-util';
import { POD_TEMPLATE_HASH_LABEL, computeHash, equalIgnoreHash } from './template-hash';
import { semanticEqual } from '../json';
import { controllerOf, controllerRef } from './pod-control';
import { claimCandidates, claimObjects } from './controller-ref-manager';
import { deepCopy } from '../clone';

const DEPLOYMENT_COMPONENT = 'deployment-controller';
const DEPLOYMENTS = 'deployments.apps';
const REPLICASETS = 'replicasets.apps';

/** The deployment controller. `d` passed around is a working copy, written back through `writeStatus`. */
export class DeploymentController implements Component, DeploymentSync {
  readonly name = DEPLOYMENT_COMPONENT;
  readonly watches = [DEPLOYMENTS, REPLICASETS, 'pods'];
  private readonly queue: WorkQueue;

  constructor(readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === DEPLOYMENTS) this.enqueue(ev.object);
    else if (ev.resource === REPLICASETS) this.observeReplicaSet(ev);
    else if (ev.resource === 'pods') this.observePod(ev);
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) {
      try {
        this.syncKey(key);
        this.queue.forget(key);
      } catch (e) {
        if (!(e instanceof ApiError || e instanceof SyncError)) throw e;
        this.queue.addRateLimited(key);
      }
    }
    return true;
  }

  private enqueue(d: KObject): void {
    this.queue.add(keyOf(d));
  }

  /** Sync a deployment again at virtual time `at` (the earliest request wins). */
  enqueueAt(key: string, at: number): void {
    this.queue.addAt(key, at);
  }

  private deploymentFor(ns: string | undefined, ref: { kind: string; name: string; uid: string } | undefined): KObject | undefined {
    if (!ref || ref.kind !== 'Deployment') return undefined;
    const d = this.ctx.api.store.get(DEPLOYMENTS, ns, ref.name);
    return d && d.metadata.uid === ref.uid ? d : undefined;
  }

  /** addReplicaSet / updateReplicaSet / deleteReplicaSet. */
  private observeReplicaSet(ev: WatchEvent): void {
    const rs = ev.object;
    const ns = rs.metadata.namespace;
    const ref = controllerOf(rs);
    const oldRef = ev.old ? controllerOf(ev.old) : undefined;
    if (oldRef && oldRef.uid !== ref?.uid) {
      const old = this.deploymentFor(ns, oldRef);
      if (old) this.enqueue(old);
    }
    if (ref) {
      const d = this.deploymentFor(ns, ref);
      if (d) this.enqueue(d);
      return;
    }
    if (ev.type === 'DELETED') return;
    const labelsChanged = !ev.old || !semanticEqual(ev.old.metadata.labels, rs.metadata.labels);
    if (ev.type === 'ADDED' || labelsChanged || oldRef) {
      for (const d of this.ctx.api.store.byIndex(DEPLOYMENTS, 'namespace', ns ?? '')) {
        if (matchesSelector(d.spec?.selector, rs.metadata.labels)) this.enqueue(d);
      }
    }
  }

  /** Recreate waits for old pods to be gone: wake it when one goes away or terminates. */
  private observePod(ev: WatchEvent): void {
    const pod = ev.object;
    const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
    const becameTerminal = ev.type === 'MODIFIED' && terminal && ev.old?.status?.phase !== pod.status?.phase;
    if (ev.type !== 'DELETED' && !becameTerminal) return;
    const ns = pod.metadata.namespace;
    const rsRef = controllerOf(pod);
    if (!rsRef || rsRef.kind !== 'ReplicaSet') return;
    const rs = this.ctx.api.store.get(REPLICASETS, ns, rsRef.name);
    if (!rs || rs.metadata.uid !== rsRef.uid) return;
    const d = this.deploymentFor(ns, controllerOf(rs));
    if (d && strategyType(d) === 'Recreate') this.enqueue(d);
  }

  private syncKey(key: string): void {
    const { ns, name } = splitKey(key);
    const stored = this.ctx.api.store.get(DEPLOYMENTS, ns, name);
    if (!stored) return;
    // spec is only read here (RS templates are cloned from it), so it stays shared with the stored object
    // and template comparison keys cached per object keep hitting
    const d: KObject = { ...stored, metadata: deepCopy(stored.metadata), status: deepCopy(stored.status ?? {}) };
    if (semanticEqual(d.spec?.selector ?? null, {})) {
      this.ctx.events.record(stored, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.', {
        component: DEPLOYMENT_COMPONENT,
      });
      if ((d.status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
        d.status.observedGeneration = d.metadata.generation;
        this.writeStatus(d);
      }
      return;
    }
    const rsList = this.getReplicaSetsForDeployment(d);
    if (d.metadata.deletionTimestamp) return this.syncStatusOnly(d, rsList);
    this.checkPausedConditions(d);
    if (d.spec?.paused) return this.syncScale(d, rsList);
    if (this.isScalingEvent(d, rsList)) return this.syncScale(d, rsList);
    const type = strategyType(d);
    if (type === 'Recreate') return rolloutRecreate(this, d, rsList);
    if (type === 'RollingUpdate') return rolloutRolling(this, d, rsList);
  }

  /** ClaimReplicaSets: adopt matching orphans, release owned ones that stopped matching. */
  getReplicaSetsForDeployment(d: KObject): KObject[] {
    return claimObjects(this.ctx.api, d, claimCandidates(this.ctx.api.store, REPLICASETS, d), (rs) => matchesSelector(d.spec?.selector, rs.metadata.labels));
  }

  /** getAllReplicaSetsAndSyncRevision: the new RS (created when asked) and all the old ones. */
  getAllReplicaSetsAndSyncRevision(d: KObject, rsList: KObject[], createIfNotExisted: boolean): RSPair {
    const existing = findNewReplicaSet(d, rsList);
    const oldRSs = rsList.filter((rs) => rs.metadata.uid !== existing?.metadata.uid);
    const newRS = this.getNewReplicaSet(d, rsList, oldRSs, createIfNotExisted);
    return { newRS, oldRSs };
  }

  /** getNewReplicaSet: sync the existing new RS's annotations, or create it with the next revision. */
  private getNewReplicaSet(d: KObject, rsList: KObject[], oldRSs: KObject[], create: boolean): KObject | undefined {
    const existing = findNewReplicaSet(d, rsList);
    const newRevision = maxRevision(oldRSs) + 1;
    const now = this.ctx.clock.isoNow();
    if (existing) {
      // work on a copy of the annotations only: cloning the whole RS on every sync is costly
      const probe = { metadata: { annotations: { ...(existing.metadata.annotations ?? {}) } } } as KObject;
      const annotationsUpdated = setNewReplicaSetAnnotations(d, probe, newRevision, true);
      const minReady = d.spec?.minReadySeconds ?? 0;
      if (annotationsUpdated || (existing.spec?.minReadySeconds ?? 0) !== minReady) {
        const rsCopy = deepCopy(existing);
        rsCopy.metadata.annotations = probe.metadata.annotations;
        if (minReady) rsCopy.spec.minReadySeconds = minReady;
        else delete rsCopy.spec.minReadySeconds;
        delete rsCopy.metadata.resourceVersion;
        return this.ctx.api.update(rsCopy);
      }
      const rsCopy = existing;
      let needsUpdate = setDeploymentRevision(d, rsCopy.metadata.annotations?.[REVISION_ANNOTATION] ?? '');
      if (hasProgressDeadline(d) && !getCondition(d.status, 'Progressing')) {
        setCondition(d.status, newCondition('Progressing', 'True', Reasons.FoundNewRS, `Found new replica set "${rsCopy.metadata.name}"`, now));
        needsUpdate = true;
      }
      if (needsUpdate) this.writeStatus(d);
      return existing;
    }
    if (!create) return undefined;

    const template = deepCopy(d.spec?.template ?? {});
    const hash = computeHash(template, d.status?.collisionCount);
    template.metadata ??= {};
    template.metadata.labels = { ...(template.metadata.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
    const selector = deepCopy(d.spec?.selector ?? {});
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
    const newRS: KObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: { ...template.metadata.labels },
        ownerReferences: [controllerRef(d)],
      },
      spec: {
        replicas: 0,
        ...(d.spec?.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
        selector,
        template,
      },
    };
    const replicas = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
    newRS.spec.replicas = replicas;
    setNewReplicaSetAnnotations(d, newRS, newRevision, false);
    let created: KObject;
    let alreadyExists = false;
    try {
      created = this.ctx.api.create(newRS);
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'AlreadyExists') {
        const rs = this.ctx.api.store.get(REPLICASETS, d.metadata.namespace, newRS.metadata.name!);
        const ref = rs ? controllerOf(rs) : undefined;
        if (rs && ref?.uid === d.metadata.uid && equalIgnoreHash(d.spec?.template, rs.spec?.template)) {
          created = rs;
          alreadyExists = true;
        } else {
          // a hash collision: bump collisionCount and try again with a different name
          d.status.collisionCount = (d.status.collisionCount ?? 0) + 1;
          this.writeStatus(d);
          throw e;
        }
      } else if (e instanceof ApiError) {
        const msg = `Failed to create new replica set "${newRS.metadata.name}": ${e.message}`;
        if (hasProgressDeadline(d)) {
          setCondition(d.status, newCondition('Progressing', 'False', Reasons.FailedRSCreate, msg, now));
          this.writeStatus(d);
        }
        this.ctx.events.record(d, 'Warning', Reasons.FailedRSCreate, msg, { component: DEPLOYMENT_COMPONENT });
        throw e;
      } else {
        throw e;
      }
    }
    if (!alreadyExists && replicas > 0) {
      this.recordScaling(d, `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
    }
    let needsUpdate = setDeploymentRevision(d, String(newRevision));
    if (!alreadyExists && hasProgressDeadline(d)) {
      setCondition(d.status, newCondition('Progressing', 'True', Reasons.NewReplicaSet, `Created new replica set "${created.metadata.name}"`, now));
      needsUpdate = true;
    }
    if (needsUpdate) this.writeStatus(d);
    return created;
  }

  private recordScaling(d: KObject, message: string): void {
    this.ctx.events.record(d, 'Normal', 'ScalingReplicaSet', message, { component: DEPLOYMENT_COMPONENT });
  }

  /** scaleReplicaSetAndRecordEvent: change spec.replicas (and the replica annotations) of one RS. */
  scaleReplicaSetAndRecordEvent(rs: KObject, newScale: number, d: KObject): { scaled: boolean; rs: KObject } {
    if (specReplicas(rs) === newScale) return { scaled: false, rs };
    return this.scaleReplicaSet(rs, newScale, d, specReplicas(rs) < newScale ? 'up' : 'down');
  }

  scaleReplicaSet(rs: KObject, newScale: number, d: KObject, op: string): { scaled: boolean; rs: KObject } {
    const oldScale = specReplicas(rs);
    const sizeNeedsUpdate = oldScale !== newScale;
    const max = specReplicas(d) + maxSurge(d);
    if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, specReplicas(d), max)) return { scaled: false, rs };
    const copy = deepCopy(rs);
    copy.spec.replicas = newScale;
    setReplicasAnnotations(copy, specReplicas(d), max);
    delete copy.metadata.resourceVersion;
    const updated = this.ctx.api.update(copy);
    if (sizeNeedsUpdate) this.recordScaling(d, `Scaled ${op} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`);
    return { scaled: sizeNeedsUpdate, rs: updated };
  }

  /** isScalingEvent: an active RS's desired-replicas annotation disagrees with spec.replicas. */
  private isScalingEvent(d: KObject, rsList: KObject[]): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    for (const rs of activeReplicaSets([...oldRSs, newRS])) {
      const v = rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION];
      if (v === undefined || !/^\d+$/.test(v)) continue;
      if (Number(v) !== specReplicas(d)) return true;
    }
    return false;
  }

  /** sync: scaling events and paused deployments only resize, then update status. */
  private syncScale(d: KObject, rsList: KObject[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.scale(d, newRS, oldRSs);
    if (d.spec?.paused) this.cleanupDeployment(oldRSs, d);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS, d);
  }

  private syncStatusOnly(d: KObject, rsList: KObject[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS, d);
  }

  /** scale: one active RS takes the whole size; otherwise surplus or deficit is shared proportionally. */
  private scale(d: KObject, newRS: KObject | undefined, oldRSs: KObject[]): void {
    const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
    if (activeOrLatest) {
      if (specReplicas(activeOrLatest) === specReplicas(d)) return;
      this.scaleReplicaSetAndRecordEvent(activeOrLatest, specReplicas(d), d);
      return;
    }
    if (isSaturated(d, newRS)) {
      for (const old of activeReplicaSets(oldRSs)) this.scaleReplicaSetAndRecordEvent(old, 0, d);
      return;
    }
    if (!isRollingUpdate(d)) return;
    const all = activeReplicaSets([...oldRSs, newRS]);
    const allowed = specReplicas(d) > 0 ? specReplicas(d) + maxSurge(d) : 0;
    const toAdd = allowed - replicaCount(all);
    let op = '';
    if (toAdd > 0) {
      all.sort(bySizeNewer);
      op = 'up';
    } else if (toAdd < 0) {
      all.sort(bySizeOlder);
      op = 'down';
    }
    let added = 0;
    const sizes = new Map<string, number>();
    for (const rs of all) {
      if (toAdd !== 0) {
        const p = replicaSetProportion(rs, d, toAdd, added);
        sizes.set(rs.metadata.name!, specReplicas(rs) + p);
        added += p;
      } else {
        sizes.set(rs.metadata.name!, specReplicas(rs));
      }
    }
    all.forEach((rs, i) => {
      if (i === 0 && toAdd !== 0) sizes.set(rs.metadata.name!, Math.max(0, sizes.get(rs.metadata.name!)! + toAdd - added));
      this.scaleReplicaSet(rs, sizes.get(rs.metadata.name!)!, d, op);
    });
  }

  /** cleanupDeployment: delete the oldest empty replica sets beyond revisionHistoryLimit. */
  cleanupDeployment(oldRSs: KObject[], d: KObject): void {
    const limit = revisionHistoryLimit(d);
    if (limit === undefined) return;
    const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = cleanable.length - limit;
    if (diff <= 0) return;
    cleanable.sort(byRevision);
    for (let i = 0; i < diff; i++) {
      const rs = cleanable[i];
      if ((rs.status?.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0) || rs.metadata.deletionTimestamp) {
        continue;
      }
      try {
        this.ctx.api.delete(REPLICASETS, rs.metadata.namespace, rs.metadata.name!);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === 'NotFound')) throw e;
      }
    }
  }

  /** checkPausedConditions: Progressing Unknown/DeploymentPaused or DeploymentResumed. */
  private checkPausedConditions(d: KObject): void {
    if (!hasProgressDeadline(d)) return;
    const cond = getCondition(d.status, 'Progressing');
    if (cond?.reason === Reasons.TimedOut) return;
    const pausedCondExists = cond?.reason === Reasons.PausedDeploy;
    const now = this.ctx.clock.isoNow();
    if (d.spec?.paused && !pausedCondExists) {
      setCondition(d.status, newCondition('Progressing', 'Unknown', Reasons.PausedDeploy, 'Deployment is paused', now));
    } else if (!d.spec?.paused && pausedCondExists) {
      setCondition(d.status, newCondition('Progressing', 'Unknown', Reasons.ResumedDeploy, 'Deployment is resumed', now));
    } else {
      return;
    }
    this.writeStatus(d);
  }

  /** syncDeploymentStatus: write the computed status when it differs. */
  syncDeploymentStatus(allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject): void {
    const status = calculateDeploymentStatus(allRSs, newRS, d, this.ctx.clock.isoNow());
    if (semanticEqual(d.status, status)) return;
    d.status = status;
    this.writeStatus(d);
  }

  /** syncRolloutStatus (progress.go), shared by both strategies. */
  syncRolloutStatus(allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject): void {
    syncRolloutStatus(this, allRSs, newRS, d);
  }

  /**
   * Write the working copy back: annotations through the main resource (upstream's status update
   * carries them; ours keeps metadata), then the status subresource.
   */
  writeStatus(d: KObject): void {
    const ns = d.metadata.namespace;
    const stored = this.ctx.api.store.get(DEPLOYMENTS, ns, d.metadata.name!);
    if (!stored) return;
    if (!semanticEqual(stored.metadata.annotations ?? {}, d.metadata.annotations ?? {})) {
      const upd = deepCopy(stored);
      upd.metadata.annotations = deepCopy(d.metadata.annotations);
      delete upd.metadata.resourceVersion;
      this.ctx.api.update(upd);
    }
    const latest = this.ctx.api.store.get(DEPLOYMENTS, ns, d.metadata.name!)!;
    // only status is written: the rest stays shared with the stored object
    const upd: KObject = { ...latest, metadata: { ...latest.metadata } };
    upd.status = deploymentStatusJson(d.status as DeploymentStatus);
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }
}
