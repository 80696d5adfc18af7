import { describe, expect, it } from 'vitest';
import { ApiError, type KObject } from '../../types';
import { testApi } from '../testing';

/** CronJob validation (pkg/apis/batch/validation validateCronJobSpec): the schedule through robfig's parser, TZ refused, timeZone by name. */
function causes(spec: object): string[] {
  const cj = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'cj', namespace: 'default' },
    spec: { jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox' }] } } } }, ...spec },
  };
  try {
    testApi().create(cj as KObject);
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return e.causes.map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

describe('CronJob validation', () => {
  it.each(['*/1 * * * *', '0 9 * * mon-fri', '@hourly', '@every 5m', '5,10-20/5 0 1 JAN,jul ?'])('accepts %j', (schedule) => {
    expect(causes({ schedule })).toEqual([]);
  });

  it.each([
    ['61 * * * *', ['spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61']],
    ['* * * *', ['spec.schedule: Invalid value: "* * * *": expected exactly 5 fields, found 4: [* * * *]']],
    ['CRON_TZ=UTC * * * * *', ['spec.schedule: Invalid value: "CRON_TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']],
    ['TZ=UTC 0 0 * *', ['spec.schedule: Invalid value: "TZ=UTC 0 0 * *": expected exactly 5 fields, found 4: [0 0 * *]', 'spec.schedule: Invalid value: "TZ=UTC 0 0 * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']],
  ])('refuses schedule %j', (schedule, want) => {
    expect(causes({ schedule })).toEqual(want);
  });

  it.each([
    ['Europe/Pariss', 'spec.timeZone: Invalid value: "Europe/Pariss": unknown time zone Europe/Pariss'],
    ['', 'spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string'],
    ['../etc/passwd', 'spec.timeZone: Invalid value: "../etc/passwd": unknown time zone ../etc/passwd'],
    ['europe/paris', 'spec.timeZone: Invalid value: "europe/paris": unknown time zone europe/paris'],
  ])('refuses timeZone %j', (timeZone, want) => {
    expect(causes({ schedule: '0 3 * * *', timeZone })).toEqual([want]);
  });

  it('refuses Local as a time zone', () => {
    expect(causes({ schedule: '0 3 * * *', timeZone: 'Local' })).toEqual(['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']);
  });

  it('accepts an IANA zone and UTC', () => {
    expect(causes({ schedule: '0 3 * * *', timeZone: 'Europe/Paris' })).toEqual([]);
    expect(causes({ schedule: '0 3 * * *', timeZone: 'UTC' })).toEqual([]);
  });
});
