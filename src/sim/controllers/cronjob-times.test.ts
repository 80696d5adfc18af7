import { describe, expect, it } from 'vitest';
import { parseStandard, type CronSchedule } from '../cron/schedule';
import type { KObject } from '../types';
import { mostRecentScheduleTime, nextScheduleTimeDuration, NEXT_SCHEDULE_DELTA_MS, type Missed } from './cronjob-times';

// upstream utils_test.go: topOfTheHour is 2016-05-19T10:00:00Z
const TOP = Date.parse('2016-05-19T10:00:00Z');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function cj(schedule: string, created: number, last?: number, startingDeadlineSeconds?: number): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'c', creationTimestamp: iso(created) },
    spec: { schedule, ...(startingDeadlineSeconds !== undefined ? { startingDeadlineSeconds } : {}) },
    status: last !== undefined ? { lastScheduleTime: iso(last) } : {},
  };
}

function sched(spec: string): CronSchedule {
  const p = parseStandard(spec);
  if ('error' in p) throw new Error(p.error);
  return p.schedule;
}

describe('cronjob schedule times', () => {
  // TestMostRecentScheduleTime: (name, cronjob, includeSDS, now, earliest, mostRecent, missed)
  const rows: [string, KObject, boolean, number, number, number | undefined, Missed][] = [
    ['now before next schedule', cj('0 * * * *', TOP), false, TOP + 30 * S, TOP, undefined, 'none'],
    ['now just after next schedule', cj('0 * * * *', TOP), false, TOP + 61 * M, TOP, TOP + 60 * M, 'none'],
    ['missed 5 schedules', cj('0 * * * *', TOP + 10 * S), false, TOP + 301 * M, TOP + 10 * S, TOP + 300 * M, 'few'],
    ['complex schedule', cj('30 6-16/4 * * 1-5', TOP, TOP + 30 * M), false, TOP + 24 * H + 31 * M, TOP + 30 * M, TOP + 24 * H + 30 * M, 'few'],
    ['another complex schedule', cj('30 10,11,12 * * 1-5', TOP, TOP + 30 * M), false, TOP + 30 * H + 30 * M, TOP + 30 * M, undefined, 'few'],
    ['complex schedule with longer diff between executions', cj('30 6-16/4 * * 1-5', TOP, TOP + 30 * M), false, TOP + 96 * H + 31 * M, TOP + 30 * M, TOP + 96 * H + 30 * M, 'few'],
    ['complex schedule with shorter diff between executions', cj('30 6-16/4 * * 1-5', TOP), false, TOP + 24 * H + 31 * M, TOP, TOP + 24 * H + 30 * M, 'few'],
    ['@every schedule', cj('@every 1h', TOP - 59 * M, TOP + M, 10), false, TOP + 7 * 24 * H, TOP + M, TOP + 6 * 24 * H + 23 * H + M, 'many'],
    ['earliestTime being CreationTimestamp and LastScheduleTime', cj('0 * * * *', TOP, TOP), false, TOP + 30 * S, TOP, undefined, 'none'],
    ['earliestTime being LastScheduleTime', cj('*/5 * * * *', TOP, TOP + 30 * M), false, TOP + 31 * M, TOP + 30 * M, undefined, 'none'],
    ['earliestTime being LastScheduleTime (within StartingDeadlineSeconds)', cj('*/5 * * * *', TOP, TOP + 30 * M, 60), false, TOP + 31 * M, TOP + 30 * M, undefined, 'none'],
    ['earliestTime being LastScheduleTime (outside StartingDeadlineSeconds)', cj('*/5 * * * *', TOP, TOP + 30 * M, 60), true, TOP + 32 * M, TOP + 31 * M, undefined, 'none'],
  ];
  it.each(rows)('%s', (_name, c, includeSDS, now, earliest, mostRecent, missed) => {
    const got = mostRecentScheduleTime(c, now, sched(c.spec.schedule), includeSDS);
    expect(got).toEqual({ earliest, mostRecent, missed });
  });

  it('rogue cronjob: a schedule that never comes is an error', () => {
    const c = cj('59 23 31 2 *', TOP + 10 * S);
    expect(mostRecentScheduleTime(c, TOP + H, sched(c.spec.schedule), false).error).toBe('time difference between two schedules is less than 1 second');
  });

  // TestNextScheduleTimeDuration
  it.each([
    ['complex schedule skipping weekend', cj('30 6-16/4 * * 1-5', TOP, TOP + 30 * M), TOP + 24 * H + 31 * M, 3 * H + 59 * M],
    ['another complex schedule skipping weekend', cj('30 10,11,12 * * 1-5', TOP, TOP + 30 * M), TOP + 30 * H + 30 * M, 66 * H],
    ['once a week cronjob, missed two runs', cj('0 12 * * 4', TOP, TOP + 2 * H), TOP + 19 * 24 * H + H + 30 * M, 48 * H + 30 * M],
    ['no previous run of a cronjob', cj('0 12 * * 5', TOP), TOP + 6 * H, 20 * H],
  ] as [string, KObject, number, number][])('%s', (_name, c, now, want) => {
    expect(nextScheduleTimeDuration(c, now, sched(c.spec.schedule))).toBe(want + NEXT_SCHEDULE_DELTA_MS);
  });
});
