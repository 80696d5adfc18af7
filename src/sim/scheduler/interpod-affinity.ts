/**
 * InterPodAffinity (v1.34 default profile, Filter and Score): required pod affinity and anti-affinity of the
 * incoming pod, the existing pods' required anti-affinity against it, and the preferred terms of both sides
 * weighed per topology domain. Pure functions over the placed pods and their nodes.
 */
import { matchesSelector, type LabelSelector, type Labels } from '../labels';
import type { KObject } from '../types';
import type { NodeVerdict } from './fit-error';

const MAX_NODE_SCORE = 100;

/** The default InterPodAffinityArgs.hardPodAffinityWeight: an existing pod's required affinity term counts this much when scoring. */
const HARD_POD_AFFINITY_WEIGHT = 1;

export const AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod affinity rules";
export const ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod anti-affinity rules";
export const EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't satisfy existing pods anti-affinity rules";

/** A pod affinity term as the scheduler reads it (framework.AffinityTerm), with its weight (preferred terms only). */
interface Term {
  namespaces: ReadonlySet<string>;
  /** Absent (a nil selector) matches no namespace; `{}` matches every one. */
  namespaceSelector?: LabelSelector;
  /** Absent (a nil selector) matches no pod. */
  selector?: LabelSelector;
  topologyKey: string;
  weight: number;
}

interface PodTerms {
  requiredAffinity: Term[];
  requiredAnti: Term[];
  preferredAffinity: Term[];
  preferredAnti: Term[];
}

/** A pod the scheduler counts on a node (assigned or assumed), with that node. */
export interface PlacedPod {
  pod: KObject;
  node: KObject;
}

/** What the plugin reads of the cluster: the placed pods, and namespaces' labels for namespaceSelectors. */
export interface AffinityWorld {
  all(): Iterable<PlacedPod>;
  /** The placed pods that have podAffinity or podAntiAffinity (NodeInfo.PodsWithAffinity). */
  withAffinity(): Iterable<PlacedPod>;
  namespaceLabels(namespace: string): Labels | undefined;
}

interface RawTerm {
  labelSelector?: LabelSelector | null;
  namespaceSelector?: LabelSelector | null;
  namespaces?: string[];
  topologyKey?: string;
}

/** getNamespacesFromPodAffinityTerm: no namespaces and no namespaceSelector means the pod's own namespace. */
function term(pod: KObject, t: RawTerm, weight: number): Term {
  const own = !(t.namespaces ?? []).length && t.namespaceSelector == null;
  return {
    namespaces: new Set(own ? [pod.metadata.namespace ?? ''] : (t.namespaces ?? [])),
    namespaceSelector: t.namespaceSelector ?? undefined,
    selector: t.labelSelector ?? undefined,
    topologyKey: t.topologyKey ?? '',
    weight,
  };
}

const parsed = new WeakMap<KObject, PodTerms>();

/** A pod's four term lists, parsed once per stored object (objects are never changed in place). */
function podTerms(pod: KObject): PodTerms {
  let out = parsed.get(pod);
  if (out) return out;
  const a = pod.spec?.affinity ?? {};
  const required = (x: { requiredDuringSchedulingIgnoredDuringExecution?: RawTerm[] } | undefined) => (x?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => term(pod, t, 0));
  const preferred = (x: { preferredDuringSchedulingIgnoredDuringExecution?: { weight?: number; podAffinityTerm?: RawTerm }[] } | undefined) =>
    (x?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => term(pod, w.podAffinityTerm ?? {}, w.weight ?? 0));
  out = { requiredAffinity: required(a.podAffinity), requiredAnti: required(a.podAntiAffinity), preferredAffinity: preferred(a.podAffinity), preferredAnti: preferred(a.podAntiAffinity) };
  parsed.set(pod, out);
  return out;
}

/** Whether a pod has podAffinity or podAntiAffinity at all (the scheduler keeps such pods apart). */
export function hasPodAffinity(pod: KObject): boolean {
  const a = pod.spec?.affinity;
  return !!(a?.podAffinity || a?.podAntiAffinity);
}

