import { describe, expect, it } from 'vitest';
import { dateText } from './date';

// expected texts from GNU date 9.1: LC_ALL=C date -u -d @SECONDS [+FORMAT]
describe('date, at the prompt and in containers', () => {
  it.each<[number, string | undefined, string]>([
    [0, undefined, 'Thu Jan  1 00:00:00 UTC 1970'],
    [0, '%Y-%m-%dT%T', '1970-01-01T00:00:00'],
    [31_536_000_000, '%s %H:%M:%S %d', '31536000 00:00:00 01'],
  ])('%d %s', (ms, format, want) => {
    expect(dateText(ms, format)).toBe(want);
  });
});
