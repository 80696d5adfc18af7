/**
 * The Job controller (k/k pkg/controller/job, NonIndexed mode): runs up to `parallelism` pods at a
 * time until `completions` pods succeeded (or, without completions, until one succeeded and the
 * rest finished), replaces failed pods with back-off until `backoffLimit`, and reports the
 * status kubectl reads: active, ready, succeeded, failed, terminating, startTime, completionTime
 * and the SuccessCriteriaMet/Complete or FailureTarget/Failed conditions.
 */
import { keyOf, splitKey, WorkQueue } from './workqueue';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { controllerOf, createPod, deletePod } from './pod-control';
import { isPodReady } from '../pod';
import { OWNER_INDEX } from './workload-indexes';
import { canonicalJson } from '../json';
import { deepCopy } from '../clone';
import { finishedCondition } from './job-status';

const JOB_COMPONENT = 'job-controller';
const JOBS = 'jobs.batch';
/** DefaultJobPodFailureBackOff and MaxJobPodFailureBackOff. */
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 600_000;

interface JobCondition {
  type: string;
  status: string;
  lastProbeTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

const finished = (job: KObject) => finishedCondition(job) !== undefined;

export class JobController implements Component {
  readonly name = JOB_COMPONENT;
  readonly watches = [JOBS, 'pods'];
  private readonly queue: WorkQueue;

  constructor(private readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.resource === JOBS && ev.type !== 'DELETED') this.queue.add(keyOf(ev.object));
    else if (ev.resource === 'pods') {
      const ref = controllerOf(ev.object);
      if (ref?.kind === 'Job') this.queue.add(`${ev.object.metadata.namespace ?? ''}/${ref.name}`);
    }
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) {
      try {
        this.syncJob(key);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        this.queue.addAt(key, this.ctx.clock.now() + BACKOFF_BASE_MS);
      }
    }
    return true;
  }

  private syncJob(key: string): void {
    const { ns, name } = splitKey(key);
    const job = this.ctx.api.store.get(JOBS, ns, name);
    if (!job || job.metadata.deletionTimestamp || finished(job)) return;
    const spec = job.spec ?? {};
    const pods = this.ctx.api.store.byIndex('pods', OWNER_INDEX, job.metadata.uid!).filter((p) => controllerOf(p)?.uid === job.metadata.uid);
    const terminating = pods.filter((p) => p.metadata.deletionTimestamp && !isTerminal(p)).length;
    const active = pods.filter((p) => !p.metadata.deletionTimestamp && !isTerminal(p));
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
    const now = this.ctx.clock.now();
    const status = deepCopy(job.status ?? {});
    status.startTime ??= this.ctx.clock.isoNow();
    const completions: number | undefined = spec.completions ?? undefined;
    const parallelism: number = spec.parallelism ?? 1;
    const conditions: JobCondition[] = status.conditions ?? [];
    const complete = completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0;
    const overLimit = failed > (spec.backoffLimit ?? 6);
    if (complete || overLimit) {
      for (const p of active) deletePod(this.ctx, job, p, JOB_COMPONENT);
      const at = this.ctx.clock.isoNow();
      const cond = (type: string, reason: string, message: string): JobCondition => ({ type, status: 'True', lastProbeTime: at, lastTransitionTime: at, reason, message });
      if (complete) {
        conditions.push(cond('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods'), cond('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'));
        status.completionTime = at;
        this.ctx.events.record(job, 'Normal', 'Completed', 'Job completed', { component: JOB_COMPONENT });
      } else {
        conditions.push(cond('FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'), cond('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'));
        this.ctx.events.record(job, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', { component: JOB_COMPONENT });
      }
      status.conditions = conditions;
      this.writeStatus(job, status, 0, 0, succeeded, failed, terminating);
      return;
    }
    if (!spec.suspend) {
      // with completions, never run more pods than completions still missing
      const want = completions !== undefined ? Math.min(parallelism, completions - succeeded) : succeeded > 0 ? 0 : parallelism;
      if (active.length > want) {
        for (const p of active.slice(want)) deletePod(this.ctx, job, p, JOB_COMPONENT);
        active.length = want;
      } else if (active.length < want) {
        // a failed pod is replaced only after the back-off (10s doubling, at most 10 minutes)
        const lastFail = Math.max(0, ...pods.filter((p) => p.status?.phase === 'Failed').map(finishedAt));
        const delay = failed ? Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failed - 1)) : 0;
        if (failed && lastFail + delay > now) this.queue.addAt(key, lastFail + delay);
        else for (let i = active.length; i < want; i++) active.push(createPod(this.ctx, job, spec.template, JOB_COMPONENT));
      }
    }
    this.writeStatus(job, status, active.length, active.filter(isPodReady).length, succeeded, failed, terminating);
  }

  private writeStatus(job: KObject, status: Record<string, unknown>, active: number, ready: number, succeeded: number, failed: number, terminating: number): void {
    const next: Record<string, unknown> = { ...status, ready, terminating, uncountedTerminatedPods: {} };
    for (const [k, v] of Object.entries({ active, succeeded, failed })) {
      if (v) next[k] = v;
      else delete next[k];
    }
    if (canonicalJson(next) === canonicalJson(job.status ?? {})) return;
    const upd = deepCopy(job);
    upd.status = next;
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }
}

function isTerminal(p: KObject): boolean {
  return p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
}

/** When a failed pod's last container finished (ms), for the back-off. */
function finishedAt(p: KObject): number {
  let t = 0;
  for (const cs of p.status?.containerStatuses ?? []) t = Math.max(t, Date.parse(cs.state?.terminated?.finishedAt ?? '') || 0);
  return t;
}
