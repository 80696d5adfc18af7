/**
 * The ReplicaSet controller (k/k pkg/controller/replicaset): keeps `spec.replicas` active pods that
 * match the selector, adopting orphans and releasing pods that stopped matching, and reports
 * replicas / fullyLabeled / ready / available counts and the ReplicaFailure condition.
 * The same code drives ReplicationControllers (map selector), as upstream's replication manager does.
 */
import { splitKey, WorkQueue } from './workqueue';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { matchesMap, matchesSelector, type Labels } from '../labels';
import type { KObject, WatchEvent } from '../types';
import { availableAt, controllerOf, createPod, deletePod, isPodActive, isPodAvailable, slowStartBatch } from './pod-control';
import { claimCandidates, claimObjects } from './controller-ref-manager';
import { isPodReady } from '../pod';
import { podsToDelete } from './replicaset-ranking';
import { OWNER_INDEX } from './workload-indexes';
import { deepCopy } from '../clone';

/** upstream BurstReplicas: at most this many creations or deletions per sync. */
const BURST_REPLICAS = 500;
/** controller.SlowStartInitialBatchSize. */
const SLOW_START_INITIAL_BATCH_SIZE = 1;

/** What differs between ReplicaSets and ReplicationControllers. */
export interface ReplicaKind {
  /** Store key of the owner resource. */
  resource: string;
  /** Event source component. */
  component: string;
  /** Whether the owner's selector matches a pod's labels. */
  matches(owner: KObject, labels: Labels | undefined): boolean;
}

const REPLICA_SET_KIND: ReplicaKind = {
  resource: 'replicasets.apps',
  component: 'replicaset-controller',
  matches: (rs, labels) => matchesSelector(rs.spec?.selector, labels),
};

export const REPLICATION_CONTROLLER_KIND: ReplicaKind = {
  resource: 'replicationcontrollers',
  component: 'replication-controller',
  // an RC without a selector selects its template's labels (API defaulting)
  matches: (rc, labels) => {
    const sel = rc.spec?.selector ?? rc.spec?.template?.metadata?.labels;
    return !!sel && Object.keys(sel).length > 0 && matchesMap(sel, labels);
  },
};

interface RsCondition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** The replica set (or replication controller) controller. */
export class ReplicaSetController implements Component {
  readonly name: string;
  readonly watches: readonly string[];
  /** Owners woken; one woken only by pod updates its sync does not read (a binding, container states) is added unchanged. */
  private readonly queue: WorkQueue;

