/**
 * The default profile's score plugins as pure functions on integers 0..100, with upstream's rounding:
 * NodeResourcesFit (LeastAllocated), NodeResourcesBalancedAllocation, TaintToleration, NodeAffinity,
 * PodTopologySpread (system default constraints), and how their weighted sum is formed (InterPodAffinity
 * and ImageLocality have files of their own).
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
 * rounded; then normalized so the emptiest node gets 100. `all` gives every node (for domain counts; asked
 * only when a scored node has a key other than the hostname), `filtered` are the feasible ones being scored.
 */
export function topologySpreadScores(filtered: SpreadNode[], all: () => SpreadNode[], constraints: SpreadConstraint[] = SYSTEM_DEFAULT_SPREAD): number[] {
  const hostname = 'kubernetes.io/hostname';
  let every: SpreadNode[] | undefined;
  // per constraint: its weight, and the matching pods per domain (hostname domains are the nodes themselves)
  const perConstraint = constraints.map((c) => {
    if (c.topologyKey === hostname) return { c, weight: Math.log(filtered.length + 2), counts: undefined };
    const domains = new Set<string>();
    let keyed = false;
    for (const n of filtered) {
      const v = n.labels[c.topologyKey];
      if (v !== undefined) keyed = true;
      domains.add(v ?? '');
    }
    const counts = new Map<string, number>();
    // a domain count is read only for a scored node that has the key
    if (keyed) {
      for (const n of (every ??= all())) {
        const v = n.labels[c.topologyKey] ?? '';
        if (domains.has(v)) counts.set(v, (counts.get(v) ?? 0) + n.matching);
      }
    }
    return { c, weight: Math.log(domains.size + 2), counts };
  });
  const raw = new Array<number>(filtered.length);
  let max = 0;
  let min = Infinity;
  for (let j = 0; j < filtered.length; j++) {
    const n = filtered[j];
    let s = 0;
    for (const { c, weight, counts } of perConstraint) {
      const v = n.labels[c.topologyKey];
      if (v === undefined) continue;
      const cnt = counts ? (counts.get(v) ?? 0) : n.matching;
      s += cnt * weight + (c.maxSkew - 1);
    }
    raw[j] = Math.round(s);
    if (raw[j] > max) max = raw[j];
    if (raw[j] < min) min = raw[j];
  }
  for (let j = 0; j < raw.length; j++) raw[j] = max === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (max + min - raw[j])) / max);
  return raw;
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
