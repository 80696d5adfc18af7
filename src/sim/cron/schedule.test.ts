import { describe, expect, it } from 'vitest';
import { parseStandard } from './schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z'));

function next(spec: string, from: string): string | undefined {
  const p = parseStandard(spec);
  if ('error' in p) throw new Error(p.error);
  return iso(p.schedule.next(at(from)));
}

describe('cron standard parser', () => {
  // (spec, from, next activation), after robfig/cron's TestNext with the seconds field dropped
  it.each([
    ['*/15 * * * *', '2012-07-09T14:45:00Z', '2012-07-09T15:00:00Z'],
    ['*/15 * * * *', '2012-07-09T14:59:59Z', '2012-07-09T15:00:00Z'],
    ['15/15 * * * *', '2012-07-09T14:59:00Z', '2012-07-09T15:15:00Z'],
    ['20-35/15 * * * *', '2012-07-09T14:45:00Z', '2012-07-09T15:20:00Z'],
    ['0 */2 * * *', '2012-07-09T23:00:00Z', '2012-07-10T00:00:00Z'],
    ['0 0 * * *', '2012-07-09T23:00:00Z', '2012-07-10T00:00:00Z'],
    ['0 0 1 * *', '2012-07-09T23:00:00Z', '2012-08-01T00:00:00Z'],
    ['0 0 * Jul Mon', '2012-07-09T23:35:00Z', '2012-07-16T00:00:00Z'],
    ['0 0 * Jul Mon', '2012-07-30T00:00:00Z', '2013-07-01T00:00:00Z'],
    // a day-of-month and a day-of-week both given: either matches
    ['0 0 13 * FRI', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'],
    ['0 0 29 2 *', '2026-01-01T00:00:00Z', '2028-02-29T00:00:00Z'],
    ['0 9 * * 1-5', '2026-01-03T10:00:00Z', '2026-01-05T09:00:00Z'],
    ['@hourly', '2026-01-01T08:00:00Z', '2026-01-01T09:00:00Z'],
    ['@daily', '2026-01-01T08:00:00Z', '2026-01-02T00:00:00Z'],
    ['@weekly', '2026-01-01T08:00:00Z', '2026-01-04T00:00:00Z'],
    ['@monthly', '2026-01-01T08:00:00Z', '2026-02-01T00:00:00Z'],
    ['@yearly', '2026-01-01T08:00:00Z', '2027-01-01T00:00:00Z'],
    ['@every 90s', '2026-01-01T08:00:00.500Z', '2026-01-01T08:01:30Z'],
    ['TZ=Asia/Tokyo 0 9 * * *', '2026-01-01T08:00:00Z', '2026-01-02T00:00:00Z'],
    // New York moves from EST (-05:00) to EDT (-04:00) on 8 March 2026
    ['CRON_TZ=America/New_York 0 12 * * *', '2026-03-07T18:00:00Z', '2026-03-08T16:00:00Z'],
  ])('%s after %s is %s', (spec, from, want) => {
    expect(next(spec, from)).toBe(want);
  });

  it('finds nothing for a day that never comes', () => {
    expect(next('0 0 30 2 *', '2026-01-01T00:00:00Z')).toBeUndefined();
  });

  it.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['* * * * * *', 'expected exactly 5 fields, found 6: [* * * * * *]'],
    ['61 * * * *', 'end of range (61) above maximum (59): 61'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['*/2/3 * * * *', 'too many slashes: */2/3'],
    ['a * * * *', 'failed to parse int from a: strconv.Atoi: parsing "a": invalid syntax'],
    ['* * * foo *', 'failed to parse int from foo: strconv.Atoi: parsing "foo": invalid syntax'],
    ['@fortnightly', 'unrecognized descriptor: @fortnightly'],
    // names are looked up as own keys only
    ['* * * __proto__ *', 'failed to parse int from __proto__: strconv.Atoi: parsing "__proto__": invalid syntax'],
    ['* * * * toString', 'failed to parse int from toString: strconv.Atoi: parsing "toString": invalid syntax'],
    ['@constructor', 'unrecognized descriptor: @constructor'],
    ['TZ=__proto__ * * * * *', 'provided bad location __proto__: unknown time zone __proto__'],
    ['@every 5x', 'failed to parse duration @every 5x: time: unknown unit "x" in duration "5x"'],
    ['TZ=Mars/Olympus * * * * *', 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus'],
  ])('refuses %j: %s', (spec, error) => {
    expect(parseStandard(spec)).toEqual({ error });
  });
});
