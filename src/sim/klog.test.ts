import { describe, expect, it } from 'vitest';
import { klogLine } from './klog';

describe("klog's header", () => {
  const at = Date.UTC(2026, 0, 2, 3, 4, 5, 67);
  it.each([
    ['I', Date.UTC(2026, 11, 7, 8, 0, 0, 0), 'server.go:219', '"Version info"', 'I1207 08:00:00.000000       1 server.go:219] "Version info"'],
    ['W', at, 'helpers.go:731', 'deprecated', 'W0102 03:04:05.067000       1 helpers.go:731] deprecated'],
    ['E', at + 999, 'scraper.go:149', 'x', 'E0102 03:04:06.066000       1 scraper.go:149] x'],
  ] as const)('%s at %d from %s: Lmmdd hh:mm:ss.uuuuuu, the thread id in 7 columns, file:line]', (severity, ms, file, msg, line) => {
    expect(klogLine(severity, ms, file, msg)).toBe(line);
  });
});
