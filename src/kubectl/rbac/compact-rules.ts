/** kubectl's rule printing helpers (`pkg/util/rbac`): break rules down, merge verbs, sort, combine resource.group. */
import type { PolicyRule } from '../../sim/apiserver/auth/rules';

/** One rule per group × resource × name, and per non-resource URL. */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const g of rule.apiGroups ?? []) {
    for (const r of rule.resources ?? []) {
      const names = rule.resourceNames ?? [];
      if (names.length) for (const n of names) out.push({ apiGroups: [g], resources: [r], resourceNames: [n], verbs: [...(rule.verbs ?? [])] });
      else out.push({ apiGroups: [g], resources: [r], verbs: [...(rule.verbs ?? [])] });
    }
  }
  for (const u of rule.nonResourceURLs ?? []) out.push({ nonResourceURLs: [u], verbs: [...(rule.verbs ?? [])] });
  return out;
}

/** Rules on the same single group/resource/name are merged into one with the union of verbs. */
export function compactRules(rules: PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const isSimple = !(rule.nonResourceURLs ?? []).length && (rule.apiGroups ?? []).length === 1 && (rule.resources ?? []).length === 1 && (rule.resourceNames ?? []).length <= 1;
    if (!isSimple) {
      out.push(rule);
      continue;
    }
    const key = JSON.stringify([rule.apiGroups![0], rule.resources![0], rule.resourceNames?.[0] ?? '']);
    const have = simple.get(key);
    if (!have) simple.set(key, structuredClone(rule));
    else for (const v of rule.verbs ?? []) if (!have.verbs!.includes(v)) have.verbs!.push(v);
  }
  return [...out, ...simple.values()];
}

const goList = (xs: string[] | undefined) => `[${(xs ?? []).join(' ')}]`;

/** The generated protobuf String() the rules are sorted by (verbs first). */
function ruleSortKey(r: PolicyRule): string {
  return `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;
}

export function sortRules(rules: PolicyRule[]): PolicyRule[] {
  return rules
    .map((r, i) => ({ r, i, k: ruleSortKey(r) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.r);
}

/** describe.CombineResourceGroup: `deployments.apps/scale`. */
export function combineResourceGroup(resources: string[] | undefined, groups: string[] | undefined): string {
  if (!resources?.length) return '';
  const [res, sub] = resources[0].split(/\/(.*)/s);
  let s = res;
  if (groups?.length && groups[0] !== '') s += `.${groups[0]}`;
  if (sub !== undefined) s += `/${sub}`;
  return s;
}

/** `[a b]`, Go's %v of a string slice. */
export { goList };
