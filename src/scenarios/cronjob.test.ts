import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// a CronJob every minute for five and a half virtual minutes, a Forbid one with a long Job, and a Job with a TTL
describe('cronjob: the CronJob and TTL-after-finished controllers', { timeout: 120_000 }, () => {
  const t = transcriptOf('cronjob.sh', 1);

  it('starts a Job each minute, named by the minute since the epoch, and records the schedule in status', () => {
    expect(outputOf(t, 'kubectl get cj').split('\n')[1]).toBe('cj1    */1 * * * *   <none>     False     0        <none>          0s');
    expect(t).toContain(
      ['$ kubectl get jobs', 'NAME           STATUS     COMPLETIONS   DURATION   AGE', 'cj1-29454241   Complete   1/1           1s         90s', 'cj1-29454242   Complete   1/1           1s         30s', ''].join('\n'),
    );
    expect(t).toContain('NAME   SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\ncj1    */1 * * * *   <none>     False     0        30s             2m30s\n');
    expect(outputOf(t, `kubectl get cj cj1 -o jsonpath='{.status.lastScheduleTime}`)).toBe('2026-01-01T08:02:00Z 2026-01-01T08:02:01Z\n');
    expect(outputOf(t, `kubectl get jobs -o jsonpath='{.items[0].metadata.annotations}`)).toBe('{"batch.kubernetes.io/cronjob-scheduled-timestamp":"2026-01-01T08:01:00Z"}\nCronJob/cj1\n');
  });

  it('keeps the 3 newest successful Jobs and reports what it did as cronjob-controller events', () => {
    const describe = outputOf(t, 'kubectl describe cj cj1');
    expect(describe).toContain('Last Schedule Time:  Thu, 01 Jan 2026 08:05:00 +0000\nActive Jobs:         <none>\n');
    expect(describe).toContain('  Normal  SuccessfulCreate  90s    cronjob-controller  Created job cj1-29454244\n');
    expect(describe).toContain('  Normal  SuccessfulDelete  89s    cronjob-controller  Deleted job cj1-29454241\n');
    expect(describe).toContain('  Normal  SawCompletedJob   89s    cronjob-controller  Saw completed job: cj1-29454244, condition: Complete\n');
    expect(t).toContain('cj1-29454243   Complete   1/1           1s         2m30s\ncj1-29454244   Complete   1/1           1s         90s\ncj1-29454245   Complete   1/1           1s         30s\n');
  });

  it('with Forbid, leaves a start out while the previous Job still runs', () => {
    expect(outputOf(t, 'kubectl get cj forbid').split('\n')[1]).toBe('forbid   */1 * * * *   <none>     False     1        100s            2m10s');
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=forbid')).toContain(
      '40s         Normal   JobAlreadyActive   cronjob/forbid   Not starting job because prior execution is running and concurrency policy is Forbid\n',
    );
  });

  it('refuses a schedule the cron parser refuses, and TZ in a schedule', () => {
    expect(outputOf(t, 'kubectl create cronjob bad')).toBe('error: failed to create cronjob: CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61\n');
    expect(outputOf(t, 'kubectl create cronjob tz')).toBe(
      'error: failed to create cronjob: CronJob.batch "tz" is invalid: spec.schedule: Invalid value: "CRON_TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead\n',
    );
  });

  it('deletes a finished Job and its pods ttlSecondsAfterFinished later', () => {
    expect(outputOf(t, 'kubectl get job short').split('\n')[1]).toMatch(/^short {3}Complete/);
    const blocks = t.split('$ kubectl get job short\n');
    expect(blocks[2]).toMatch(/^Error from server \(NotFound\): jobs.batch "short" not found\n/);
    expect(outputOf(t, 'kubectl get pods -l job-name=short')).toBe('No resources found in default namespace.\n');
  });
});