  constructor(
    private readonly ctx: SimContext,
    private readonly kind: ReplicaKind = REPLICA_SET_KIND,
  ) {
    this.name = kind.component;
    this.watches = [kind.resource, 'pods'];
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === this.kind.resource) {
      this.enqueue(ev.object.metadata.namespace, ev.object.metadata.name!);
    } else if (ev.resource === 'pods') {
      this.observePod(ev);
    }
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) this.syncKey(key);
    return true;
  }

  private enqueue(ns: string | undefined, name: string, changed = true): void {
    this.queue.add(`${ns ?? ''}/${name}`, changed);
  }

  /** addPod / updatePod / deletePod: wake the owner, or every matching owner for an orphan that changed. */
  private observePod(ev: WatchEvent): void {
    const pod = ev.object;
    const ns = pod.metadata.namespace;
    const ref = controllerOf(pod);
    const oldRef = ev.old ? controllerOf(ev.old) : undefined;
    if (oldRef && oldRef.uid !== ref?.uid) this.enqueueRef(ns, oldRef, true);
    if (ref) {
      this.enqueueRef(ns, ref, ev.type !== 'MODIFIED' || !ev.old || oldRef?.uid !== ref.uid || readsDiffer(ev.old, pod));
      return;
    }
    if (ev.type === 'DELETED') return;
    const labelsChanged = !ev.old || JSON.stringify(ev.old.metadata.labels ?? {}) !== JSON.stringify(pod.metadata.labels ?? {});
    if (ev.type === 'ADDED' || labelsChanged || oldRef) {
      for (const owner of this.ctx.api.store.list(this.kind.resource, ns)) {
        if (this.kind.matches(owner, pod.metadata.labels)) this.enqueue(ns, owner.metadata.name!);
      }
    }
  }

  private enqueueRef(ns: string | undefined, ref: { kind: string; name: string; uid: string }, changed: boolean): void {
    const owner = this.ctx.api.store.get(this.kind.resource, ns, ref.name);
    // with minReadySeconds the time a pod became ready matters as well: every update counts
    if (owner && owner.metadata.uid === ref.uid) this.enqueue(ns, ref.name, changed || (owner.spec?.minReadySeconds ?? 0) > 0);
  }

  private syncKey(key: string): void {
    const { ns, name } = splitKey(key);
    const rs = this.ctx.api.store.get(this.kind.resource, ns, name);
    if (!rs) {
      this.queue.forget(key);
      return;
    }
    const pods = claimObjects(this.ctx.api, rs, this.candidatePods(rs).filter(isPodActive), (p) => this.kind.matches(rs, p.metadata.labels));
    let manageErr: unknown;
    if (!rs.metadata.deletionTimestamp) {
      try {
        this.manageReplicas(pods, rs);
      } catch (e) {
        manageErr = e;
      }
    }
    const updated = this.updateStatus(rs, calculateStatus(rs, pods, manageErr, this.ctx.clock.now(), this.ctx.clock.isoNow()));
    if (manageErr !== undefined) {
      this.queue.addRateLimited(key);
      return;
    }
    this.queue.forget(key);
    // wake up when a ready pod has been ready for minReadySeconds
    const minReady = updated.spec?.minReadySeconds ?? 0;
    if (minReady > 0) {
      let next: number | undefined;
      for (const p of pods) {
        const at = availableAt(p, minReady);
        if (at !== undefined && at > this.ctx.clock.now() && (next === undefined || at < next)) next = at;
      }
      if (next !== undefined) this.queue.addAt(key, next);
    }
  }

  /** The claim candidates by name (the order the informer's list gives). */
  private candidatePods(rs: KObject): KObject[] {
    return claimCandidates(this.ctx.api.store, 'pods', rs).sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0));
  }

  /** manageReplicas: create the missing pods in slow-start batches or delete the surplus by rank. */
  private manageReplicas(pods: KObject[], rs: KObject): void {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    if (diff < 0) {
      const n = Math.min(-diff, BURST_REPLICAS);
      const res = slowStartBatch(n, SLOW_START_INITIAL_BATCH_SIZE, () => createPod(this.ctx, rs, rs.spec?.template, this.kind.component));
      if (res.error !== undefined) throw res.error;
    } else if (diff > 0) {
      const n = Math.min(diff, BURST_REPLICAS);
      const victims = podsToDelete(pods, this.relatedPods(rs), n, this.ctx.clock.now());
      let first: unknown;
      for (const p of victims) {
        try {
          deletePod(this.ctx, rs, p, this.kind.component);
        } catch (e) {
          first ??= e;
        }
      }
      if (first !== undefined) throw first;
    }
  }

  /** getIndirectlyRelatedPods: pods of every replica set with the same controller (a deployment's revisions). */
  private relatedPods(rs: KObject): KObject[] {
    const ref = controllerOf(rs);
    if (!ref) return [];
    const store = this.ctx.api.store;
    const siblings = store.byIndex(this.kind.resource, OWNER_INDEX, ref.uid);
    const seen = new Set<string>();
    const out: KObject[] = [];
    for (const sib of siblings) {
      for (const p of store.byIndex('pods', OWNER_INDEX, sib.metadata.uid!)) {
        if (seen.has(p.metadata.uid!)) continue;
        seen.add(p.metadata.uid!);
        out.push(p);
      }
    }
    return out;
  }

  /** updateReplicaSetStatus: write only when counts, conditions or observedGeneration changed. */
  private updateStatus(rs: KObject, status: ReplicaSetStatus): KObject {
    const cur = rs.status ?? {};
    const same =
      (cur.replicas ?? 0) === status.replicas &&
      (cur.fullyLabeledReplicas ?? 0) === status.fullyLabeledReplicas &&
      (cur.readyReplicas ?? 0) === status.readyReplicas &&
      (cur.availableReplicas ?? 0) === status.availableReplicas &&
      (rs.metadata.generation ?? 0) === (cur.observedGeneration ?? 0) &&
      JSON.stringify(cur.conditions ?? []) === JSON.stringify(status.conditions ?? []);
    if (same) return rs;
    // only status is written: the rest stays shared with the stored object
    const upd: KObject = { ...rs, metadata: { ...rs.metadata } };
    upd.status = statusJson({ ...status, observedGeneration: rs.metadata.generation ?? 0 });
    delete upd.metadata.resourceVersion;
    return this.ctx.api.updateStatus(upd);
  }
}

