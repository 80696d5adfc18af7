/** describe for Jobs, CronJobs and StorageClasses. */
import type { KObject } from '../../sim/types';
import { humanDuration, parseTime } from '../printers/duration';
import { formatLabels } from '../printers/table';
import { isDefaultClass } from '../printers/columns/storage';
import { labelSelectorString } from '../printers/columns/util';
import { describePodTemplate } from './pod';
import { controllerOf, describeEvents, LEVEL_0, LEVEL_1, PrefixWriter, printAnnotations, printLabels, rfc1123z } from './writer';

const has = (v: unknown) => v !== undefined && v !== null;

export function describeJob(job: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const s = job.spec ?? {};
  const st = job.status ?? {};
  w.write(LEVEL_0, `Name:\t${job.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${job.metadata.namespace}\n`);
  w.write(LEVEL_0, `Selector:\t${labelSelectorString(s.selector)}\n`);
  printLabels(w, 'Labels', job.metadata.labels);
  printAnnotations(w, 'Annotations', job.metadata.annotations);
  const ctl = controllerOf(job);
  if (ctl) w.write(LEVEL_0, `Controlled By:\t${ctl}\n`);
  if (has(s.parallelism)) w.write(LEVEL_0, `Parallelism:\t${s.parallelism}\n`);
  w.write(LEVEL_0, has(s.completions) ? `Completions:\t${s.completions}\n` : 'Completions:\t<unset>\n');
  if (has(s.completionMode)) w.write(LEVEL_0, `Completion Mode:\t${s.completionMode}\n`);
  if (has(s.suspend)) w.write(LEVEL_0, `Suspend:\t${s.suspend}\n`);
  if (has(s.backoffLimit)) w.write(LEVEL_0, `Backoff Limit:\t${s.backoffLimit}\n`);
  if (has(s.ttlSecondsAfterFinished)) w.write(LEVEL_0, `TTL Seconds After Finished:\t${s.ttlSecondsAfterFinished}\n`);
  if (st.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  if (st.completionTime) w.write(LEVEL_0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
  if (st.startTime && st.completionTime) w.write(LEVEL_0, `Duration:\t${humanDuration((parseTime(st.completionTime) ?? 0) - (parseTime(st.startTime) ?? 0))}\n`);
  if (has(s.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${s.activeDeadlineSeconds}s\n`);
  if (!has(st.ready)) w.write(LEVEL_0, `Pods Statuses:\t${st.active ?? 0} Active / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`);
  else w.write(LEVEL_0, `Pods Statuses:\t${st.active ?? 0} Active (${st.ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`);
  if (s.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${st.completedIndexes || '<none>'}\n`);
  describePodTemplate(s.template, w);
  describeEvents(events, w);
  return w.toString();
}

export function describeCronJob(cj: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const s = cj.spec ?? {};
  const jt = s.jobTemplate?.spec ?? {};
  w.write(LEVEL_0, `Name:\t${cj.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${cj.metadata.namespace}\n`);
  printLabels(w, 'Labels', cj.metadata.labels);
  printAnnotations(w, 'Annotations', cj.metadata.annotations);
  w.write(LEVEL_0, `Schedule:\t${s.schedule ?? ''}\n`);
  w.write(LEVEL_0, `Concurrency Policy:\t${s.concurrencyPolicy ?? ''}\n`);
  w.write(LEVEL_0, `Suspend:\t${has(s.suspend) ? (s.suspend ? 'True' : 'False') : '<unset>'}\n`);
  w.write(LEVEL_0, `Successful Job History Limit:\t${has(s.successfulJobsHistoryLimit) ? s.successfulJobsHistoryLimit : '<unset>'}\n`);
  w.write(LEVEL_0, `Failed Job History Limit:\t${has(s.failedJobsHistoryLimit) ? s.failedJobsHistoryLimit : '<unset>'}\n`);
  w.write(LEVEL_0, `Starting Deadline Seconds:\t${has(s.startingDeadlineSeconds) ? `${s.startingDeadlineSeconds}s` : '<unset>'}\n`);
  w.write(LEVEL_0, `Selector:\t${jt.selector ? labelSelectorString(jt.selector) : '<unset>'}\n`);
  w.write(LEVEL_0, `Parallelism:\t${has(jt.parallelism) ? jt.parallelism : '<unset>'}\n`);
  w.write(LEVEL_0, `Completions:\t${has(jt.completions) ? jt.completions : '<unset>'}\n`);
  if (has(jt.activeDeadlineSeconds)) w.write(LEVEL_0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`);
  describePodTemplate(jt.template, w);
  w.write(LEVEL_0, `Last Schedule Time:\t${cj.status?.lastScheduleTime ? rfc1123z(cj.status.lastScheduleTime) : '<unset>'}\n`);
  const active: any[] = cj.status?.active ?? [];
  w.write(LEVEL_0, 'Active Jobs:\t');
  w.writeLine(active.length ? active.map((j) => j.name).join(', ') : '<none>');
  describeEvents(events, w);
  return w.toString();
}

export function describeStorageClass(sc: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${sc.metadata.name}\n`);
  w.write(LEVEL_0, `IsDefaultClass:\t${isDefaultClass(sc) ? 'Yes' : 'No'}\n`);
  w.write(LEVEL_0, `Annotations:\t${formatLabels(sc.metadata.annotations)}\n`);
  w.write(LEVEL_0, `Provisioner:\t${sc.provisioner ?? ''}\n`);
  w.write(LEVEL_0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
  w.write(LEVEL_0, `AllowVolumeExpansion:\t${has(sc.allowVolumeExpansion) ? (sc.allowVolumeExpansion ? 'True' : 'False') : '<unset>'}\n`);
  if (!(sc.mountOptions ?? []).length) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
  else {
    w.write(LEVEL_0, 'MountOptions:\n');
    for (const o of sc.mountOptions) w.write(LEVEL_1, `${o}\n`);
  }
  if (sc.reclaimPolicy) w.write(LEVEL_0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
  if (sc.volumeBindingMode) w.write(LEVEL_0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
  describeEvents(events, w);
  return w.toString();
}
