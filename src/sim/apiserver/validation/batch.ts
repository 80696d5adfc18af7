import type { KObject } from '../../types';
import { invalidValue, nonNegative, notSupported, required, type Causes } from './field';
import { validateTemplateMeta } from './meta';
import { validatePodSpec } from './pod';
import type { Json } from '../../json';

/** A Job's pod template: OnFailure or Never only (the default Always is refused). */
function validateJobSpec(spec: Json, path: string): Causes {
  if (!spec) return [required(path)];
  const out: Causes = [];
  for (const f of ['parallelism', 'completions', 'backoffLimit']) out.push(...nonNegative(`${path}.${f}`, spec[f]));
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null && spec.activeDeadlineSeconds <= 0) {
    out.push(invalidValue(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be greater than 0'));
  }
  const tpl = spec.template;
  if (!tpl) return [...out, required(`${path}.template`)];
  out.push(...validateTemplateMeta(tpl.metadata, `${path}.template.metadata`));
  out.push(...validatePodSpec(tpl.spec ?? {}, `${path}.template.spec`));
  const rp = tpl.spec?.restartPolicy;
  if (rp !== 'OnFailure' && rp !== 'Never') out.push(notSupported(`${path}.template.spec.restartPolicy`, rp ?? '', ['OnFailure', 'Never']));
  return out;
}

export function validateJob(obj: KObject): Causes {
  return validateJobSpec(obj.spec, 'spec');
}

export function validateCronJob(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [];
  if (!spec.schedule) out.push(required('spec.schedule'));
  else {
    // robfig/cron's standard parser: five fields (or a @descriptor)
    const fields = String(spec.schedule).trim().split(/\s+/);
    if (fields.length !== 5 && !fields[0].startsWith('@')) {
      out.push(invalidValue('spec.schedule', spec.schedule, `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`));
    }
  }
  const cp = spec.concurrencyPolicy;
  if (cp && !['Allow', 'Forbid', 'Replace'].includes(cp)) out.push(notSupported('spec.concurrencyPolicy', cp, ['Allow', 'Forbid', 'Replace']));
  out.push(...nonNegative('spec.successfulJobsHistoryLimit', spec.successfulJobsHistoryLimit));
  out.push(...nonNegative('spec.failedJobsHistoryLimit', spec.failedJobsHistoryLimit));
  out.push(...validateJobSpec(spec.jobTemplate?.spec, 'spec.jobTemplate.spec'));
  return out;
}