/** AffinityTerm.Matches: the target's namespace is listed or its labels match the namespaceSelector, and its labels match the selector. */
function matches(t: Term, target: KObject, nsLabels: Labels | undefined): boolean {
  const ns = target.metadata.namespace ?? '';
  if (!t.namespaces.has(ns) && !(t.namespaceSelector && matchesSelector(t.namespaceSelector, nsLabels ?? {}))) return false;
  return matchesSelector(t.selector, target.metadata.labels ?? {});
}

/** podMatchesAllAffinityTerms: false for no terms. */
function matchesAll(terms: Term[], target: KObject, nsLabels: Labels | undefined): boolean {
  return terms.length > 0 && terms.every((t) => matches(t, target, nsLabels));
}

const pair = (key: string, value: string) => `${key}\u0000${value}`;

/** Count one match in the node's domain for the term's topology key (nodes without the key count nowhere). */
function bump(counts: Map<string, number>, node: KObject, key: string, by: number): void {
  const v = node.metadata.labels?.[key];
  if (v === undefined) return;
  const p = pair(key, v);
  counts.set(p, (counts.get(p) ?? 0) + by);
}

/** What PreFilter worked out for one pod: per topology pair, how many pods match each kind of term. */
export interface AffinityFilterState {
  pod: KObject;
  /** The labels of the pod's own namespace. */
  ownNamespaceLabels: Labels | undefined;
  terms: PodTerms;
  affinityCounts: Map<string, number>;
  antiAffinityCounts: Map<string, number>;
  existingAntiAffinityCounts: Map<string, number>;
}

/** A memo of namespace labels for one scheduling cycle. */
function nsLabelsOf(world: AffinityWorld): (ns: string | undefined) => Labels | undefined {
  const memo = new Map<string, Labels | undefined>();
  return (ns = '') => {
    if (!memo.has(ns)) memo.set(ns, world.namespaceLabels(ns));
    return memo.get(ns);
  };
}

/** PreFilter; undefined when the plugin skips the pod (no required terms of its own, no existing pod's anti-affinity matches it). */
export function affinityPreFilter(pod: KObject, world: AffinityWorld): AffinityFilterState | undefined {
  const terms = podTerms(pod);
  const nsLabels = nsLabelsOf(world);
  const own = nsLabels(pod.metadata.namespace);
  const existingAntiAffinityCounts = new Map<string, number>();
  for (const { pod: p, node } of world.withAffinity()) {
    for (const t of podTerms(p).requiredAnti) if (matches(t, pod, own)) bump(existingAntiAffinityCounts, node, t.topologyKey, 1);
  }
  const affinityCounts = new Map<string, number>();
  const antiAffinityCounts = new Map<string, number>();
  if (terms.requiredAffinity.length || terms.requiredAnti.length) {
    for (const { pod: p, node } of world.all()) {
      const labels = nsLabels(p.metadata.namespace);
      if (matchesAll(terms.requiredAffinity, p, labels)) for (const t of terms.requiredAffinity) bump(affinityCounts, node, t.topologyKey, 1);
      for (const t of terms.requiredAnti) if (matches(t, p, labels)) bump(antiAffinityCounts, node, t.topologyKey, 1);
    }
  }
  if (!existingAntiAffinityCounts.size && !terms.requiredAffinity.length && !terms.requiredAnti.length) return undefined;
  return { pod, ownNamespaceLabels: own, terms, affinityCounts, antiAffinityCounts, existingAntiAffinityCounts };
}

function satisfiesPodAffinity(s: AffinityFilterState, labels: Labels): boolean {
  let podsExist = true;
  for (const t of s.terms.requiredAffinity) {
    const v = labels[t.topologyKey];
    // every topology key must be on the node
    if (v === undefined) return false;
    if ((s.affinityCounts.get(pair(t.topologyKey, v)) ?? 0) <= 0) podsExist = false;
  }
  if (podsExist) return true;
  // the first of a group of pods with affinity to each other: nothing matches anywhere yet, but the pod matches its own terms
  return s.affinityCounts.size === 0 && matchesAll(s.terms.requiredAffinity, s.pod, s.ownNamespaceLabels);
}

