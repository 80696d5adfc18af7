/**
 * The TTL-after-finished controller (k/k pkg/controller/ttlafterfinished): a Job with
 * spec.ttlSecondsAfterFinished that has finished (Complete or Failed) is deleted, with its pods
 * (foreground propagation), that many seconds after its finishing condition's transition time.
 * It wakes on every Job add and update, so a TTL patched in later counts too.
 */
import { keyOf, splitKey, WorkQueue } from './workqueue';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { finishedCondition, jobFinishTime } from './job-status';

const COMPONENT = 'ttl-after-finished-controller';
const JOBS = 'jobs.batch';

/** needsCleanup: a TTL is set and the Job has finished. */
function needsCleanup(job: KObject): boolean {
  return typeof job.spec?.ttlSecondsAfterFinished === 'number' && finishedCondition(job) !== undefined;
}

export class TtlAfterFinishedController implements Component {
  readonly name = COMPONENT;
  readonly watches = [JOBS];
  private readonly queue: WorkQueue;

  constructor(private readonly ctx: SimContext) {
    this.queue = new WorkQueue(ctx.clock, this.name);
  }

  observe(ev: WatchEvent): void {
    if (ev.type === 'DELETED' || ev.object.metadata.deletionTimestamp || !needsCleanup(ev.object)) return;
    this.queue.add(keyOf(ev.object));
  }

  sync(): boolean {
    const keys = this.queue.take();
    if (!keys) return false;
    for (const key of keys) {
      try {
        this.processJob(key);
        this.queue.forget(key);
      } catch (e) {
        if (!(e instanceof ApiError || e instanceof FinishTimeError)) throw e;
        this.queue.addRateLimited(key);
      }
    }
    return true;
  }

  /** processJob: delete the Job once its TTL has expired, re-checked on the API server's copy first. */
  private processJob(key: string): void {
    const { ns, name } = splitKey(key);
    const cached = this.ctx.api.store.get(JOBS, ns, name);
    if (!cached || !this.expired(cached)) return;
    const fresh = this.ctx.api.tryGet(JOBS, ns, name);
    if (!fresh || fresh.metadata.uid !== cached.metadata.uid || !this.expired(fresh)) return;
    this.ctx.api.delete(JOBS, ns, name, { propagationPolicy: 'Foreground' });
  }

  /** processTTL: true when the TTL has run out; otherwise queue the Job for when it will. */
  private expired(job: KObject): boolean {
    if (job.metadata.deletionTimestamp || !needsCleanup(job)) return false;
    const finishedAt = jobFinishTime(job);
    if (finishedAt === undefined) throw new FinishTimeError(`unable to find the time when the Job ${job.metadata.namespace}/${job.metadata.name} finished`);
    const expireAt = finishedAt + job.spec.ttlSecondsAfterFinished * 1000;
    if (expireAt <= this.ctx.clock.now()) return true;
    this.queue.addAt(keyOf(job), expireAt);
    return false;
  }
}

/** A finished Job without a transition time: retried with back-off, as upstream's error is. */
class FinishTimeError extends Error {}
