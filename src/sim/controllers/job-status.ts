/** Reading a Job's outcome (k/k pkg/controller/job/util): shared by the Job, CronJob and TTL-after-finished controllers. */
import type { KObject } from '../types';

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string;
}

const conditions = (job: KObject): Condition[] => job.status?.conditions ?? [];

/** FinishedCondition: the type of the first true Complete or Failed condition, else undefined. */
export function finishedCondition(job: KObject): 'Complete' | 'Failed' | undefined {
  const c = conditions(job).find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  return c?.type as 'Complete' | 'Failed' | undefined;
}

/** IsJobSucceeded: a true Complete condition. */
export function isJobSucceeded(job: KObject): boolean {
  return conditions(job).some((x) => x.type === 'Complete' && x.status === 'True');
}

/** jobFinishTime: the lastTransitionTime of the finishing condition (ms), undefined when it has none. */
export function jobFinishTime(job: KObject): number | undefined {
  const c = conditions(job).find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  const t = Date.parse(c?.lastTransitionTime ?? '');
  return Number.isNaN(t) ? undefined : t;
}

/** byJobStartTime: started before not started, earlier start first, then by name. */
export function jobStartOrder(a: KObject, b: KObject): number {
  const ta = Date.parse(a.status?.startTime ?? '');
  const tb = Date.parse(b.status?.startTime ?? '');
  const sa = !Number.isNaN(ta);
  const sb = !Number.isNaN(tb);
  if (sa !== sb) return sa ? -1 : 1;
  if (!sa || ta === tb) return a.metadata.name! < b.metadata.name! ? -1 : a.metadata.name! > b.metadata.name! ? 1 : 0;
  return ta - tb;
}
