/** describe for roles, cluster roles and their bindings (kubectl's rule breakdown, compaction and order). */
import type { KObject } from '../../sim/types';
import { goSlice, LEVEL_0, LEVEL_1, PrefixWriter, printAnnotations, printLabels } from './writer';

interface Rule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

/** BreakdownRule: one rule per group × resource (× name), and one per non-resource URL. */
function breakdown(r: any): Rule[] {
  const out: Rule[] = [];
  const verbs: string[] = r.verbs ?? [];
  for (const g of r.apiGroups ?? []) {
    for (const res of r.resources ?? []) {
      if ((r.resourceNames ?? []).length) {
        for (const n of r.resourceNames) out.push({ verbs, apiGroups: [g], resources: [res], resourceNames: [n], nonResourceURLs: [] });
      } else out.push({ verbs, apiGroups: [g], resources: [res], resourceNames: [], nonResourceURLs: [] });
    }
  }
  for (const u of r.nonResourceURLs ?? []) out.push({ verbs, apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [u] });
  return out;
}

/** CompactRules: simple resource rules with the same group, resource and name merge their verbs. */
function compact(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  const simple = new Map<string, Rule>();
  for (const r of rules) {
    const isSimple = r.apiGroups.length === 1 && r.resources.length === 1 && r.resourceNames.length <= 1 && r.nonResourceURLs.length === 0;
    if (!isSimple) {
      out.push(r);
      continue;
    }
    const key = `${r.apiGroups[0]}|${r.resources[0]}|${r.resourceNames.length}|${r.resourceNames[0] ?? ''}`;
    const existing = simple.get(key);
    if (existing) existing.verbs = [...existing.verbs, ...r.verbs];
    else simple.set(key, { ...r, verbs: [...r.verbs] });
  }
  return [...out, ...simple.values()];
}

/** The generated PolicyRule.String() that kubectl sorts rules by. */
function ruleString(r: Rule): string {
  return `&PolicyRule{Verbs:${goSlice(r.verbs)},APIGroups:${goSlice(r.apiGroups)},Resources:${goSlice(r.resources)},ResourceNames:${goSlice(r.resourceNames)},NonResourceURLs:${goSlice(r.nonResourceURLs)},}`;
}

/** CombineResourceGroup: `pods`, `deployments.apps`, `pods/log`. */
function combine(resources: string[], groups: string[]): string {
  if (!resources.length) return '';
  const [res, sub] = resources[0].split(/\/(.*)/s);
  let s = res;
  if (groups.length && groups[0] !== '') s += '.' + groups[0];
  if (sub !== undefined) s += '/' + sub;
  return s;
}

export function describeRole(role: KObject, now: number): string {
  const w = new PrefixWriter(now);
  const rules = compact((role.rules ?? []).flatMap(breakdown))
    .map((r, i) => ({ r, i, s: ruleString(r) }))
    .sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.i - b.i))
    .map((x) => x.r);
  w.write(LEVEL_0, `Name:\t${role.metadata.name}\n`);
  printLabels(w, 'Labels', role.metadata.labels);
  printAnnotations(w, 'Annotations', role.metadata.annotations);
  w.write(LEVEL_0, 'PolicyRule:\n');
  w.write(LEVEL_1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(LEVEL_1, '---------\t-----------------\t--------------\t-----\n');
  for (const r of rules) w.write(LEVEL_1, `${combine(r.resources, r.apiGroups)}\t${goSlice(r.nonResourceURLs)}\t${goSlice(r.resourceNames)}\t${goSlice(r.verbs)}\n`);
  return w.toString();
}

export function describeRoleBinding(b: KObject, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${b.metadata.name}\n`);
  printLabels(w, 'Labels', b.metadata.labels);
  printAnnotations(w, 'Annotations', b.metadata.annotations);
  w.write(LEVEL_0, 'Role:\n');
  w.write(LEVEL_1, `Kind:\t${b.roleRef?.kind ?? ''}\n`);
  w.write(LEVEL_1, `Name:\t${b.roleRef?.name ?? ''}\n`);
  w.write(LEVEL_0, 'Subjects:\n');
  w.write(LEVEL_1, 'Kind\tName\tNamespace\n');
  w.write(LEVEL_1, '----\t----\t---------\n');
  for (const s of b.subjects ?? []) w.write(LEVEL_1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  return w.toString();
}
