/**
 * The CronJob controller (k/k pkg/controller/cronjob, ControllerV2): at each time the schedule
 * names (in spec.timeZone, else the controller's UTC), it creates the Job `<cronjob>-<minutes
 * since epoch>` from the job template, under the concurrency policy and the starting deadline;
 * it tracks its running Jobs in status.active, stamps lastScheduleTime and lastSuccessfulTime,
 * and deletes finished Jobs beyond the history limits. A sync asks to run again just after the
 * next start time.
 */
import { keyOf, splitKey, WorkQueue } from './workqueue';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { controllerOf, controllerRef } from './pod-control';
import { OWNER_INDEX } from './workload-indexes';
import { deepCopy } from '../clone';
import { canonicalJson } from '../json';
import { parseStandard, type CronSchedule } from '../cron/schedule';
import { formatRfc3339, loadLocation, type Zone } from '../cron/zone';
import { nextScheduleTime, nextScheduleTimeDuration } from './cronjob-times';
import { finishedCondition, isJobSucceeded, jobStartOrder } from './job-status';
import { toRfc3339 } from '../clock';

const COMPONENT = 'cronjob-controller';
const CRONJOBS = 'cronjobs.batch';
const JOBS = 'jobs.batch';
/** batchv1.CronJobScheduledTimestampAnnotation. */
export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

