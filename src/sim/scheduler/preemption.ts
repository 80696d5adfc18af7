/**
 * DefaultPreemption's rules (pkg/scheduler/framework/plugins/defaultpreemption and framework/preemption):
 * which pods on a node become victims, which PDBs they would violate, and which candidate node wins.
 * Pure functions over the scheduler's NodeInfo; default-preemption.ts runs them and writes the outcome.
 */
import { matchesSelector } from '../labels';
import type { KObject } from '../types';
import { histogram } from './fit-error';
import { account, type NodeInfo, type PodRequest } from './node-info';

/** A pod the scheduler counts on a node, with its requests. */
export interface NodePod {
  pod: KObject;
  req: PodRequest;
}

/** The pods to evict from one node and how many of them a PodDisruptionBudget protects. */
export interface Victims {
  pods: KObject[];
  numPDBViolations: number;
}

/** A node where evicting victims lets the preemptor in. */
export interface Candidate {
  name: string;
  victims: Victims;
}

/** The message a node that is no candidate gets when nothing could be preempted on it. */
export const NO_VICTIMS = 'No preemption victims found for incoming pod';
/** The status of every node that failed for a reason evicting pods cannot cure. */
const NOT_HELPFUL = 'Preemption is not helpful for scheduling';

/** DefaultPreemptionArgs' defaults: minCandidateNodesPercentage 10, minCandidateNodesAbsolute 100. */
const MIN_CANDIDATE_PERCENTAGE = 10;
const MIN_CANDIDATE_ABSOLUTE = 100;

export const podPriority = (p: KObject): number => p.spec?.priority ?? 0;

/** GetPodStartTime: status.startTime, else now (a pod not started yet counts as the newest). */
function startTime(p: KObject, now: number): number {
  const t = Date.parse(p.status?.startTime ?? '');
  return Number.isNaN(t) ? now : t;
}

/** util.MoreImportantPod: higher priority first; on equal priority the pod that started earlier. */
function moreImportantPod(a: KObject, b: KObject, now: number): boolean {
  const pa = podPriority(a);
  const pb = podPriority(b);
  if (pa !== pb) return pa > pb;
  return startTime(a, now) < startTime(b, now);
}

/** The number of candidates the dry run looks for among this many potential nodes (calculateNumCandidates). */
export function numCandidates(nodes: number): number {
  return Math.min(nodes, Math.max(Math.floor((nodes * MIN_CANDIDATE_PERCENTAGE) / 100), MIN_CANDIDATE_ABSOLUTE));
}

/**
 * filterPodsWithPDBViolation: keeps the order; each matching PDB in the pod's namespace spends one of its
 * status.disruptionsAllowed, and a pod that takes one below zero violates it (pods already in
 * status.disruptedPods spend nothing; a PDB with an empty selector matches nothing).
 */
export function splitByPDBViolation<T extends NodePod>(pods: T[], pdbs: KObject[]): { violating: T[]; nonViolating: T[] } {
  const allowed = pdbs.map((p) => p.status?.disruptionsAllowed ?? 0);
  const violating: T[] = [];
  const nonViolating: T[] = [];
  for (const np of pods) {
    const labels = np.pod.metadata.labels;
    let violated = false;
    if (labels && Object.keys(labels).length) {
      pdbs.forEach((pdb, i) => {
        if (pdb.metadata.namespace !== np.pod.metadata.namespace) return;
        const sel = pdb.spec?.selector;
        const empty = !sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length);
        if (empty || !matchesSelector(sel, labels)) return;
        if (Object.hasOwn(pdb.status?.disruptedPods ?? {}, np.pod.metadata.name!)) return;
        if (--allowed[i] < 0) violated = true;
      });
    }
    (violated ? violating : nonViolating).push(np);
  }
  return { violating, nonViolating };
}

/** A copy of a node's info that victims can be taken from and put back into. */
function cloneInfo(info: NodeInfo): NodeInfo {
  return { ...info, ports: new Map(info.ports) };
}

/**
 * SelectVictimsOnNode: take every lower-priority pod off the node; if the preemptor still does not fit, the
 * node is no candidate (with the filters' reasons). Otherwise put pods back, most important first, PDB-violating
 * ones before the others, and keep as victims those that do not fit back. `fits` is told which pods are off the
 * node at each step, as the PreFilter extensions' RemovePod and AddPod tell PodTopologySpread and InterPodAffinity.
 */
