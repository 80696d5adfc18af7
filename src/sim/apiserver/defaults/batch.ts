import { defaultTemplate } from './pod';
import type { Json } from '../../json';

/** `SetDefaults_Job`. */
export function defaultJob(job: Json): void {
  const spec = (job.spec ??= {});
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ||= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ||= 'TerminatingOrFailed';
  spec.manualSelector ??= false;
  defaultTemplate(spec.template);
}

/** `SetDefaults_CronJob`. */
export function defaultCronJob(cj: Json): void {
  const spec = (cj.spec ??= {});
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  if (spec.jobTemplate?.spec) defaultTemplate(spec.jobTemplate.spec.template);
}
