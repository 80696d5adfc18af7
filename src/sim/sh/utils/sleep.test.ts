import { describe, expect, it } from 'vitest';
import { sleepTime } from './sleep';

// outputs of GNU coreutils 9.1 `sleep` and busybox 1.35 `busybox sleep` on Debian 12
describe('sleep operands', () => {
  it.each([
    [['30'], 30_000],
    [['30s'], 30_000],
    [['2m'], 120_000],
    [['1.5'], 1500],
    [['.5'], 500],
    [['1m', '30s'], 90_000],
    [['1d'], 86_400_000],
    [['infinity'], Infinity],
  ])('sums %j the same in both', (args, ms) => {
    expect(sleepTime(args, 'gnu')).toBe(ms);
    expect(sleepTime(args, 'busybox')).toBe(ms);
  });

  it.each([
    [[], "sleep: missing operand\nTry 'sleep --help' for more information.\n", 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n'],
    [['x'], "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n", "sleep: invalid number 'x'\n"],
    [['1', '1x'], "sleep: invalid time interval '1x'\nTry 'sleep --help' for more information.\n", "sleep: invalid number '1x'\n"],
    [['-1'], "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n", "sleep: invalid number '-1'\n"],
  ])('words %j as each does', (args, gnu, busybox) => {
    expect(sleepTime(args, 'gnu')).toEqual({ error: gnu });
    expect(sleepTime(args, 'busybox')).toEqual({ error: busybox });
  });
});
