import type { KObject } from '../../types';
import { invalidValue, nonNegative, notSupported, required, type Causes } from './field';
import { validateTemplateMeta } from './meta';
import { validatePodSpec } from './pod';
import type { Json } from '../../json';
import { parseStandard } from '../../cron/schedule';
import { loadLocation } from '../../cron/zone';

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

/**
 * validateCronJobSpec. Upstream lets an update keep a TZ= that the stored schedule already had, and
 * checks timeZone only when it changes; here every stored CronJob passed these rules on create, so
 * the create rules stand for both.
 */
export function validateCronJob(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [];
  if (!spec.schedule) out.push(required('spec.schedule'));
  else out.push(...validateScheduleFormat(String(spec.schedule)));
  out.push(...nonNegative('spec.startingDeadlineSeconds', spec.startingDeadlineSeconds));
  out.push(...validateTimeZone(spec.timeZone));
  const cp = spec.concurrencyPolicy;
  if (cp && !['Allow', 'Forbid', 'Replace'].includes(cp)) out.push(notSupported('spec.concurrencyPolicy', cp, ['Allow', 'Forbid', 'Replace']));
  out.push(...validateJobSpec(spec.jobTemplate?.spec, 'spec.jobTemplate.spec'));
  out.push(...nonNegative('spec.successfulJobsHistoryLimit', spec.successfulJobsHistoryLimit));
  out.push(...nonNegative('spec.failedJobsHistoryLimit', spec.failedJobsHistoryLimit));
  return out;
}

/** validateScheduleFormat: robfig's standard parser, and no TZ= or CRON_TZ= in the schedule. */
function validateScheduleFormat(schedule: string): Causes {
  const out: Causes = [];
  const parsed = parseStandard(schedule);
  if ('error' in parsed) out.push(invalidValue('spec.schedule', schedule, parsed.error));
  if (schedule.includes('TZ')) out.push(invalidValue('spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  return out;
}

/** The IANA naming rules for a file name component (digits and + tolerated for legacy names). */
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** validateTimeZone. */
function validateTimeZone(tz: unknown): Causes {
  if (tz === undefined || tz === null) return [];
  const name = String(tz);
  if (name === '') return [invalidValue('spec.timeZone', name, 'timeZone must be nil or non-empty string')];
  const badPart = name.split('/').some((part) => part === '.' || part === '..' || part.startsWith('-') || !TIME_ZONE_PART.test(part));
  if (badPart) return [invalidValue('spec.timeZone', name, `unknown time zone ${name}`)];
  const out: Causes = [];
  if (name.toLowerCase() === 'local') out.push(invalidValue('spec.timeZone', name, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  const loc = loadLocation(name);
  if ('error' in loc) out.push(invalidValue('spec.timeZone', name, loc.error));
  return out;
}
