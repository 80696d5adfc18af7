/**
 * `ValidatePodUpdate` (pkg/apis/core/validation, v1.34): the container count and the mutable
 * fields are checked first; then the new spec has its mutable fields copied from the old one and,
 * if it still differs, the Forbidden error carries `cmp.Diff(oldPod.Spec, mungedPodSpec)` of the
 * internal `core.PodSpec`.
 */
import type { KObject } from '../../types';
import type { Json } from '../../json';
import { forbidden, invalidValue, type Causes } from './field';
import { goCmpDiff } from './go-cmp-report';
import { compareValues } from './go-cmp-diff';
import { nodeAffinity, nodeSelectorRequirements, nodeSelectorTerm, nodeSelectorTerms, podSpec, podSpecFromV1 } from './go-core-types';
import { canonicalizeQuantities } from '../schema/canonical';
import { fromJson, map, marshalJson, str, type GoMap, type GoStruct, type GoType, type GoValue } from './go-types';

const UPDATABLE = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];
const MAX_INT32 = 2147483647;

/** The old spec with its quantities as etcd holds them (the schema's one walk; a component's write skipped decoding). */
function storedSpec(prev: Json): Json {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: structuredClone(prev) } as KObject;
  canonicalizeQuantities(pod);
  return pod.spec;
}

/** Semantic.DeepEqual: as cmp's comparison, but nil and empty lists and maps are the same. */
function semanticEqual(x: GoStruct, y: GoStruct): boolean {
  return compareValues(podSpec, emptyAsNil(podSpec, x), emptyAsNil(podSpec, y)).numDiff === 0;
}

export function emptyAsNil(t: GoType, v: GoValue): GoValue {
  if (v === null) return v;
  switch (t.kind) {
    case 'basic':
      return v;
    case 'ptr':
      return emptyAsNil(t.elem, v);
    case 'slice':
      return (v as GoValue[]).length ? (v as GoValue[]).map((e) => emptyAsNil(t.elem, e)) : null;
    case 'map':
      return (v as GoMap).entries.length ? { entries: (v as GoMap).entries.map(([k, e]) => [k, emptyAsNil(t.elem, e)]) } : null;
    case 'struct': {
      if (t.equal) return v;
      const out: GoStruct = {};
      for (const f of t.fields) out[f.name] = emptyAsNil(f.type, (v as GoStruct)[f.name]);
      return out;
    }
  }
}

