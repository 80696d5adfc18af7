import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KObject } from '../types';
import { SCHEDULED_TIMESTAMP_ANNOTATION } from './cronjob';

function cronJob(spec: Record<string, unknown>, command = 'echo hi'): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'cj1' },
    spec: {
      schedule: '*/1 * * * *',
      ...spec,
      jobTemplate: { spec: { template: { spec: { containers: [{ name: 'cj1', image: 'busybox', command: ['sh', '-c', command] }], restartPolicy: 'OnFailure' } } } },
    },
  };
}

const jobs = (c: Cluster) => c.api.list('jobs.batch', 'default').filter((j) => j.metadata.ownerReferences?.[0]?.name === 'cj1');
const events = (c: Cluster) =>
  c.api
    .list('events', 'default')
    .filter((e) => e.involvedObject?.kind === 'CronJob')
    .map((e) => `${e.reason}: ${e.message}`);

describe('cronjob controller', () => {
  it('creates one Job a minute named by its minute, with the scheduled-timestamp annotation and a controller reference', () => {
    const c = new Cluster({ seed: 3 });
    const cj = c.api.create(cronJob({}));
    c.advance(150_000);
    const js = jobs(c);
    const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
    expect(js.map((j) => j.metadata.name)).toEqual(['cj1-' + minute('2026-01-01T08:01:00Z'), 'cj1-' + minute('2026-01-01T08:02:00Z')]);
    expect(js[0].metadata.annotations).toEqual({ [SCHEDULED_TIMESTAMP_ANNOTATION]: '2026-01-01T08:01:00Z' });
    expect(js[0].metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'cj1', uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    const st = c.api.get('cronjobs.batch', 'default', 'cj1').status;
    expect(st.lastScheduleTime).toBe('2026-01-01T08:02:00Z');
    expect(st.lastSuccessfulTime).toBeDefined();
    expect(events(c)).toContain(`SuccessfulCreate: Created job ${js[0].metadata.name}`);
    expect(events(c)).toContain(`SawCompletedJob: Saw completed job: ${js[0].metadata.name}, condition: Complete`);
  });

  it('keeps successfulJobsHistoryLimit finished Jobs and deletes the oldest', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(cronJob({ successfulJobsHistoryLimit: 2 }));
    c.advance(5 * 60_000 + 30_000);
    const names = jobs(c).map((j) => j.metadata.name);
    expect(names).toHaveLength(2);
    expect(events(c).filter((e) => e.startsWith('SuccessfulDelete: Deleted job '))).toHaveLength(3);
  });

  it('with Forbid, skips a start while the previous Job runs', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(cronJob({ concurrencyPolicy: 'Forbid' }, 'sleep 100'));
    c.advance(150_000);
    expect(jobs(c)).toHaveLength(1);
    expect(events(c)).toContain('JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid');
    expect(c.api.get('cronjobs.batch', 'default', 'cj1').status.active).toHaveLength(1);
  });

  it('with Replace, deletes the running Job and starts the next', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(cronJob({ concurrencyPolicy: 'Replace' }, 'sleep 100'));
    c.advance(150_000);
    const [first] = events(c).filter((e) => e.startsWith('SuccessfulCreate'));
    const firstName = first.split(' ').pop();
    expect(events(c)).toContain(`SuccessfulDelete: Deleted job ${firstName}`);
    const active = c.api.get('cronjobs.batch', 'default', 'cj1').status.active;
    expect(active.map((r: { name: string }) => r.name)).not.toContain(firstName);
    expect(active).toHaveLength(1);
  });

  it('creates nothing while suspended', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(cronJob({ suspend: true }));
    c.advance(150_000);
    expect(jobs(c)).toHaveLength(0);
    expect(c.api.get('cronjobs.batch', 'default', 'cj1').status ?? {}).toEqual({});
  });

  it('schedules in spec.timeZone and stamps the annotation with its offset', () => {
    const c = new Cluster({ seed: 3 });
    // 08:00 UTC is 17:00 in Tokyo
    c.api.create(cronJob({ schedule: '1 17 * * *', timeZone: 'Asia/Tokyo' }));
    c.advance(90_000);
    expect(jobs(c).map((j) => j.metadata.annotations?.[SCHEDULED_TIMESTAMP_ANNOTATION])).toEqual(['2026-01-01T17:01:00+09:00']);
  });

  it('after more than 100 missed start times, warns and starts only the most recent', () => {
    const c = new Cluster({ seed: 3 });
    const created = c.api.create(cronJob({ suspend: true }));
    c.advance(105 * 60_000);
    const upd = { ...c.api.get('cronjobs.batch', 'default', 'cj1') };
    upd.spec = { ...upd.spec, suspend: false };
    c.api.update(upd);
    c.runUntilIdle();
    expect(created.metadata.name).toBe('cj1');
    expect(events(c)).toContain('TooManyMissedTimes: too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    expect(jobs(c).map((j) => j.metadata.annotations?.[SCHEDULED_TIMESTAMP_ANNOTATION])).toEqual(['2026-01-01T09:45:00Z']);
  });
});
