import type { Json } from '../../json';

/**
 * mutatePodAffinity (podStrategy.PrepareForCreate, MatchLabelKeysInPodAffinity, GA and on in v1.34): each
 * pod (anti-)affinity term's matchLabelKeys become `key In (value)` and its mismatchLabelKeys `key NotIn (value)`
 * expressions of its labelSelector, with the pod's own label values; keys the pod lacks and terms without a
 * labelSelector are left alone.
 */
export function mutatePodAffinity(pod: Json): void {
  const labels: Record<string, string> = pod.metadata?.labels ?? {};
  const apply = (term: Json) => {
    if (!term?.labelSelector || (!(term.matchLabelKeys ?? []).length && !(term.mismatchLabelKeys ?? []).length)) return;
    applyLabelKeys(term.labelSelector, term.matchLabelKeys, 'In', labels);
    applyLabelKeys(term.labelSelector, term.mismatchLabelKeys, 'NotIn', labels);
  };
  for (const a of [pod.spec?.affinity?.podAffinity, pod.spec?.affinity?.podAntiAffinity]) {
    if (!a) continue;
    for (const w of a.preferredDuringSchedulingIgnoredDuringExecution ?? []) apply(w?.podAffinityTerm);
    for (const t of a.requiredDuringSchedulingIgnoredDuringExecution ?? []) apply(t);
  }
}

/** applyLabelKeysToLabelSelector: a `key <operator> (value)` expression per key the pod has a label for. */
function applyLabelKeys(selector: Json, keys: string[] | undefined, operator: 'In' | 'NotIn', labels: Record<string, string>): void {
  for (const key of keys ?? []) {
    if (!Object.hasOwn(labels, key)) continue;
    selector.matchExpressions = [...(selector.matchExpressions ?? []), { key, operator, values: [labels[key]] }];
  }
}

/**
 * mutateTopologySpreadConstraints (MatchLabelKeysInPodTopologySpreadSelectorMerge, beta and on in v1.34): each
 * constraint's matchLabelKeys become `key In (value)` expressions of its labelSelector, as for pod affinity; the
 * scheduler then reads the selector alone.
 */
export function mutateTopologySpread(pod: Json): void {
  const labels: Record<string, string> = pod.metadata?.labels ?? {};
  for (const c of pod.spec?.topologySpreadConstraints ?? []) {
    if (c?.labelSelector && (c.matchLabelKeys ?? []).length) applyLabelKeys(c.labelSelector, c.matchLabelKeys, 'In', labels);
  }
}
