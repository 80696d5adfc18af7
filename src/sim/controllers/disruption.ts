/**
 * The disruption controller (k/k pkg/controller/disruption): each PodDisruptionBudget's status from the
 * pods its selector matches in its namespace (policy/v1: an empty selector matches them all).
 * minAvailable as a number counts the matching pods; a percentage or maxUnavailable counts the replicas
 * of the pods' controllers (a Deployment through its ReplicaSet, a ReplicaSet, a ReplicationController,
 * a StatefulSet). disruptionsAllowed = currentHealthy (Ready, not being deleted) - desiredHealthy, never
 * below 0, and 0 while no pod is expected; the DisruptionAllowed condition says SufficientPods or
 * InsufficientPods, or SyncFailed when a pod's controller cannot be found (pods without one count for nothing).
 */
import type { Component } from '../component';
import type { SimContext } from '../context';
import { matchesSelector } from '../labels';
import { isPodReady } from '../pod';
import { sameJson } from '../same-json';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { scaledValueFromIntOrPercent, type IntOrString } from './deployment-util';

const PDBS = 'poddisruptionbudgets.policy';
/** The controllers whose replicas make up expectedPods, by the kind a controllerRef names. */
const SCALED: Record<string, string> = { ReplicaSet: 'replicasets.apps', ReplicationController: 'replicationcontrollers', StatefulSet: 'statefulsets.apps', Deployment: 'deployments.apps' };

/** A pod's controller and the replicas it wants (a ReplicaSet owned by a Deployment answers for the Deployment). */
function controllerScale(api: SimContext['api'], pod: KObject): { uid: string; scale: number } | undefined {
  let ref = (pod.metadata.ownerReferences ?? []).find((r: { controller?: boolean }) => r.controller);
  let ns = pod.metadata.namespace;
  for (let depth = 0; ref && depth < 2; depth++) {
    const resource = SCALED[ref.kind];
    const owner = resource && api.tryGet(resource, ns, ref.name);
    if (!owner || owner.metadata.uid !== ref.uid) return undefined;
    const up = ref.kind === 'ReplicaSet' ? (owner.metadata.ownerReferences ?? []).find((r: { controller?: boolean; kind: string }) => r.controller && r.kind === 'Deployment') : undefined;
    if (!up) return { uid: owner.metadata.uid!, scale: owner.spec?.replicas ?? 1 };
    ref = up;
    ns = owner.metadata.namespace;
  }
  return undefined;
}

export class DisruptionController implements Component {
  readonly name = 'disruption-controller';
  readonly watches = [PDBS, 'pods', ...Object.values(SCALED)];
  /** PodDisruptionBudget names by namespace: only their namespaces' changes matter. */
  private readonly byNamespace = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    const ns = ev.object.metadata.namespace ?? '';
    if (ev.resource === PDBS) {
      const names = this.byNamespace.get(ns) ?? new Set<string>();
      if (ev.type === 'DELETED') names.delete(ev.object.metadata.name!);
      else names.add(ev.object.metadata.name!);
      if (names.size) this.byNamespace.set(ns, names);
      else this.byNamespace.delete(ns);
      if (ev.type !== 'DELETED' && !sameJson(ev.old?.spec, ev.object.spec)) this.dirty.add(`${ns}/${ev.object.metadata.name}`);
      return;
    }
    for (const name of this.byNamespace.get(ns) ?? []) this.dirty.add(`${ns}/${name}`);
  }

  sync(): boolean {
    if (!this.dirty.size) return false;
    const keys = [...this.dirty];
    this.dirty.clear();
    for (const k of keys) {
      const [ns, name] = k.split('/');
      const pdb = this.ctx.api.tryGet(PDBS, ns, name);
      if (pdb) this.syncBudget(pdb);
    }
    return true;
  }

  private syncBudget(pdb: KObject): void {
    const api = this.ctx.api;
    const sel = pdb.spec?.selector ?? {};
    const pods = api.list('pods', pdb.metadata.namespace).filter((p) => matchesSelector(sel, p.metadata.labels));
    const now = this.ctx.clock.isoNow();
    let expected: number;
    let desired: number;
    try {
      ({ expected, desired } = this.expectedPods(pdb, pods));
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      // failSafe: no disruption while the budget cannot be worked out
      this.write(pdb, { ...(pdb.status ?? {}), disruptionsAllowed: 0 }, { status: 'False', reason: 'SyncFailed', message: e.message }, now);
      return;
    }
    const healthy = pods.filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length;
    const allowed = expected <= 0 ? 0 : Math.max(0, healthy - desired);
    const status = { currentHealthy: healthy, desiredHealthy: desired, disruptionsAllowed: allowed, expectedPods: expected, observedGeneration: pdb.metadata.generation ?? 1 };
    this.write(pdb, status, allowed > 0 ? { status: 'True', reason: 'SufficientPods', message: '' } : { status: 'False', reason: 'InsufficientPods', message: '' }, now);
  }

  /** getExpectedPodCount: the pods expected and how many of them must stay healthy. */
  private expectedPods(pdb: KObject, pods: KObject[]): { expected: number; desired: number } {
    const max: IntOrString | undefined = pdb.spec?.maxUnavailable;
    const min: IntOrString | undefined = pdb.spec?.minAvailable;
    if (max !== undefined) {
      const expected = this.expectedScale(pods);
      return { expected, desired: Math.max(0, expected - scaledValueFromIntOrPercent(max, expected, true)) };
    }
    if (typeof min === 'number') return { expected: pods.length, desired: min };
    if (min !== undefined) {
      const expected = this.expectedScale(pods);
      return { expected, desired: scaledValueFromIntOrPercent(min, expected, true) };
    }
    return { expected: 0, desired: 0 };
  }

  /** getExpectedScale: the replicas of the pods' controllers, each counted once; pods without a controller count for nothing. */
  private expectedScale(pods: KObject[]): number {
    const scales = new Map<string, number>();
    for (const pod of pods) {
      if (!(pod.metadata.ownerReferences ?? []).some((r: { controller?: boolean }) => r.controller)) continue;
      const c = controllerScale(this.ctx.api, pod);
      if (!c) throw new Error(`found no controllers for pod "${pod.metadata.name}"`);
      scales.set(c.uid, c.scale);
    }
    return [...scales.values()].reduce((a, b) => a + b, 0);
  }

  private write(pdb: KObject, status: Record<string, unknown>, cond: { status: string; reason: string; message: string }, now: string): void {
    const old = (pdb.status?.conditions ?? []).find((c: { type: string }) => c.type === 'DisruptionAllowed');
    const generation = (status.observedGeneration as number | undefined) ?? pdb.status?.observedGeneration ?? 0;
    // apimeta.SetStatusCondition: the transition time moves only when the status does
    const condition = { type: 'DisruptionAllowed', ...cond, lastTransitionTime: old && old.status === cond.status ? old.lastTransitionTime : now, ...(generation ? { observedGeneration: generation } : {}) };
    const next = { ...status, conditions: [condition] };
    if (sameJson(pdb.status, next)) return;
    try {
      this.ctx.api.updateStatus({ ...pdb, status: next });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // a newer version is on its way: its event syncs it again
    }
  }
}