function satisfiesPodAntiAffinity(s: AffinityFilterState, labels: Labels): boolean {
  if (!s.antiAffinityCounts.size) return true;
  return s.terms.requiredAnti.every((t) => {
    const v = labels[t.topologyKey];
    return v === undefined || (s.antiAffinityCounts.get(pair(t.topologyKey, v)) ?? 0) <= 0;
  });
}

function satisfiesExistingAntiAffinity(s: AffinityFilterState, labels: Labels): boolean {
  if (!s.existingAntiAffinityCounts.size) return true;
  return Object.entries(labels).every(([k, v]) => (s.existingAntiAffinityCounts.get(pair(k, v)) ?? 0) <= 0);
}

/** Filter on one node: affinity is UnschedulableAndUnresolvable, the two anti-affinity checks are Unschedulable (preemption may help). */
export function affinityFilter(s: AffinityFilterState, node: KObject): NodeVerdict | undefined {
  const labels: Labels = node.metadata.labels ?? {};
  if (!satisfiesPodAffinity(s, labels)) return { reasons: [AFFINITY_RULES_NOT_MATCH], resolvable: false };
  if (!satisfiesPodAntiAffinity(s, labels)) return { reasons: [ANTI_AFFINITY_RULES_NOT_MATCH], resolvable: true };
  if (!satisfiesExistingAntiAffinity(s, labels)) return { reasons: [EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH], resolvable: true };
  return undefined;
}

/**
 * PreScore, Score and NormalizeScore for the feasible `nodes`: each placed pod adds (or, for anti-affinity, takes)
 * the weight of every term that pairs it with the incoming pod to the domain of its node; a node's raw score sums
 * its domains, then (score − min) / (max − min) × 100 truncated. Undefined when the plugin skips the pod (no term matched).
 */
export function affinityScores(pod: KObject, nodes: KObject[], world: AffinityWorld, hardWeight = HARD_POD_AFFINITY_WEIGHT): number[] | undefined {
  const terms = podTerms(pod);
  const hasConstraints = terms.preferredAffinity.length > 0 || terms.preferredAnti.length > 0;
  const nsLabels = nsLabelsOf(world);
  const own = nsLabels(pod.metadata.namespace);
  // topology key → value → summed weight
  const topology = new Map<string, Map<string, number>>();
  let any = false;
  const add = (t: Term, target: KObject, labels: Labels | undefined, node: KObject, weight: number) => {
    if (!matches(t, target, labels)) return;
    const v = node.metadata.labels?.[t.topologyKey];
    if (v === undefined) return;
    let values = topology.get(t.topologyKey);
    if (!values) topology.set(t.topologyKey, (values = new Map()));
    values.set(v, (values.get(v) ?? 0) + weight);
    any = true;
  };
  // without preferred terms of its own, only pods with affinity can pull the pod anywhere
  for (const { pod: p, node } of hasConstraints ? world.all() : world.withAffinity()) {
    if (!Object.keys(node.metadata.labels ?? {}).length) continue;
    const labels = nsLabels(p.metadata.namespace);
    for (const t of terms.preferredAffinity) add(t, p, labels, node, t.weight);
    for (const t of terms.preferredAnti) add(t, p, labels, node, -t.weight);
    const theirs = podTerms(p);
    if (hardWeight > 0) for (const t of theirs.requiredAffinity) add(t, pod, own, node, hardWeight);
    for (const t of theirs.preferredAffinity) add(t, pod, own, node, t.weight);
    for (const t of theirs.preferredAnti) add(t, pod, own, node, -t.weight);
  }
  if (!any) return undefined;
  const raw = nodes.map((n) => {
    let s = 0;
    for (const [key, values] of topology) {
      const v = n.metadata.labels?.[key];
      if (v !== undefined) s += values.get(v) ?? 0;
    }
    return s;
  });
  const max = Math.max(...raw);
  const min = Math.min(...raw);
  const diff = max - min;
  return raw.map((s) => (diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((s - min) / diff)) : 0));
}