/** `validateOnlyAddedTolerations`: every old toleration is still there, up to its tolerationSeconds. */
function onlyAddedTolerations(next: Json[] | undefined, prev: Json[] | undefined): Causes {
  const same = (a: Json, b: Json) => ['key', 'operator', 'value', 'effect'].every((k) => (a?.[k] ?? '') === (b?.[k] ?? ''));
  for (const old of prev ?? []) {
    if (!(next ?? []).some((t) => same(old, t))) return [forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return [];
}

/** `validateOnlyDeletedSchedulingGates`: a gate may be removed, never added. */
function onlyDeletedSchedulingGates(next: Json[] | undefined, prev: Json[] | undefined): Causes {
  const old = new Set((prev ?? []).map((g) => g?.name));
  const added = new Map<string, number>();
  (next ?? []).forEach((g, i) => added.set(g?.name, i));
  for (const name of old) added.delete(name);
  return [...added].map(([name, i]) => forbidden(`spec.schedulingGates[${i}].name`, `only deletion is allowed, but found new scheduling gate '${name}'`));
}

/** `validateNodeSelectorMutation` (gated pods): existing entries stay as they are. */
function onlyAddedNodeSelector(next: Record<string, string> | undefined, prev: Record<string, string> | undefined): Causes {
  for (const [k, v] of Object.entries(prev ?? {})) {
    if (next?.[k] === v) continue;
    // field.Invalid prints the map with json.Marshal (sorted keys)
    const shown = next ? marshalJson(nodeSelectorMap, fromJson(nodeSelectorMap, next)) : 'null';
    return [{ reason: 'FieldValueInvalid', field: 'spec.nodeSelector', message: `Invalid value: ${shown}: only additions to spec.nodeSelector are allowed (no mutations or deletions)` }];
  }
  return [];
}

const nodeSelectorMap = map(str, str);
const TERMS_PATH = 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms';
const semanticSame = (t: GoType, x: GoValue, y: GoValue) => compareValues(t, emptyAsNil(t, x), emptyAsNil(t, y)).numDiff === 0;

/** `validateNodeSelectorTermHasOnlyAdditions`: the old requirements lead the new lists unchanged; an empty term stays empty. */
function termHasOnlyAdditions(next: GoStruct, prev: GoStruct): boolean {
  const list = (t: GoStruct, f: string) => (t[f] as GoValue[] | null) ?? [];
  if (!list(prev, 'MatchExpressions').length && !list(prev, 'MatchFields').length && (list(next, 'MatchExpressions').length || list(next, 'MatchFields').length)) return false;
  return ['MatchExpressions', 'MatchFields'].every((f) => {
    const olds = list(prev, f);
    const news = list(next, f);
    return !olds.length || (news.length >= olds.length && semanticSame(nodeSelectorRequirements, news.slice(0, olds.length), olds));
  });
}

/** `validateNodeAffinityMutation` (gated pods): required terms keep their number and only gain requirements. */
function onlyAddedNodeAffinity(next: GoValue, prev: GoValue): Causes {
  const required = (na: GoValue) => (na as GoStruct | null)?.RequiredDuringSchedulingIgnoredDuringExecution as GoStruct | null | undefined;
  const oldRequired = required(prev);
  if (!oldRequired) return [];
  const olds = (oldRequired.NodeSelectorTerms as GoStruct[] | null) ?? [];
  const news = (required(next)?.NodeSelectorTerms as GoStruct[] | null | undefined) ?? null;
  if (olds.length && olds.length !== (news ?? []).length) {
    return [invalidGo(TERMS_PATH, marshalJson(nodeSelectorTerms, news), 'no additions/deletions to non-empty NodeSelectorTerms list are allowed')];
  }
  return olds.flatMap((old, i) => (termHasOnlyAdditions(news![i], old) ? [] : [invalidGo(`${TERMS_PATH}[${i}]`, marshalJson(nodeSelectorTerm, news![i]), 'only additions are allowed (no mutations or deletions)')]));
}

/** field.Invalid with a value already printed as Go prints it. */
const invalidGo = (field: string, shown: string, detail: string) => ({ reason: 'FieldValueInvalid', field, message: `Invalid value: ${shown}: ${detail}` });

function containerCount(path: string, next: Json[] | undefined, prev: Json[] | undefined): Causes {
  if ((next ?? []).length !== (prev ?? []).length) return [forbidden(path, 'pod updates may not add or remove containers')];
  return [];
}

export function validatePodUpdate(obj: KObject, old: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const prev: Json = old.spec ?? {};
  for (const list of ['containers', 'initContainers']) {
    const errs = containerCount(`spec.${list}`, spec[list], prev[list]);
    if (errs.length) return errs;
  }
  const out: Causes = [];
  const deadline = spec.activeDeadlineSeconds;
  if (deadline !== undefined && deadline !== null) {
    if (deadline < 0 || deadline > MAX_INT32) return [invalidValue('spec.activeDeadlineSeconds', deadline, `must be between 0 and ${MAX_INT32}, inclusive`)];
    if (prev.activeDeadlineSeconds !== undefined && prev.activeDeadlineSeconds < deadline) {
      return [invalidValue('spec.activeDeadlineSeconds', deadline, 'must be less than or equal to previous value')];
    }
  } else if (prev.activeDeadlineSeconds !== undefined) {
    out.push(invalidValue('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }

  out.push(...onlyAddedTolerations(spec.tolerations, prev.tolerations));
  out.push(...onlyDeletedSchedulingGates(spec.schedulingGates, prev.schedulingGates));
  const { oldGo, munged } = mungedSpecs(spec, prev);
  // a gated pod may gain node selector entries and required node affinity requirements
  if ((prev.schedulingGates ?? []).length) {
    out.push(...onlyAddedNodeSelector(spec.nodeSelector, prev.nodeSelector));
    const mungedAffinity = (podSpecFromV1(spec).Affinity as GoStruct | null)?.NodeAffinity ?? null;
    const oldAffinity = (oldGo.Affinity as GoStruct | null)?.NodeAffinity ?? null;
    if (!semanticSame(nodeAffinity, oldAffinity, mungedAffinity)) out.push(...onlyAddedNodeAffinity(mungedAffinity, oldAffinity));
  }
  if (!semanticEqual(oldGo, munged)) {
    out.push(forbidden('spec', `pod updates may not change fields other than ${UPDATABLE.join(',')}\n${goCmpDiff(podSpec, oldGo, munged)}`));
  }
  return out;
}

/**
 * The old spec as stored and the new one with the mutable fields copied from it (images by
 * index, activeDeadlineSeconds, schedulingGates, tolerations, and a grace period set to 1 from a
 * negative value), both as internal Go values.
 */
export function mungedSpecs(spec: Json, prev: Json): { oldGo: GoStruct; munged: GoStruct } {
  // the old pod as read back from etcd's protobuf: canonical quantities, empty lists and maps nil
  const oldGo = emptyAsNil(podSpec, podSpecFromV1(storedSpec(prev))) as GoStruct;
  const munged = podSpecFromV1(spec);
  const copyImages = (field: string) => {
    const olds = oldGo[field] as GoStruct[] | null;
    const news = munged[field] as GoStruct[] | null;
    if (news) munged[field] = news.map((c, i) => ({ ...c, Image: olds?.[i]?.Image ?? '' }));
  };
  copyImages('Containers');
  copyImages('InitContainers');
  munged.ActiveDeadlineSeconds = oldGo.ActiveDeadlineSeconds;
  munged.SchedulingGates = oldGo.SchedulingGates;
  munged.Tolerations = oldGo.Tolerations;
  const grace = oldGo.TerminationGracePeriodSeconds as GoValue;
  if (typeof grace === 'number' && grace < 0 && munged.TerminationGracePeriodSeconds === 1) munged.TerminationGracePeriodSeconds = grace;
  // a pod still gated may gain node selector entries and node affinity requirements (checked by validatePodUpdate)
  if (((oldGo.SchedulingGates as GoValue[] | null) ?? []).length) {
    munged.NodeSelector = oldGo.NodeSelector;
    mungeNodeAffinity(munged, oldGo);
  }
  return { oldGo, munged };
}

/** The old node affinity put back into the munged spec, as ValidatePodUpdate's four cases do. */
function mungeNodeAffinity(munged: GoStruct, oldGo: GoStruct): void {
  const old = (oldGo.Affinity as GoStruct | null)?.NodeAffinity ?? null;
  const affinity = munged.Affinity as GoStruct | null;
  if (semanticSame(nodeAffinity, old, affinity?.NodeAffinity ?? null)) return;
  if (!affinity) {
    if (old) munged.Affinity = { NodeAffinity: old, PodAffinity: null, PodAntiAffinity: null };
  } else if (!oldGo.Affinity && affinity.PodAffinity === null && affinity.PodAntiAffinity === null) munged.Affinity = null;
  else munged.Affinity = { ...affinity, NodeAffinity: old };
}
