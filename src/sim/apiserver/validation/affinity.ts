/** `validateAffinity`'s pod affinity and anti-affinity rules (core validation, v1.34). */
import { eachInvalid, forbidden, invalidValue, isDNS1123Label, isQualifiedName, required, type Causes } from './field';
import { validateLabelSelector } from './selector';
import type { Json } from '../../json';

/** `validateLabelKeys`: matchLabelKeys / mismatchLabelKeys need a labelSelector, and each is a label name. */
function validateLabelKeys(path: string, keys: string[], selector: Json): Causes {
  if (!keys.length) return [];
  if (selector == null) return [forbidden(path, 'must not be specified when labelSelector is not set')];
  return keys.flatMap((k, i) => eachInvalid(`${path}[${i}]`, k, isQualifiedName(k)));
}

/**
 * `validateMatchLabelKeysAndMismatchLabelKeys`: the keys are label names, a matchLabelKeys key is not also in the
 * selector (the selector already holds the `In` expression the server added for it), nor in mismatchLabelKeys.
 * v1.34 checks a topology spread constraint's matchLabelKeys the same way (MatchLabelKeysInPodTopologySpreadSelectorMerge).
 */
export function validateMatchLabelKeys(path: string, match: string[], mismatch: string[], selector: Json): Causes {
  const out: Causes = [...validateLabelKeys(`${path}.matchLabelKeys`, match, selector), ...validateLabelKeys(`${path}.mismatchLabelKeys`, mismatch, selector)];
  if (selector != null) {
    const index = new Map(match.map((k, i) => [k, i]));
    const seen = new Set(Object.keys(selector.matchLabels ?? {}));
    for (const e of (selector.matchExpressions ?? []) as Json[]) {
      const i = index.get(e?.key);
      // upstream indexes the term's own path here, not matchLabelKeys'
      if (i !== undefined && seen.has(e.key)) out.push(invalidValue(`${path}[${i}]`, e.key, 'exists in both matchLabelKeys and labelSelector'));
      seen.add(e?.key);
    }
  }
  const mismatched = new Set(mismatch);
  match.forEach((k, i) => {
    if (mismatched.has(k)) out.push(invalidValue(`${path}.matchLabelKeys[${i}]`, k, 'exists in both matchLabelKeys and mismatchLabelKeys'));
  });
  return out;
}

/** `validatePodAffinityTerm`. */
function validateTerm(t: Json, path: string): Causes {
  const out: Causes = [...validateLabelSelector(t?.labelSelector, `${path}.labelSelector`), ...validateLabelSelector(t?.namespaceSelector, `${path}.namespaceSelector`)];
  // upstream names the field `namespace`, singular
  for (const ns of (t?.namespaces ?? []) as string[]) out.push(...eachInvalid(`${path}.namespace`, ns, isDNS1123Label(ns)));
  out.push(...validateMatchLabelKeys(path, t?.matchLabelKeys ?? [], t?.mismatchLabelKeys ?? [], t?.labelSelector));
  const key: string = t?.topologyKey ?? '';
  if (!key) out.push(required(`${path}.topologyKey`, 'can not be empty'));
  out.push(...eachInvalid(`${path}.topologyKey`, key, isQualifiedName(key)));
  return out;
}

/** `validatePodAffinity` / `validatePodAntiAffinity`: required terms, then weighted terms (weight 1-100). */
function validatePodAffinity(a: Json, path: string): Causes {
  const out: Causes = [];
  ((a?.requiredDuringSchedulingIgnoredDuringExecution ?? []) as Json[]).forEach((t, i) => out.push(...validateTerm(t, `${path}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`)));
  ((a?.preferredDuringSchedulingIgnoredDuringExecution ?? []) as Json[]).forEach((w, j) => {
    const p = `${path}.preferredDuringSchedulingIgnoredDuringExecution[${j}]`;
    const weight = w?.weight ?? 0;
    if (weight <= 0 || weight > 100) out.push(invalidValue(`${p}.weight`, weight, 'must be in the range 1-100'));
    out.push(...validateTerm(w?.podAffinityTerm ?? {}, `${p}.podAffinityTerm`));
  });
  return out;
}

/** The pod affinity and anti-affinity parts of `validateAffinity` (node affinity is not checked here). */
export function validatePodAffinities(affinity: Json, path: string): Causes {
  if (!affinity) return [];
  return [
    ...(affinity.podAffinity ? validatePodAffinity(affinity.podAffinity, `${path}.podAffinity`) : []),
    ...(affinity.podAntiAffinity ? validatePodAffinity(affinity.podAntiAffinity, `${path}.podAntiAffinity`) : []),
  ];
}
