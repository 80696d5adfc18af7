import { describe, expect, it } from 'vitest';
import { humanDuration, shortHumanDuration, translateTimestampSince } from './duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;
const y = 365 * d;

describe('humanDuration (apimachinery TestHumanDuration)', () => {
  it.each([
    [1 * s, '1s'],
    [70 * s, '70s'],
    [190 * s, '3m10s'],
    [70 * m, '70m'],
    [47 * h, '47h'],
    [49 * h, '2d1h'],
    [8 * d + 2 * h, '8d'],
    [367 * d, '367d'],
    [2 * y + 25 * h, '2y1d'],
    [8 * y + 2 * h, '8y'],
  ])('%i ms prints %s', (ms, want) => expect(humanDuration(ms)).toBe(want));

  it.each([
    [119 * s, '119s'],
    [2 * m, '2m'],
    [2 * m + 1 * s, '2m1s'],
    [9 * m + 59 * s, '9m59s'],
    [10 * m, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [3 * h + 1 * m, '3h1m'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h, '8h'],
    [47 * h, '47h'],
    [2 * d, '2d'],
    [2 * d + 1 * h, '2d1h'],
    [7 * d + 23 * h, '7d23h'],
    [8 * d, '8d'],
    [729 * d, '729d'],
    [2 * y, '2y'],
    [2 * y + 1 * d, '2y1d'],
    [7 * y + 364 * d, '7y364d'],
    [8 * y, '8y'],
  ])('boundary %i ms prints %s', (ms, want) => expect(humanDuration(ms)).toBe(want));

  it('tolerates up to one second of clock skew and rejects more', () => {
    expect(humanDuration(-1500)).toBe('0s');
    expect(humanDuration(-2000)).toBe('<invalid>');
  });
});

describe('shortHumanDuration', () => {
  it.each([
    [59 * s, '59s'],
    [90 * s, '1m'],
    [5 * h, '5h'],
    [3 * d, '3d'],
    [400 * d, '1y'],
  ])('%i ms prints %s', (ms, want) => expect(shortHumanDuration(ms)).toBe(want));
});

describe('translateTimestampSince', () => {
  it('prints <unknown> for a missing timestamp and the age otherwise', () => {
    const now = Date.UTC(2026, 0, 1, 8, 0, 0);
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>');
    expect(translateTimestampSince('2026-01-01T07:59:00Z', now)).toBe('60s');
  });
});
