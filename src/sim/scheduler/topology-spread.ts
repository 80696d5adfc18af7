/**
 * PodTopologySpread (v1.34 default profile, Filter and Score weight 2) as pure functions over the nodes: the
 * DoNotSchedule constraints filter (skew = matching pods in the node's domain + the pod itself − the global
 * minimum, at most maxSkew), the ScheduleAnyway ones (or the system defaults) score. Which constraints a pod
 * has, and which nodes count, is spread.ts.
 */
import type { Labels } from '../labels';
import type { NodeVerdict } from './fit-error';
import type { SpreadConstraint } from './spread';

export const SPREAD_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const SPREAD_MISSING_LABEL = `${SPREAD_CONSTRAINTS_NOT_MATCH} (missing required label)`;

const HOSTNAME = 'kubernetes.io/hostname';
const MAX_NODE_SCORE = 100;

/** How PodTopologySpread reads a node: its labels, whether it counts for constraint i, its pods that match constraint i. */
export interface SpreadView<N> {
  labels(n: N): Labels;
  included(i: number, n: N): boolean;
  count(i: number, n: N): number;
}

/** What PreFilter worked out: per constraint, matching pods per topology value, the global minimum, and whether the pod matches itself. */
export interface SpreadFilterState {
  constraints: SpreadConstraint[];
  counts: Map<string, number>[];
  minMatch: number[];
  selfMatch: boolean[];
}

const hasAllKeys = (labels: Labels, constraints: SpreadConstraint[]) => constraints.every((c) => Object.hasOwn(labels, c.topologyKey));

/**
 * PreFilter over every node: a node lacking any constraint's key counts for none; one a constraint's node inclusion
 * policies leave out counts not for that one. Below minDomains domains the global minimum is 0. Undefined (Skip)
 * without DoNotSchedule constraints.
 */
export function spreadPreFilter<N>(constraints: SpreadConstraint[], podLabels: Labels, all: N[], view: SpreadView<N>): SpreadFilterState | undefined {
  if (!constraints.length) return undefined;
  const counts = constraints.map(() => new Map<string, number>());
  for (const n of all) {
    const labels = view.labels(n);
    if (!hasAllKeys(labels, constraints)) continue;
    constraints.forEach((c, i) => {
      if (!view.included(i, n)) return;
      const v = labels[c.topologyKey];
      counts[i].set(v, (counts[i].get(v) ?? 0) + view.count(i, n));
    });
  }
  const minMatch = constraints.map((c, i) => (counts[i].size < c.minDomains ? 0 : Math.min(...counts[i].values())));
  // the incoming pod is judged on its labels alone
  const selfMatch = constraints.map((c) => c.selector.matchesLabels(podLabels));
  return { constraints, counts, minMatch, selfMatch };
}

/** Filter: the node lacks a key (unresolvable), or placing the pod there would make a domain's skew exceed maxSkew. */
export function spreadFilter(state: SpreadFilterState, nodeLabels: Labels): NodeVerdict | undefined {
  for (let i = 0; i < state.constraints.length; i++) {
    const c = state.constraints[i];
    if (!Object.hasOwn(nodeLabels, c.topologyKey)) return { reasons: [SPREAD_MISSING_LABEL], resolvable: false };
    const skew = (state.counts[i].get(nodeLabels[c.topologyKey]) ?? 0) + (state.selfMatch[i] ? 1 : 0) - state.minMatch[i];
    if (skew > c.maxSkew) return { reasons: [SPREAD_CONSTRAINTS_NOT_MATCH], resolvable: true };
  }
  return undefined;
}

/**
 * PreScore, Score and NormalizeScore for soft constraints: per constraint the node's domain's matching pods ×
 * ln(domains among the scored nodes + 2) + maxSkew − 1, summed and rounded; then 100·(max + min − s) / max so
 * the emptiest node gets 100. With the pod's own constraints (`requireAll`) a scored node lacking a key is
 * ignored and gets 0; with the system defaults such a node is scored on the keys it has. Hostname domains are
 * the nodes themselves; other domains count the matching pods of every node (`all`, read only when a scored
 * node has the key).
 */
export function spreadScores<N>(constraints: SpreadConstraint[], requireAll: boolean, filtered: N[], all: () => N[], view: SpreadView<N>): number[] {
  const n = filtered.length;
  // each scored node's labels read once (undefined: ignored)
  const labelsOf = new Array<Labels | undefined>(n);
  let scoredCount = 0;
  for (let j = 0; j < n; j++) {
    const labels = view.labels(filtered[j]);
    if (requireAll && !hasAllKeys(labels, constraints)) continue;
    labelsOf[j] = labels;
    scoredCount++;
  }
  let every: N[] | undefined;
  const perConstraint = constraints.map((c, i) => {
    if (c.topologyKey === HOSTNAME) return { weight: Math.log(scoredCount + 2), counts: undefined };
    const counts = new Map<string, number>();
    let keyed = false;
    for (const labels of labelsOf) {
      if (!labels) continue;
      const v = labels[c.topologyKey];
      if (v !== undefined) keyed = true;
      counts.set(v ?? '', 0);
    }
    const weight = Math.log(counts.size + 2);
    // a domain's count is read only for a scored node that has the key
    if (keyed) {
      for (const n of (every ??= all())) {
        const labels = view.labels(n);
        if ((requireAll && !hasAllKeys(labels, constraints)) || !view.included(i, n)) continue;
        const v = labels[c.topologyKey] ?? '';
        const cur = counts.get(v);
        if (cur !== undefined) counts.set(v, cur + view.count(i, n));
      }
    }
    return { weight, counts };
  });
  const raw = new Array<number>(n);
  let max = 0;
  let min = Infinity;
  for (let j = 0; j < n; j++) {
    const labels = labelsOf[j];
    if (!labels) {
      raw[j] = -1;
      continue;
    }
    let s = 0;
    for (let i = 0; i < constraints.length; i++) {
      const c = constraints[i];
      const v = labels[c.topologyKey];
      if (v === undefined) continue;
      const { weight, counts } = perConstraint[i];
      s += (counts ? counts.get(v)! : view.count(i, filtered[j])) * weight + (c.maxSkew - 1);
    }
    const r = Math.round(s);
    raw[j] = r;
    if (r > max) max = r;
    if (r < min) min = r;
  }
  for (let j = 0; j < n; j++) {
    const s = raw[j];
    raw[j] = s < 0 ? 0 : max === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (max + min - s)) / max);
  }
  return raw;
}
