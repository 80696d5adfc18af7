/**
 * The default profile's score plugins as pure functions on integers 0..100, with upstream's rounding:
 * NodeResourcesFit (LeastAllocated), NodeResourcesBalancedAllocation, TaintToleration, NodeAffinity,
 * PodTopologySpread (system default constraints), and how their weighted sum is formed.
 */

const MAX_NODE_SCORE = 100;

/** Score plugin weights of the v1.34 default profile (default_plugins.go); a skipped plugin adds nothing. */
const PLUGIN_WEIGHTS = {
  TaintToleration: 3,
  NodeAffinity: 2,
  NodeResourcesFit: 1,
  PodTopologySpread: 2,
  InterPodAffinity: 2,
  NodeResourcesBalancedAllocation: 1,
  ImageLocality: 1,
} as const;
export type ScorePluginName = keyof typeof PLUGIN_WEIGHTS;

/** One resource on one node: the node's use plus the pod's request, against what the node can allocate. */
export interface ResourceUse {
  requested: number;
  allocatable: number;
}

/** leastRequestedScore: the free share, integer division; none when over capacity or without capacity. */
function leastRequested(r: ResourceUse): number {
  if (r.allocatable === 0 || r.requested > r.allocatable) return 0;
  return Math.floor(((r.allocatable - r.requested) * MAX_NODE_SCORE) / r.allocatable);
}

/**
 * LeastAllocated: the weighted mean of each resource's floored score (cpu and memory weigh 1 by default),
 * resources the node does not have are left out. Callers pass requests with the scoring defaults
 * (100m CPU, 200Mi memory for a container that requests nothing).
 */
export function leastAllocatedScore(uses: ResourceUse[], weights: number[] = uses.map(() => 1)): number {
  let score = 0;
  let weightSum = 0;
  uses.forEach((u, i) => {
    if (u.allocatable === 0) return;
    score += leastRequested(u) * weights[i];
    weightSum += weights[i];
  });
  return weightSum ? Math.floor(score / weightSum) : 0;
}

/**
 * BalancedAllocation: (1 − standard deviation of the requested fractions, each capped at 1) × 100, truncated;
 * with two resources the deviation is half their difference. Callers pass the actual requests (no defaults).
 */
export function balancedAllocationScore(uses: ResourceUse[]): number {
  const fractions = uses.filter((u) => u.allocatable !== 0).map((u) => Math.min(1, u.requested / u.allocatable));
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0] - fractions[1]) / 2);
  else if (fractions.length > 2) {
    const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
    std = Math.sqrt(fractions.reduce((a, f) => a + (f - mean) * (f - mean), 0) / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** BalancedAllocation's PreScore skips a pod that requests nothing at all (a BestEffort pod). */
export function balancedSkips(podRequests: number[]): boolean {
  return podRequests.every((r) => r === 0);
}

/** helper.DefaultNormalizeScore: scale to 0..100 by the highest raw score (integer division), reversed if asked. */
export function defaultNormalize(raw: number[], reverse: boolean): number[] {
  const max = Math.max(0, ...raw);
  if (max === 0) return raw.map(() => (reverse ? MAX_NODE_SCORE : 0));
  return raw.map((s) => {
    const scaled = Math.floor((MAX_NODE_SCORE * s) / max);
    return reverse ? MAX_NODE_SCORE - scaled : scaled;
  });
}

/** A soft spreading constraint as PodTopologySpread scores it. */
export interface SpreadConstraint {
  topologyKey: string;
  maxSkew: number;
}

/** The system default constraints (used when the pod has none and something selects it). */
const SYSTEM_DEFAULT_SPREAD: SpreadConstraint[] = [
  { topologyKey: 'kubernetes.io/hostname', maxSkew: 3 },
  { topologyKey: 'topology.kubernetes.io/zone', maxSkew: 5 },
];

/** A node as PodTopologySpread sees it: its labels, and how many matching pods each node runs. */
export interface SpreadNode {
  labels: Record<string, string>;
  matching: number;
}

/**
 * PodTopologySpread scores for the system default constraints (nodes without a key are still scored
 * on the others): per constraint, matching pods in the node's domain × ln(domains + 2) + maxSkew − 1,
 * rounded; then normalized so the emptiest node gets 100. `all` are every node (for domain counts),
 * `filtered` the feasible ones being scored.
 */
export function topologySpreadScores(filtered: SpreadNode[], all: SpreadNode[], constraints: SpreadConstraint[] = SYSTEM_DEFAULT_SPREAD): number[] {
  const hostname = 'kubernetes.io/hostname';
  const domains = constraints.map((c) => new Set(filtered.map((n) => n.labels[c.topologyKey] ?? '')));
  const weights = constraints.map((c, i) => Math.log((c.topologyKey === hostname ? filtered.length : domains[i].size) + 2));
  const counts = constraints.map((c, i) => {
    const m = new Map<string, number>();
    if (c.topologyKey === hostname) return m;
    for (const n of all) {
      const v = n.labels[c.topologyKey] ?? '';
      if (domains[i].has(v)) m.set(v, (m.get(v) ?? 0) + n.matching);
    }
    return m;
  });
  const raw = filtered.map((n) => {
    let s = 0;
    constraints.forEach((c, i) => {
      const v = n.labels[c.topologyKey];
      if (v === undefined) return;
      const cnt = c.topologyKey === hostname ? n.matching : (counts[i].get(v) ?? 0);
      s += cnt * weights[i] + (c.maxSkew - 1);
    });
    return Math.round(s);
  });
  const max = Math.max(0, ...raw);
  const min = Math.min(...raw);
  return raw.map((s) => (max === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (max + min - s)) / max)));
}

/** The weighted sum of the plugins that scored (skipped ones are absent). */
export function weightedTotal(scores: Partial<Record<ScorePluginName, number>>): number {
  let total = 0;
  for (const [name, s] of Object.entries(scores) as [ScorePluginName, number][]) total += s * PLUGIN_WEIGHTS[name];
  return total;
}