export function selectVictimsOnNode(
  preemptor: KObject,
  info: NodeInfo,
  onNode: NodePod[],
  pdbs: KObject[],
  fits: (info: NodeInfo, removed: ReadonlySet<KObject>) => string[] | undefined,
  now: number,
): { victims: Victims } | { reasons: string[] } {
  const prio = podPriority(preemptor);
  const potential = onNode.filter((np) => podPriority(np.pod) < prio);
  if (!potential.length) return { reasons: [NO_VICTIMS] };
  const trial = cloneInfo(info);
  for (const np of potential) account(trial, np.req, -1);
  const removed = new Set(potential.map((np) => np.pod));
  const still = fits(trial, removed);
  if (still) return { reasons: still };
  const byImportance = (a: NodePod, b: NodePod) => (moreImportantPod(a.pod, b.pod, now) ? -1 : moreImportantPod(b.pod, a.pod, now) ? 1 : 0);
  potential.sort(byImportance);
  const { violating, nonViolating } = splitByPDBViolation(potential, pdbs);
  const victims: NodePod[] = [];
  let numPDBViolations = 0;
  const reprieve = (np: NodePod): boolean => {
    account(trial, np.req, 1);
    removed.delete(np.pod);
    if (!fits(trial, removed)) return true;
    account(trial, np.req, -1);
    removed.add(np.pod);
    victims.push(np);
    return false;
  };
  for (const np of violating) if (!reprieve(np)) numPDBViolations++;
  for (const np of nonViolating) reprieve(np);
  if (violating.length && nonViolating.length) victims.sort(byImportance);
  return { victims: { pods: victims.map((v) => v.pod), numPDBViolations } };
}

/** GetEarliestPodStartTime: the earliest start among the victims of the highest priority. */
function earliestStart(v: Victims, now: number): number {
  const top = podPriority(v.pods[0]);
  return Math.min(...v.pods.filter((p) => podPriority(p) === top).map((p) => startTime(p, now)));
}

/**
 * pickOneNodeForPreemption: fewest PDB violations, then the lowest highest-priority victim, the smallest sum of
 * priorities (each shifted by 2^31 to be positive), the fewest victims, the latest earliest start; then the first.
 */
export function pickOneNodeForPreemption(candidates: Candidate[], now: number): string | undefined {
  const scores: ((c: Candidate) => number)[] = [
    (c) => -c.victims.numPDBViolations,
    (c) => -podPriority(c.victims.pods[0]),
    (c) => -c.victims.pods.reduce((s, p) => s + podPriority(p) + 2 ** 31, 0),
    (c) => -c.victims.pods.length,
    (c) => earliestStart(c.victims, now),
  ];
  let left = candidates;
  for (const score of scores) {
    if (left.length <= 1) break;
    const values = left.map(score);
    const best = Math.max(...values);
    left = left.filter((_, i) => values[i] === best);
  }
  return left[0]?.name;
}

/** Preempt's FitError when no node is a candidate: each dry-run node's reasons, the rest not helped by preemption. */
export function noCandidateMessage(numNodes: number, statuses: string[][]): string {
  const reasons = statuses.flat();
  for (let i = statuses.length; i < numNodes; i++) reasons.push(NOT_HELPFUL);
  return `preemption: 0/${numNodes} nodes are available: ${histogram(reasons)}.`;
}

/** PodEligibleToPreemptOthers' refusal for preemptionPolicy Never. */
export const NEVER_MESSAGE = 'preemption: not eligible due to preemptionPolicy=Never.';
/** PodEligibleToPreemptOthers' refusal while earlier victims on the nominated node are still terminating. */
export const TERMINATING_MESSAGE = 'preemption: not eligible due to a terminating pod on the nominated node.';

/** podTerminatingByPreemption: deleted, with the DisruptionTarget condition the scheduler set. */
export function terminatingByPreemption(p: KObject): boolean {
  if (!p.metadata.deletionTimestamp) return false;
  const c = (p.status?.conditions ?? []).find((x: { type: string }) => x.type === 'DisruptionTarget');
  return !!c && c.status === 'True' && c.reason === 'PreemptionByScheduler';
}
