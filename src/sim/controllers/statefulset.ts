/**
 * The StatefulSet controller (k/k pkg/controller/statefulset, stateful_set_control.go and
 * stateful_set_utils.go): pods `<set>-<ordinal>` with stable identity and claims from
 * volumeClaimTemplates, OrderedReady or Parallel scaling, RollingUpdate (with partition) or
 * OnDelete updates, ControllerRevisions and the status fields kubectl reads.
 */
import { keyOf, splitKey, WorkQueue } from './workqueue';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { matchesSelector } from '../labels';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { computeHash } from './template-hash';
import { canonicalJson } from '../json';
import { availableAt, controllerOf, controllerRef, isPodAvailable, podFromTemplate } from './pod-control';
import { claimCandidates, claimObjects } from './controller-ref-manager';
import { isPodReady } from '../pod';
import { OWNER_INDEX } from './workload-indexes';
import { deepCopy } from '../clone';

const STATEFULSET_COMPONENT = 'statefulset-controller';
const SETS = 'statefulsets.apps';
const REVISIONS = 'controllerrevisions.apps';
const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
const REVISION_LABEL = 'controller-revision-hash';
const CR_HASH_LABEL = 'controller.kubernetes.io/hash';

/** The ordinal of a set member (`web-2` → 2), or -1. */
function ordinalOf(set: KObject, pod: KObject): number {
  const m = /^(.*)-(\d+)$/.exec(pod.metadata.name ?? '');
  return m && m[1] === set.metadata.name ? Number(m[2]) : -1;
}

const isTerminating = (p: KObject) => !!p.metadata.deletionTimestamp;
const isFailed = (p: KObject) => p.status?.phase === 'Failed';
const isSucceeded = (p: KObject) => p.status?.phase === 'Succeeded';
const isRunningAndReady = (p: KObject) => p.status?.phase === 'Running' && isPodReady(p);

/** The revision data upstream stores: the template as a replace patch. */
function revisionData(set: KObject): Record<string, unknown> {
  return { spec: { template: { ...deepCopy(set.spec?.template ?? {}), $patch: 'replace' } } };
}

export class StatefulSetController implements Component {
  readonly name = STATEFULSET_COMPONENT;
  readonly watches = [SETS, 'pods'];
  private readonly queue: WorkQueue;