/**
 * Whether two versions of a pod with the same controller differ in what the owner's sync reads of it:
 * whether it is active (phase, deletion), its labels and owners (claiming, fully labelled), readiness.
 */
function readsDiffer(old: KObject, pod: KObject): boolean {
  return (
    old.status?.phase !== pod.status?.phase ||
    !!old.metadata.deletionTimestamp !== !!pod.metadata.deletionTimestamp ||
    isPodReady(old) !== isPodReady(pod) ||
    (old.metadata.labels !== pod.metadata.labels && JSON.stringify(old.metadata.labels ?? {}) !== JSON.stringify(pod.metadata.labels ?? {})) ||
    (old.metadata.ownerReferences !== pod.metadata.ownerReferences && JSON.stringify(old.metadata.ownerReferences ?? []) !== JSON.stringify(pod.metadata.ownerReferences ?? []))
  );
}

/** apps/v1 ReplicaSetStatus as the controller computes it. */
export interface ReplicaSetStatus {
  replicas: number;
  fullyLabeledReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
  observedGeneration?: number;
  conditions?: RsCondition[];
}

/** calculateStatus (replica_set_utils.go): counts over the active claimed pods, ReplicaFailure on errors. */
function calculateStatus(rs: KObject, pods: KObject[], manageErr: unknown, nowMs: number, nowIso: string): ReplicaSetStatus {
  const templateLabels: Labels = rs.spec?.template?.metadata?.labels ?? {};
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  const minReady = rs.spec?.minReadySeconds ?? 0;
  for (const p of pods) {
    if (matchesMap(templateLabels, p.metadata.labels)) fullyLabeled++;
    if (isPodReady(p)) {
      ready++;
      if (isPodAvailable(p, minReady, nowMs)) available++;
    }
  }
  let conditions: RsCondition[] = deepCopy(rs.status?.conditions ?? []);
  const failure = conditions.find((c) => c.type === 'ReplicaFailure');
  if (manageErr !== undefined && !failure) {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    const message = manageErr instanceof Error ? manageErr.message : String(manageErr);
    conditions = [...conditions, { type: 'ReplicaFailure', status: 'True', lastTransitionTime: nowIso, reason, message }];
  } else if (manageErr === undefined && failure) {
    conditions = conditions.filter((c) => c.type !== 'ReplicaFailure');
  }
  return { replicas: pods.length, fullyLabeledReplicas: fullyLabeled, readyReplicas: ready, availableReplicas: available, conditions };
}

/** The JSON form: omitempty fields dropped when zero, as the API server stores them. */
function statusJson(s: ReplicaSetStatus): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.availableReplicas) out.availableReplicas = s.availableReplicas;
  if (s.conditions && s.conditions.length) out.conditions = s.conditions;
  if (s.fullyLabeledReplicas) out.fullyLabeledReplicas = s.fullyLabeledReplicas;
  if (s.observedGeneration) out.observedGeneration = s.observedGeneration;
  if (s.readyReplicas) out.readyReplicas = s.readyReplicas;
  out.replicas = s.replicas;
  return out;
}
