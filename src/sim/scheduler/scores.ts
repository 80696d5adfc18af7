/**
 * The default profile's score plugins as pure functions on integers 0..100, with upstream's rounding:
 * NodeResourcesFit (LeastAllocated), NodeResourcesBalancedAllocation, TaintToleration, NodeAffinity, and how
 * their weighted sum is formed (PodTopologySpread, InterPodAffinity and ImageLocality have files of their own).
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
export function leastAllocatedScore(uses: ResourceUse[], weights?: number[]): number {
  let score = 0;
  let weightSum = 0;
  for (let i = 0; i < uses.length; i++) {
    const u = uses[i];
    if (u.allocatable === 0) continue;
    const w = weights ? weights[i] : 1;
    score += leastRequested(u) * w;
    weightSum += w;
  }
  return weightSum ? Math.floor(score / weightSum) : 0;
}

/**
 * BalancedAllocation: (1 − standard deviation of the requested fractions, each capped at 1) × 100, truncated;
 * with two resources the deviation is half their difference. Callers pass the actual requests (no defaults).
 */
export function balancedAllocationScore(uses: ResourceUse[]): number {
  const fraction = (u: ResourceUse) => Math.min(1, u.requested / u.allocatable);
  let n = 0;
  let sum = 0;
  let first = 0;
  let second = 0;
  for (const u of uses) {
    if (u.allocatable === 0) continue;
    const f = fraction(u);
    if (n === 0) first = f;
    else if (n === 1) second = f;
    sum += f;
    n++;
  }
  let std = 0;
  if (n === 2) std = Math.abs((first - second) / 2);
  else if (n > 2) {
    const mean = sum / n;
    let sq = 0;
    for (const u of uses) if (u.allocatable !== 0) sq += (fraction(u) - mean) * (fraction(u) - mean);
    std = Math.sqrt(sq / n);
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

/** The plugins that scored, in the profile's order, each with its weight and its normalized score per node. */
export function pluginScores(scores: Partial<Record<ScorePluginName, number[]>>): { name: ScorePluginName; weight: number; scores: number[] }[] {
  return (Object.keys(PLUGIN_WEIGHTS) as ScorePluginName[]).flatMap((name) => {
    const s = scores[name];
    return s ? [{ name, weight: PLUGIN_WEIGHTS[name], scores: s }] : [];
  });
}

/** Each node's weighted sum of the plugins that scored (skipped ones are absent), from per-plugin scores of `n` nodes. */
export function weightedTotals(scores: Partial<Record<ScorePluginName, number[]>>, n: number): number[] {
  const total = new Array<number>(n).fill(0);
  for (const [name, s] of Object.entries(scores) as [ScorePluginName, number[]][]) {
    const w = PLUGIN_WEIGHTS[name];
    for (let i = 0; i < n; i++) total[i] += s[i] * w;
  }
  return total;
}
