/**
 * The DefaultPreemption PostFilter plugin as it acts (framework/preemption Evaluator.Preempt): when no node
 * fits a pod, find nodes where evicting lower-priority pods would, pick one, mark and delete the victims,
 * and nominate the node for the pod. The rules themselves live in preemption.ts.
 */
import type { SimContext } from '../context';
import type { Rng } from '../random';
import { ApiError, type KObject } from '../types';
import type { NodeVerdict } from './fit-error';
import type { NodeInfo } from './node-info';
import { withCondition } from './pod-condition';
import {
  NEVER_MESSAGE,
  TERMINATING_MESSAGE,
  noCandidateMessage,
  numCandidates,
  pickOneNodeForPreemption,
  podPriority,
  selectVictimsOnNode,
  terminatingByPreemption,
  type Candidate,
  type NodePod,
} from './preemption';

/** What preemption reads of the scheduler's cache. */
export interface PreemptionView {
  /** The pods the scheduler counts on a node. */
  podsOn(node: string): NodePod[];
  /** The preemptor's filter reasons on a node as it would be without the `removed` pods (undefined: it fits). */
  fits(info: NodeInfo, removed: ReadonlySet<KObject>): string[] | undefined;
  /** The pods nominated to a node. */
  nominatedOn(node: string): KObject[];
}

/** Preempt's outcome: the text FitError appends, and the node nominated (v1.34's scheduler never clears a nomination on failure). */
export interface PostFilterResult {
  message: string;
  nominate?: string;
  /** The chosen node and its victims (`namespace/name`), for the activity log. */
  preempted?: { node: string; victims: string[] };
  /** The victims to evict, by execute(). */
  victims?: KObject[];
}

const SCHEDULER = 'default-scheduler';

export class DefaultPreemption {
  private readonly rng: Rng;

  constructor(private readonly ctx: SimContext) {
    // its own stream: preemption's random offset shifts no other scheduling choice
    this.rng = ctx.rng.fork('default-preemption');
  }

  /** PostFilter over the nodes the filters looked at (each with its verdict), out of numNodes. */
  postFilter(pod: KObject, looked: { info: NodeInfo; verdict: NodeVerdict }[], numNodes: number, view: PreemptionView): PostFilterResult {
    if (pod.spec?.preemptionPolicy === 'Never') return { message: NEVER_MESSAGE };
    if (this.waitsForVictims(pod, looked, view)) return { message: TERMINATING_MESSAGE };
    const potential = looked.filter((l) => l.verdict.resolvable);
    if (!potential.length) return { message: noCandidateMessage(numNodes, []) };
    const pdbs = this.ctx.api.list('poddisruptionbudgets.policy');
    const now = this.ctx.clock.now();
    const offset = this.rng.int(potential.length);
    const wanted = numCandidates(potential.length);
    const nonViolating: Candidate[] = [];
    const violating: Candidate[] = [];
    const statuses: string[][] = [];
    for (let i = 0; i < potential.length; i++) {
      const { info } = potential[(offset + i) % potential.length];
      const name = info.node.metadata.name!;
      const r = selectVictimsOnNode(pod, info, view.podsOn(name), pdbs, (trial, removed) => view.fits(trial, removed), now);
      if ('reasons' in r) {
        statuses.push(r.reasons);
        continue;
      }
      (r.victims.numPDBViolations ? violating : nonViolating).push({ name, victims: r.victims });
      if (nonViolating.length && nonViolating.length + violating.length >= wanted) break;
    }
    const candidates = [...nonViolating, ...violating];
    if (!candidates.length) return { message: noCandidateMessage(numNodes, statuses) };
    const node = candidates.length === 1 ? candidates[0].name : pickOneNodeForPreemption(candidates, now)!;
    const { pods } = candidates.find((c) => c.name === node)!.victims;
    return { message: '', nominate: node, preempted: { node, victims: pods.map((v) => `${v.metadata.namespace}/${v.metadata.name}`) }, victims: pods };
  }

  /** The writes after the decision (prepareCandidate): evict the victims not yet terminating, release lower nominations. */
  execute(pod: KObject, result: PostFilterResult, view: PreemptionView): void {
    const node = result.preempted?.node;
    if (!node) return;
    for (const victim of result.victims ?? []) if (!victim.metadata.deletionTimestamp) this.preemptPod(pod, victim, node);
    // lower-priority pods nominated to this node may no longer fit there: they look again
    for (const p of view.nominatedOn(node)) if (podPriority(p) < podPriority(pod)) this.clearNomination(p);
  }

  /** A pod nominated earlier stays put while a victim on its nominated node is still terminating. */
  private waitsForVictims(pod: KObject, looked: { info: NodeInfo; verdict: NodeVerdict }[], view: PreemptionView): boolean {
    const nominated: string | undefined = pod.status?.nominatedNodeName;
    if (!nominated) return false;
    const there = looked.find((l) => l.info.node.metadata.name === nominated);
    if (there && !there.verdict.resolvable) return false;
    return view.podsOn(nominated).some((np) => podPriority(np.pod) < podPriority(pod) && terminatingByPreemption(np.pod));
  }

  /** PreemptPod: the DisruptionTarget condition, then a delete with the pod's grace period, then the Preempted event. */
  private preemptPod(preemptor: KObject, victim: KObject, node: string): void {
    const { api, clock, events } = this.ctx;
    const cur = api.tryGet('pods', victim.metadata.namespace, victim.metadata.name!);
    if (!cur) return;
    const condition = { type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler', message: `${preemptor.spec?.schedulerName ?? SCHEDULER}: preempting to accommodate a higher priority pod` };
    try {
      api.updateStatus({ ...cur, status: withCondition(cur.status, condition, clock.isoNow()) });
      api.delete('pods', cur.metadata.namespace, cur.metadata.name!);
    } catch (e) {
      // already gone: nothing to preempt
      if (e instanceof ApiError && e.code === 404) return;
      throw e;
    }
    events.record(cur, 'Normal', 'Preempted', `Preempted by pod ${preemptor.metadata.uid} on node ${node}`, { component: SCHEDULER });
  }

  private clearNomination(p: KObject): void {
    const cur = this.ctx.api.tryGet('pods', p.metadata.namespace, p.metadata.name!);
    if (!cur?.status?.nominatedNodeName) return;
    const status = { ...cur.status };
    delete status.nominatedNodeName;
    this.ctx.api.updateStatus({ ...cur, status });
  }
}
