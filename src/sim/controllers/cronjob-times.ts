/**
 * The CronJob controller's schedule arithmetic (k/k pkg/controller/cronjob/utils.go): the most
 * recent unmet start time, how many were missed, and when to look again.
 */
import type { CronSchedule } from '../cron/schedule';
import type { KObject } from '../types';

/** A missed-start count as the controller reports it: none, a few, or more than 100. */
export type Missed = 'none' | 'few' | 'many';

/** The requeue padding against clock skew (nextScheduleDelta). */
export const NEXT_SCHEDULE_DELTA_MS = 100;

export interface RecentSchedule {
  /** The last schedule time, else the creation time (moved up to now - startingDeadlineSeconds when asked). */
  earliest: number;
  /** The latest start time at or before now, if any. */
  mostRecent?: number;
  missed: Missed;
  error?: string;
}

const ms = (t: unknown) => (typeof t === 'string' ? Date.parse(t) : NaN);

/** mostRecentScheduleTime. */
export function mostRecentScheduleTime(cj: KObject, now: number, schedule: CronSchedule, includeStartingDeadlineSeconds: boolean): RecentSchedule {
  let earliest = ms(cj.metadata.creationTimestamp);
  const last = ms(cj.status?.lastScheduleTime);
  if (!Number.isNaN(last)) earliest = last;
  const deadline = cj.spec?.startingDeadlineSeconds;
  if (includeStartingDeadlineSeconds && typeof deadline === 'number') earliest = Math.max(earliest, now - deadline * 1000);
  const t1 = schedule.next(earliest);
  const t2 = t1 === undefined ? undefined : schedule.next(t1);
  if (t1 !== undefined && now < t1) return { earliest, missed: 'none' };
  if (t2 !== undefined && now < t2) return { earliest, mostRecent: t1, missed: 'none' };
  // a schedule that never comes (31 February) has no two activations to measure between
  const between = t1 === undefined || t2 === undefined ? 0 : Math.round((t2 - t1) / 1000);
  if (between < 1) return { earliest, missed: 'none', error: 'time difference between two schedules is less than 1 second' };
  const elapsed = Math.trunc((now - t1!) / 1000);
  const missedCount = Math.floor(elapsed / between) + 1;
  // step close to now by the interval, then let the schedule find the exact times
  let mostRecent: number | undefined;
  for (let t = schedule.next(t1! + (missedCount - 2) * between * 1000); t !== undefined && t <= now; t = schedule.next(t)) mostRecent = t;
  const missed: Missed = missedCount > 100 ? 'many' : missedCount > 0 ? 'few' : 'none';
  return { earliest, mostRecent, missed };
}

/** nextScheduleTimeDuration: ms from now until the sync after the next start (undefined when none comes). */
export function nextScheduleTimeDuration(cj: KObject, now: number, schedule: CronSchedule): number | undefined {
  const r = mostRecentScheduleTime(cj, now, schedule, false);
  const from = r.error ? now : (r.mostRecent ?? (r.missed === 'none' ? r.earliest : now));
  const next = schedule.next(from);
  return next === undefined ? undefined : next + NEXT_SCHEDULE_DELTA_MS - now;
}

/** nextScheduleTime: the unmet start time to run now, if any, and whether over 100 were missed. */
export function nextScheduleTime(cj: KObject, now: number, schedule: CronSchedule): { at?: number; tooManyMissed: boolean; error?: string } {
  const r = mostRecentScheduleTime(cj, now, schedule, true);
  if (r.mostRecent === undefined || r.mostRecent > now) return { tooManyMissed: false, error: r.error };
  return { at: r.mostRecent, tooManyMissed: r.missed === 'many' };
}
