import type { KObject } from '../../types';
import { forbidden, invalidValue, nonNegative, notSupported, required, type Causes } from './field';
import { validateTemplateMeta } from './meta';
import { validatePodSpec } from './pod';
import { selectorIsEmpty, selectorMatches, validateLabelSelector } from './selector';
import { deepCopy } from '../../clone';
import type { Json } from '../../json';

/**
 * The bad value as v1.34 prints it: JSON of the internal apps type, which has no json tags, so
 * Go field names, every field, nil pointers as null.
 */
function internalRollingUpdate(ru: Json): Record<string, unknown> {
  return { Partition: ru.partition ?? 0, MaxUnavailable: ru.maxUnavailable ?? null };
}

function internalUpdateStrategy(us: Json): Record<string, unknown> {
  return { Type: us.type, RollingUpdate: us.rollingUpdate ? internalRollingUpdate(us.rollingUpdate) : null };
}

/** `ValidatePodTemplateSpec` plus the ReplicaSet-style template rules. */
export function validateTemplateForController(spec: Json, path = 'spec.template', restartAlways = true): Causes {
  const out: Causes = [];
  const tpl = spec?.template;
  if (!tpl) return [required(path)];
  if (spec.selector && !selectorIsEmpty(spec.selector) || !spec.selector) {
    if (!selectorMatches(spec.selector, tpl.metadata?.labels)) {
      out.push(invalidValue(`${path}.metadata.labels`, tpl.metadata?.labels ?? null, '`selector` does not match template `labels`'));
    }
  }
  out.push(...validateTemplateMeta(tpl.metadata, `${path}.metadata`));
  out.push(...validatePodSpec(tpl.spec ?? {}, `${path}.spec`));
  if (restartAlways && tpl.spec?.restartPolicy !== 'Always') {
    out.push(notSupported(`${path}.spec.restartPolicy`, tpl.spec?.restartPolicy ?? '', ['Always']));
  }
  if (restartAlways && tpl.spec?.activeDeadlineSeconds !== undefined && tpl.spec?.activeDeadlineSeconds !== null) {
    out.push(invalidValue(`${path}.spec.activeDeadlineSeconds`, tpl.spec.activeDeadlineSeconds, 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  }
  return out;
}

function validateSelector(spec: Json, what: string): Causes {
  if (!spec.selector) return [required('spec.selector')];
  const out = validateLabelSelector(spec.selector, 'spec.selector');
  if (selectorIsEmpty(spec.selector)) out.push(invalidValue('spec.selector', spec.selector, `empty selector is invalid for ${what}`));
  return out;
}

/** `IsValidPercent` / int check for maxSurge and maxUnavailable. */
function validateIntOrPercent(path: string, v: Json): Causes {
  if (typeof v === 'string') {
    if (!/^[0-9]+%$/.test(v)) return [invalidValue(path, v, 'value should be int(5) or percentage(5%)')];
    return [];
  }
  return nonNegative(path, v);
}

const valueOf = (v: Json) => (typeof v === 'string' ? parseInt(v, 10) || 0 : (v ?? 0));

export function validateDeployment(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [...nonNegative('spec.replicas', spec.replicas)];
  out.push(...validateSelector(spec, 'deployment'));
  out.push(...validateTemplateForController(spec));
  const st = spec.strategy ?? {};
  if (st.type === 'Recreate') {
    if (st.rollingUpdate) out.push(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
  } else if (st.type === 'RollingUpdate') {
    const ru = st.rollingUpdate;
    if (!ru) out.push(required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil'));
    else {
      out.push(...validateIntOrPercent('spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable));
      out.push(...validateIntOrPercent('spec.strategy.rollingUpdate.maxSurge', ru.maxSurge));
      if (valueOf(ru.maxUnavailable) === 0 && valueOf(ru.maxSurge) === 0) {
        out.push(invalidValue('spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable ?? 0, 'may not be 0 when `maxSurge` is 0'));
      }
      if (typeof ru.maxUnavailable === 'string' && /^[0-9]+%$/.test(ru.maxUnavailable) && parseInt(ru.maxUnavailable, 10) > 100) {
        out.push(invalidValue('spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'must not be greater than 100%'));
      }
    }
  } else {
    out.push(notSupported('spec.strategy', st, ['Recreate', 'RollingUpdate']));
  }
  out.push(...nonNegative('spec.minReadySeconds', spec.minReadySeconds));
  out.push(...nonNegative('spec.revisionHistoryLimit', spec.revisionHistoryLimit));
  const pds = spec.progressDeadlineSeconds;
  if (pds !== undefined && pds !== null) {
    if (pds <= 0) out.push(invalidValue('spec.progressDeadlineSeconds', pds, 'must be greater than 0'));
    if (pds <= (spec.minReadySeconds ?? 0)) out.push(invalidValue('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  }
  return out;
}

export function validateReplicaSet(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  return [...nonNegative('spec.replicas', spec.replicas), ...nonNegative('spec.minReadySeconds', spec.minReadySeconds), ...validateSelector(spec, 'deployment'), ...validateTemplateForController(spec)];
}

/**
 * `ValidateStatefulSetSpec`. The pod template gets only its labels and annotations checked
 * (`ValidatePodTemplateSpecForStatefulSet`): its volume mounts may name volumeClaimTemplates, so
 * upstream leaves the pod spec to the pods the controller creates.
 */
export function validateStatefulSet(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [];
  const pmp = spec.podManagementPolicy;
  if (!pmp) out.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') out.push(invalidValue('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  const ut = spec.updateStrategy?.type;
  if (!ut) out.push(required('spec.updateStrategy'));
  else if (ut !== 'RollingUpdate' && ut !== 'OnDelete') out.push(invalidValue('spec.updateStrategy', internalUpdateStrategy(spec.updateStrategy), "must be 'RollingUpdate' or 'OnDelete'"));
  if (ut === 'OnDelete' && spec.updateStrategy?.rollingUpdate) {
    out.push(invalidValue('spec.updateStrategy.rollingUpdate', internalRollingUpdate(spec.updateStrategy.rollingUpdate), "only allowed for updateStrategy 'RollingUpdate'"));
  }
  out.push(...nonNegative('spec.updateStrategy.rollingUpdate.partition', spec.updateStrategy?.rollingUpdate?.partition));
  out.push(...nonNegative('spec.replicas', spec.replicas));
  out.push(...nonNegative('spec.minReadySeconds', spec.minReadySeconds));
  if (spec.ordinals) out.push(...nonNegative('spec.ordinals.start', spec.ordinals.start));
  out.push(...validateSelector(spec, 'statefulset'));
  const tpl = spec.template;
  if (!tpl) out.push(required('spec.template'));
  else {
    if (spec.selector && !selectorIsEmpty(spec.selector) && !selectorMatches(spec.selector, tpl.metadata?.labels)) {
      out.push(invalidValue('spec.template.metadata.labels', tpl.metadata?.labels ?? null, '`selector` does not match template `labels`'));
    }
    // upstream reports these on spec.template.labels / .annotations (no .metadata)
    out.push(...validateTemplateMeta(tpl.metadata, 'spec.template'));
  }
  if (tpl?.spec?.restartPolicy !== 'Always') out.push(notSupported('spec.template.spec.restartPolicy', tpl?.spec?.restartPolicy ?? '', ['Always']));
  if (tpl?.spec?.activeDeadlineSeconds !== undefined && tpl?.spec?.activeDeadlineSeconds !== null) {
    out.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in StatefulSet is not Supported'));
  }
  return out;
}

export function validateDaemonSet(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [...validateSelector(spec, 'daemonset'), ...validateTemplateForController(spec)];
  const ut = spec.updateStrategy?.type;
  if (ut !== 'RollingUpdate' && ut !== 'OnDelete') out.push(notSupported('spec.updateStrategy', ut ?? '', ['OnDelete', 'RollingUpdate']));
  out.push(...nonNegative('spec.minReadySeconds', spec.minReadySeconds));
  return out;
}

/** apps/v1 selectors cannot change. */
export function validateSelectorImmutable(obj: KObject, old: KObject): Causes {
  if (JSON.stringify(obj.spec?.selector ?? null) === JSON.stringify(old.spec?.selector ?? null)) return [];
  return [invalidValue('spec.selector', obj.spec?.selector ?? null, 'field is immutable')];
}

/** StatefulSet updates may change only some fields. */
export function validateStatefulSetUpdate(obj: KObject, old: KObject): Causes {
  const strip = (s: Json) => {
    const c = deepCopy(s ?? {});
    for (const f of ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']) delete c[f];
    return JSON.stringify(c);
  };
  if (strip(obj.spec) === strip(old.spec)) return [];
  return [
    forbidden(
      'spec',
      "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ),
  ];
}