  constructor(private readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === SETS) this.queue.add(keyOf(ev.object));
    else if (ev.resource === 'pods') {
      const ns = ev.object.metadata.namespace;
      for (const ref of [controllerOf(ev.object), ev.old ? controllerOf(ev.old) : undefined]) {
        if (ref?.kind !== 'StatefulSet') continue;
        const set = this.ctx.api.store.get(SETS, ns, ref.name);
        if (set && set.metadata.uid === ref.uid) this.queue.add(keyOf(set));
      }
      if (!controllerOf(ev.object) && ev.type !== 'DELETED') {
        for (const set of this.ctx.api.store.list(SETS, ns)) {
          if (matchesSelector(set.spec?.selector, ev.object.metadata.labels) && ordinalOf(set, ev.object) >= 0) this.queue.add(keyOf(set));
        }
      }
    }
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) {
      try {
        this.syncKey(key);
        this.queue.forget(key);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        this.queue.addRateLimited(key);
      }
    }
    return true;
  }

  private syncKey(key: string): void {
    const { ns, name } = splitKey(key);
    const set = this.ctx.api.store.get(SETS, ns, name);
    if (!set || set.metadata.deletionTimestamp) return;
    const pods = this.claimPods(set);
    const { current, update, collisionCount } = this.revisions(set);
    const status = this.updateStatefulSet(set, pods, current, update);
    this.writeStatus(set, status, current, update, collisionCount);
    this.truncateHistory(set, status, current, update);
  }

  /** truncateHistory: drop the oldest revisions no pod uses beyond revisionHistoryLimit. */
  private truncateHistory(set: KObject, pods: KObject[], current: KObject, update: KObject): void {
    const live = new Set([current.metadata.name, update.metadata.name, ...pods.map((p) => p.metadata.labels?.[REVISION_LABEL])]);
    const history = this.ctx.api.store
      .byIndex(REVISIONS, OWNER_INDEX, set.metadata.uid!)
      .filter((r) => !live.has(r.metadata.name))
      .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    const limit = set.spec?.revisionHistoryLimit ?? 10;
    for (const r of history.slice(0, Math.max(0, history.length - limit))) {
      try {
        this.ctx.api.delete(REVISIONS, r.metadata.namespace, r.metadata.name!);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === 'NotFound')) throw e;
      }
    }
  }

  /** Owned members that still match, plus matching orphans named like members (adopted). */
  private claimPods(set: KObject): KObject[] {
    const candidates = claimCandidates(this.ctx.api.store, 'pods', set);
    // a set being deleted is not synced, so claiming never sees its deletionTimestamp
    return claimObjects(this.ctx.api, set, candidates, (pod) => matchesSelector(set.spec?.selector, pod.metadata.labels) && ordinalOf(set, pod) >= 0);
  }

  /** getStatefulSetRevisions: reuse an equal ControllerRevision (renumbering it if old) or create the next one. */
  private revisions(set: KObject): { current: KObject; update: KObject; collisionCount: number } {
    const api = this.ctx.api;
    const history = api.store.byIndex(REVISIONS, OWNER_INDEX, set.metadata.uid!).sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    const data = revisionData(set);
    const dataKey = canonicalJson(data);
    const latest = history.at(-1);
    const next = (latest?.revision ?? 0) + 1;
    let collisionCount = set.status?.collisionCount ?? 0;
    let update: KObject | undefined;
    const equal = history.filter((r) => canonicalJson(r.data) === dataKey);
    if (equal.length && equal.at(-1) === latest) {
      update = latest;
    } else if (equal.length) {
      const upd = deepCopy(equal.at(-1)!);
      upd.revision = next;
      delete upd.metadata.resourceVersion;
      update = api.update(upd);
    } else {
      for (;;) {
        const hash = computeHash(data, collisionCount);
        const cr: KObject = {
          apiVersion: 'apps/v1',
          kind: 'ControllerRevision',
          metadata: {
            name: `${set.metadata.name!.slice(0, 223)}-${hash}`,
            namespace: set.metadata.namespace,
            labels: { ...(set.spec?.template?.metadata?.labels ?? {}), [CR_HASH_LABEL]: hash },
            ...(set.metadata.annotations ? { annotations: { ...set.metadata.annotations } } : {}),
            ownerReferences: [controllerRef(set)],
          },
          data,
          revision: next,
        };
        try {
          update = api.create(cr);
          break;
        } catch (e) {
          if (!(e instanceof ApiError && e.reason === 'AlreadyExists')) throw e;
          collisionCount++;
        }
      }
    }
    const currentName = set.status?.currentRevision;
    const current = history.find((r) => r.metadata.name === currentName) ?? update!;
    return { current, update: update!, collisionCount };
  }

  /** newVersionedStatefulSetPod: ordinals below the partition keep the current revision. */
  private newPod(set: KObject, ordinal: number, current: KObject, update: KObject): KObject {
    const start = set.spec?.ordinals?.start ?? 0;
    const strategy = set.spec?.updateStrategy ?? {};
    const partition = strategy.rollingUpdate?.partition ?? 0;
    const useCurrent = (strategy.type ?? 'RollingUpdate') === 'RollingUpdate' ? ordinal < start + partition : ordinal < start + (set.status?.currentReplicas ?? 0);
    const rev = useCurrent ? current : update;
    const template = (rev.data as { spec: { template: KObject['spec'] } }).spec.template;
    const { $patch: _p, ...tpl } = template;
    const pod = podFromTemplate(tpl, set);
    const name = `${set.metadata.name}-${ordinal}`;
    delete pod.metadata.generateName;
    pod.metadata.name = name;
    pod.metadata.labels = { ...(pod.metadata.labels ?? {}), [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [REVISION_LABEL]: rev.metadata.name! };
    pod.spec.hostname = name;
    if (set.spec?.serviceName) pod.spec.subdomain = set.spec.serviceName;
    const claims = (set.spec?.volumeClaimTemplates ?? []) as KObject[];
    if (claims.length) {
      const names = new Set(claims.map((c) => c.metadata.name));
      pod.spec.volumes = [
        ...claims.map((c) => ({ name: c.metadata.name, persistentVolumeClaim: { claimName: `${c.metadata.name}-${name}` } })),
        ...(pod.spec.volumes ?? []).filter((v: { name: string }) => !names.has(v.name)),
      ];
    }
    return pod;
  }

  private event(set: KObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.events.record(set, type, reason, message, { component: STATEFULSET_COMPONENT });
  }

  /** createStatefulPod: the claims first (kept if they exist), then the pod. */
  private createPod(set: KObject, pod: KObject): void {
    for (const tpl of (set.spec?.volumeClaimTemplates ?? []) as KObject[]) {
      const claimName = `${tpl.metadata.name}-${pod.metadata.name}`;
      if (this.ctx.api.tryGet('persistentvolumeclaims', set.metadata.namespace, claimName)) continue;
      const claim: KObject = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
          name: claimName,
          namespace: set.metadata.namespace,
          labels: { ...(tpl.metadata.labels ?? {}), ...(set.spec?.selector?.matchLabels ?? {}) },
          ...(tpl.metadata.annotations ? { annotations: { ...tpl.metadata.annotations } } : {}),
        },
        spec: deepCopy(tpl.spec ?? {}),
      };
      try {
        this.ctx.api.create(claim);
        this.event(set, 'Normal', 'SuccessfulCreate', `create Claim ${claimName} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} success`);
      } catch (e) {
        if (e instanceof ApiError) {
          this.event(set, 'Warning', 'FailedCreate', `create Claim ${claimName} for Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`);
        }
        throw e;
      }
    }
    try {
      // the set's pod spec is validated only here, pod by pod (its mounts may name claim templates)
      this.ctx.api.create(pod, { validate: true });
      this.event(set, 'Normal', 'SuccessfulCreate', `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
    } catch (e) {
      if (e instanceof ApiError) this.event(set, 'Warning', 'FailedCreate', `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`);
      throw e;
    }
  }

  private deletePod(set: KObject, pod: KObject): void {
    try {
      this.ctx.api.delete('pods', pod.metadata.namespace, pod.metadata.name!);
      this.event(set, 'Normal', 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
    } catch (e) {
      if (e instanceof ApiError && e.reason !== 'NotFound') {
        this.event(set, 'Warning', 'FailedDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`);
      }
      if (!(e instanceof ApiError && e.reason === 'NotFound')) throw e;
    }
  }

  /** updateStatefulSet: one pass over ordinals in order; OrderedReady stops at the first pod it must wait for. */
  private updateStatefulSet(set: KObject, pods: KObject[], current: KObject, update: KObject): KObject[] {
    const start = set.spec?.ordinals?.start ?? 0;
    const replicaCount = set.spec?.replicas ?? 1;
    const monotonic = (set.spec?.podManagementPolicy ?? 'OrderedReady') !== 'Parallel';
    const minReady = set.spec?.minReadySeconds ?? 0;
    const replicas: (KObject | undefined)[] = new Array(replicaCount).fill(undefined);
    const condemned: KObject[] = [];
    for (const p of pods) {
      const ord = ordinalOf(set, p);
      if (ord >= start && ord < start + replicaCount) replicas[ord - start] = p;
      else condemned.push(p);
    }
    condemned.sort((a, b) => ordinalOf(set, b) - ordinalOf(set, a));
    const healthy = (p: KObject) => isRunningAndReady(p) && isPodAvailable(p, minReady, this.ctx.clock.now()) && !isTerminating(p);
    const unhealthy = [...replicas.filter((p): p is KObject => !!p), ...condemned].filter((p) => !healthy(p));
    const firstUnhealthy = unhealthy.sort((a, b) => ordinalOf(set, a) - ordinalOf(set, b))[0];
    let next: number | undefined;
    const remember = (p: KObject) => {
      const at = availableAt(p, minReady);
      if (at !== undefined && at > this.ctx.clock.now() && (next === undefined || at < next)) next = at;
    };

    const run = (): void => {
      for (let i = 0; i < replicaCount; i++) {
        const p = replicas[i];
        if (p && (isFailed(p) || isSucceeded(p)) && !isTerminating(p)) {
          this.deletePod(set, p);
          if (monotonic) return;
          continue;
        }
        if (!p) {
          this.createPod(set, this.newPod(set, start + i, current, update));
          if (monotonic) return;
          continue;
        }
        if (isTerminating(p) && monotonic) return;
        if (!healthy(p) && monotonic) {
          remember(p);
          return;
        }
      }
      for (const p of condemned) {
        if (isTerminating(p)) {
          if (monotonic) return;
          continue;
        }
        if (!healthy(p) && monotonic && p !== firstUnhealthy) return;
        this.deletePod(set, p);
        if (monotonic) return;
      }
      const strategy = set.spec?.updateStrategy ?? {};
      if ((strategy.type ?? 'RollingUpdate') === 'OnDelete') return;
      const updateMin = strategy.rollingUpdate?.partition ?? 0;
      for (let i = replicaCount - 1; i >= updateMin; i--) {
        const p = replicas[i];
        if (!p) return;
        if (p.metadata.labels?.[REVISION_LABEL] !== update.metadata.name && !isTerminating(p)) {
          this.deletePod(set, p);
          return;
        }
        if (!healthy(p)) {
          remember(p);
          return;
        }
      }
    };
    run();
    if (next !== undefined) this.queue.addAt(keyOf(set), next);
    return this.claimPodsAfter(set);
  }

  /** The members as they are after this pass (status counts what exists now). */
  private claimPodsAfter(set: KObject): KObject[] {
    return this.ctx.api.store.byIndex('pods', OWNER_INDEX, set.metadata.uid!).filter((p) => controllerOf(p)?.uid === set.metadata.uid);
  }

  /** computeReplicaStatus plus completeRollingUpdate, written when it changed. */
  private writeStatus(set: KObject, pods: KObject[], current: KObject, update: KObject, collisionCount: number): void {
    const minReady = set.spec?.minReadySeconds ?? 0;
    const s = { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0 };
    for (const p of pods) {
      s.replicas++;
      if (isRunningAndReady(p)) {
        s.readyReplicas++;
        if (isPodAvailable(p, minReady, this.ctx.clock.now())) s.availableReplicas++;
      }
      if (!isTerminating(p)) {
        const rev = p.metadata.labels?.[REVISION_LABEL];
        if (rev === current.metadata.name) s.currentReplicas++;
        if (rev === update.metadata.name) s.updatedReplicas++;
      }
    }
    let currentRevision = current.metadata.name!;
    const rolling = (set.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
    if (rolling && s.updatedReplicas === s.replicas && s.readyReplicas === s.replicas) {
      s.currentReplicas = s.updatedReplicas;
      currentRevision = update.metadata.name!;
    }
    const status: Record<string, unknown> = {
      ...(s.availableReplicas ? { availableReplicas: s.availableReplicas } : {}),
      collisionCount,
      ...(s.currentReplicas ? { currentReplicas: s.currentReplicas } : {}),
      currentRevision,
      observedGeneration: set.metadata.generation,
      ...(s.readyReplicas ? { readyReplicas: s.readyReplicas } : {}),
      replicas: s.replicas,
      updateRevision: update.metadata.name,
      ...(s.updatedReplicas ? { updatedReplicas: s.updatedReplicas } : {}),
    };
    if (canonicalJson(status) === canonicalJson(set.status ?? {})) return;
    const latest = this.ctx.api.store.get(SETS, set.metadata.namespace, set.metadata.name!);
    if (!latest) return;
    const upd = deepCopy(latest);
    upd.status = status;
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }
}
