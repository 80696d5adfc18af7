import { describe, expect, it } from 'vitest';
import { execInContainer } from '../exec';
import { pod, testCluster } from '../test-util';

function running(image: string) {
  const c = testCluster();
  c.api.create(pod('p', [{ name: 'c', image, ...(image === 'busybox' ? { command: ['sleep', '3600'] } : {}) }]));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return (...argv: string[]) => {
    const r = execInContainer(c, 'default', 'p', undefined, argv);
    return [r.out, r.code];
  };
}

describe('readlink', () => {
  it('busybox: one operand, the link target or -f the resolved path, failures silent with exit 1', () => {
    const x = running('busybox');
    // every readlink runs as the PID ps would list for it
    expect(x('sh', '-c', 'readlink /proc/self; readlink -f /proc/self/status; readlink -n /proc/self')).toEqual(['7\n/proc/7/status\n7', 0]);
    expect(x('readlink', '/etc/passwd')).toEqual(['', 1]);
    expect(x('readlink', '-f', '/tmp/missing')).toEqual(['', 1]);
    expect(x('readlink')).toEqual(['BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: readlink [-fnv] FILE\n', 1]);
  });

  it('coreutils: every operand, -f needs only the parent to exist, and its missing-operand message', () => {
    const x = running('luksa/kubia');
    expect(x('readlink', '-f', '/tmp/missing')).toEqual(['/tmp/missing\n', 0]);
    expect(x('readlink', '-f', '/nonexistent/x')).toEqual(['', 1]);
    expect(x('readlink', '/proc/self', '/etc/passwd')).toEqual(['7\n', 1]);
    expect(x('readlink')).toEqual(["readlink: missing operand\nTry 'readlink --help' for more information.\n", 1]);
  });
});
