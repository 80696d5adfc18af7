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
    const add = (keys: string[] | undefined, operator: 'In' | 'NotIn') => {
      for (const key of keys ?? []) {
        if (!Object.hasOwn(labels, key)) continue;
        term.labelSelector.matchExpressions = [...(term.labelSelector.matchExpressions ?? []), { key, operator, values: [labels[key]] }];
      }
    };
    add(term.matchLabelKeys, 'In');
    add(term.mismatchLabelKeys, 'NotIn');
  };
  for (const a of [pod.spec?.affinity?.podAffinity, pod.spec?.affinity?.podAntiAffinity]) {
    if (!a) continue;
    for (const w of a.preferredDuringSchedulingIgnoredDuringExecution ?? []) apply(w?.podAffinityTerm);
    for (const t of a.requiredDuringSchedulingIgnoredDuringExecution ?? []) apply(t);
  }
}