/** The Job of one scheduled time: named by its minute, so two syncs cannot create it twice (getJobName). */
function jobName(cj: KObject, scheduledMs: number): string {
  return `${cj.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
}

/** An ObjectReference to a Job, as status.active holds them (ref.GetReference). */
function jobRef(job: KObject): Record<string, unknown> {
  const m = job.metadata;
  return { apiVersion: 'batch/v1', kind: 'Job', name: m.name, namespace: m.namespace, resourceVersion: m.resourceVersion, uid: m.uid };
}

/** A sync that must be retried with back-off (the error upstream's sync returns). */
class RetryError extends Error {}

type Ref = { name?: string; namespace?: string; uid?: string };

export class CronJobController implements Component {
  readonly name = COMPONENT;
  readonly watches = [CRONJOBS, JOBS];
  private readonly queue: WorkQueue;

  constructor(private readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === CRONJOBS) {
      if (ev.type === 'MODIFIED' && ev.old) this.updateCronJob(ev.old, ev.object);
      else this.queue.add(keyOf(ev.object));
      return;
    }
    // a Job wakes the CronJob that controls it (by name and uid), and its old controller if that changed
    const cur = controllerOf(ev.object);
    const old = ev.old ? controllerOf(ev.old) : undefined;
    if (old && old.uid !== cur?.uid) this.enqueueOwner(ev.object.metadata.namespace, old);
    if (cur) this.enqueueOwner(ev.object.metadata.namespace, cur);
  }

  private enqueueOwner(ns: string | undefined, ref: { kind: string; name: string; uid: string }): void {
    if (ref.kind !== 'CronJob') return;
    const cj = this.ctx.api.store.get(CRONJOBS, ns, ref.name);
    if (cj?.metadata.uid === ref.uid) this.queue.add(keyOf(cj));
  }

  /** A new schedule or zone moves the wake-up to its next start; any other change syncs now. */
  private updateCronJob(old: KObject, cj: KObject): void {
    if (old.spec?.schedule === cj.spec?.schedule && old.spec?.timeZone === cj.spec?.timeZone) {
      this.queue.add(keyOf(cj));
      return;
    }
    const parsed = parseStandard(formatSchedule(cj));
    if ('error' in parsed) {
      this.record(cj, 'Warning', 'UnParseableCronJobSchedule', `unparseable schedule for cronjob: ${cj.spec?.schedule}`);
      return;
    }
    const now = this.ctx.clock.now();
    const after = nextScheduleTimeDuration(cj, now, parsed.schedule);
    if (after !== undefined) this.queue.addAt(keyOf(cj), now + after);
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) {
      try {
        const after = this.syncKey(key);
        if (after !== undefined) {
          this.queue.forget(key);
          this.queue.addAt(key, this.ctx.clock.now() + Math.max(0, after));
        }
      } catch (e) {
        if (!(e instanceof ApiError || e instanceof RetryError)) throw e;
        this.queue.addRateLimited(key);
      }
    }
    return true;
  }

  private record(cj: KObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.events.record(cj, type, reason, message, { component: COMPONENT });
  }

  /** The ms until the next sync, or undefined when only a change can bring one. */
  private syncKey(key: string): number | undefined {
    const { ns, name } = splitKey(key);
    const cj = this.ctx.api.store.get(CRONJOBS, ns, name);
    if (!cj) return undefined;
    const jobs = this.ctx.api.store.byIndex(JOBS, OWNER_INDEX, cj.metadata.uid!).filter((j) => {
      const ref = controllerOf(j);
      return ref?.name === name && j.metadata.namespace === ns;
    });
    const copy = deepCopy(cj);
    copy.status ??= {};
    const cleaned = this.cleanupFinishedJobs(copy, jobs);
    const { after, cronJob, changed } = this.syncCronJob(copy, jobs);
    if (cleaned || changed) this.writeStatus(cj, cronJob);
    return after;
  }

  private writeStatus(stored: KObject, cj: KObject): void {
    const status = { ...cj.status };
    if (!status.active?.length) delete status.active;
    if (canonicalJson(status) === canonicalJson(stored.status ?? {})) return;
    const upd = deepCopy(stored);
    upd.status = status;
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }

  /** syncCronJob: reconcile status.active with the Jobs, then start the Job of an unmet schedule time. */
  private syncCronJob(input: KObject, jobs: KObject[]): { after?: number; cronJob: KObject; changed: boolean } {
    let cj = input;
    const now = this.ctx.clock.now();
    let changed = false;
    const done = (after?: number) => ({ after, cronJob: cj, changed });
    const children = new Set<string>();
    for (const j of jobs) {
      children.add(j.metadata.uid!);
      const found = inActiveList(cj, j.metadata.uid!);
      const finished = finishedCondition(j);
      if (!found && !finished) {
        // the status may lag the Job just created: ask the API server before calling the Job unexpected
        const fresh = this.ctx.api.get(CRONJOBS, cj.metadata.namespace, cj.metadata.name!);
        if (inActiveList(fresh, j.metadata.uid!)) {
          cj = deepCopy(fresh);
          cj.status ??= {};
          continue;
        }
        this.record(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`);
      } else if (finished) {
        if (found) {
          deleteFromActiveList(cj, j.metadata.uid!);
          this.record(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, condition: ${finished}`);
          changed = true;
        }
        const completion = j.status?.completionTime;
        if (isJobSucceeded(j) && completion && (!cj.status.lastSuccessfulTime || Date.parse(completion) > Date.parse(cj.status.lastSuccessfulTime))) {
          cj.status.lastSuccessfulTime = completion;
          changed = true;
        }
      }
    }
    for (const ref of [...(cj.status.active ?? [])] as Ref[]) {
      if (children.has(ref.uid ?? '')) continue;
      if (!this.ctx.api.store.get(JOBS, ref.namespace, ref.name ?? '')) {
        this.record(cj, 'Normal', 'MissingJob', `Active job went missing: ${ref.name}`);
        deleteFromActiveList(cj, ref.uid ?? '');
        changed = true;
      }
    }
    if (cj.metadata.deletionTimestamp) return done();
    const tz: string | undefined = cj.spec?.timeZone ?? undefined;
    if (tz !== undefined) {
      const loc = loadLocation(tz);
      if ('error' in loc) {
        this.record(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(tz)}: ${loc.error}`);
        return done();
      }
    }
    if (cj.spec?.suspend) return done();
    const parsed = parseStandard(formatSchedule(cj, (c) => this.unsupported(c)));
    if ('error' in parsed) {
      this.record(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(cj.spec?.schedule)} : ${parsed.error}`);
      return done();
    }
    const sched: CronSchedule = parsed.schedule;
    const next = nextScheduleTime(cj, now, sched);
    if (next.tooManyMissed) this.record(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    if (next.error) {
      this.record(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec?.schedule} : ${next.error}`);
      return done();
    }
    const requeue = () => done(nextScheduleTimeDuration(cj, now, sched));
    const scheduled = next.at;
    if (scheduled === undefined) return requeue();
    const deadline = cj.spec?.startingDeadlineSeconds;
    if (typeof deadline === 'number' && scheduled + deadline * 1000 < now) {
      this.record(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduled)}`);
      return requeue();
    }
    const name = jobName(cj, scheduled);
    const active: Ref[] = cj.status.active ?? [];
    if (active.some((r) => r.name === name && r.namespace === cj.metadata.namespace) || Date.parse(cj.status.lastScheduleTime ?? '') === scheduled) return requeue();
    const policy = cj.spec?.concurrencyPolicy;
    if (policy === 'Forbid' && active.length > 0) {
      this.record(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return requeue();
    }
    if (policy === 'Replace') {
      for (const r of [...active]) {
        let job: KObject;
        try {
          job = this.ctx.api.get(JOBS, r.namespace, r.name ?? '');
        } catch (e) {
          if (e instanceof ApiError) this.record(cj, 'Warning', 'FailedGet', `Get job: ${e.message}`);
          throw e;
        }
        if (!this.deleteJob(cj, job)) throw new RetryError(`could not replace job ${job.metadata.namespace}/${job.metadata.name}`);
        changed = true;
      }
    }
    const created = this.createJob(cj, scheduled);
    if (!created) return done();
    cj.status.active = [...(cj.status.active ?? []), jobRef(created)];
    cj.status.lastScheduleTime = toRfc3339(scheduled);
    changed = true;
    return requeue();
  }

  /** Create the Job of `scheduled`; an existing one of ours that is not yet active is taken as created. */
  private createJob(cj: KObject, scheduled: number): KObject | undefined {
    const req = jobFromTemplate(cj, scheduled);
    try {
      const job = this.ctx.api.create(req);
      this.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`);
      return job;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.reason !== 'AlreadyExists') {
        if (!namespaceTerminating(e)) this.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${e.message}`);
        throw e;
      }
      const job = this.ctx.api.get(JOBS, req.metadata.namespace, req.metadata.name!);
      const ref = controllerOf(job);
      if (ref?.uid !== cj.metadata.uid || inActiveList(cj, job.metadata.uid!)) return undefined;
      return job;
    }
  }

  /** Delete a Job with background propagation and drop it from status.active (deleteJob). */
  private deleteJob(cj: KObject, job: KObject): boolean {
    try {
      this.ctx.api.delete(JOBS, job.metadata.namespace, job.metadata.name!, { propagationPolicy: 'Background' });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.record(cj, 'Warning', 'FailedDelete', `Deleted job: ${e.message}`);
      return false;
    }
    deleteFromActiveList(cj, job.metadata.uid!);
    this.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
    return true;
  }

  /** cleanupFinishedJobs: keep the newest successfulJobsHistoryLimit Complete and failedJobsHistoryLimit Failed Jobs. */
  private cleanupFinishedJobs(cj: KObject, jobs: KObject[]): boolean {
    const limits: Record<string, unknown> = { Complete: cj.spec?.successfulJobsHistoryLimit, Failed: cj.spec?.failedJobsHistoryLimit };
    let changed = false;
    for (const [condition, limit] of Object.entries(limits)) {
      if (typeof limit !== 'number') continue;
      const finished = jobs.filter((j) => finishedCondition(j) === condition).sort(jobStartOrder);
      for (const j of finished.slice(0, Math.max(0, finished.length - limit))) if (this.deleteJob(cj, j)) changed = true;
    }
    return changed;
  }

  private unsupported(cj: KObject): void {
    this.record(cj, 'Warning', 'UnsupportedSchedule', `CRON_TZ or TZ used in schedule ${JSON.stringify(cj.spec?.schedule)} is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details`);
  }
}

/** formatSchedule: the schedule with `TZ=<timeZone>` in front when the zone is known; a schedule with its own TZ is warned about. */
function formatSchedule(cj: KObject, warn?: (cj: KObject) => void): string {
  const schedule = String(cj.spec?.schedule ?? '');
  if (schedule.includes('TZ')) {
    warn?.(cj);
    return schedule;
  }
  const tz = cj.spec?.timeZone;
  if (typeof tz === 'string' && !('error' in loadLocation(tz))) return `TZ=${tz} ${schedule}`;
  return schedule;
}

/** getJobFromTemplate2: the template's labels and annotations, the scheduled time in the CronJob's zone, a controller reference. */
function jobFromTemplate(cj: KObject, scheduled: number): KObject {
  const tpl = cj.spec?.jobTemplate ?? {};
  const zone = loadLocation(cj.spec?.timeZone ?? '') as Zone;
  const labels = { ...(tpl.metadata?.labels ?? {}) };
  const annotations = { ...(tpl.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP_ANNOTATION]: formatRfc3339(zone, scheduled) };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobName(cj, scheduled),
      namespace: cj.metadata.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      annotations,
      ownerReferences: [controllerRef(cj)],
    },
    spec: deepCopy(tpl.spec ?? {}),
  };
}

/** NamespaceLifecycle's refusal in a terminating namespace (upstream's NamespaceTerminating cause): every create would fail, so no event. */
function namespaceTerminating(e: ApiError): boolean {
  return e.reason === 'Forbidden' && e.message.endsWith('because it is being terminated');
}

function inActiveList(cj: KObject, uid: string): boolean {
  return ((cj.status?.active ?? []) as Ref[]).some((r) => r.uid === uid);
}

function deleteFromActiveList(cj: KObject, uid: string): void {
  cj.status.active = ((cj.status.active ?? []) as Ref[]).filter((r) => r.uid !== uid);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`. */
function rfc1123z(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
