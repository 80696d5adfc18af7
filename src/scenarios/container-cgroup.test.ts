import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const stat = (text: string) => Object.fromEntries(text.trim().split('\n').map((l) => l.split(' ')).map(([k, v]) => [k, Number(v)]));

// cgroup v2 interface files (Documentation/admin-guide/cgroup-v2.rst) as the kubelet's limits fill them
describe('container-cgroup: a container reads its own cgroup at /sys/fs/cgroup', { timeout: 60_000 }, () => {
  const t = transcriptOf('container-cgroup.sh', 1);

  it('holds the CPU quota and the memory limit the kubelet set', () => {
    expect(outputOf(t, 'kubectl exec spin -- cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/memory.max')).toBe('50000 100000\n67108864\n');
    expect(outputOf(t, 'kubectl exec free -- cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/memory.max /sys/fs/cgroup/cpu.stat')).toMatch(/^max 100000\nmax\nusage_usec 0\n/);
  });

  it('shows a busy loop under a 500m limit throttled in every period, for half of it', () => {
    const s = stat(outputOf(t, 'kubectl exec spin -- cat /sys/fs/cgroup/cpu.stat'));
    expect(s.nr_periods).toBeGreaterThan(600);
    expect(s.nr_throttled).toBe(s.nr_periods);
    expect(s.throttled_usec).toBe(s.nr_periods * 50_000);
    // half a core: the usage is half the running time
    expect(s.usage_usec).toBeGreaterThanOrEqual(s.nr_periods * 50_000);
    expect(s.usage_usec).toBeLessThan((s.nr_periods + 1) * 50_000);
  });

  it('is mounted read-only', () => {
    expect(outputOf(t, "kubectl exec spin -- sh -c 'echo max > /sys/fs/cgroup/cpu.max'")).toBe("sh: can't create /sys/fs/cgroup/cpu.max: Read-only file system\ncommand terminated with exit code 2\n");
    expect(outputOf(t, 'kubectl exec spin -- mount')).toContain('cgroup on /sys/fs/cgroup type cgroup2 (ro,relatime)\n');
    // the limits are root-writable files, the accounting read-only; kernfs reports no sizes
    expect(outputOf(t, 'kubectl exec spin -- ls -l /sys/fs/cgroup')).toMatch(/^total 0\n-r--r--r-- .* 0 .* cgroup\.controllers\n-rw-r--r-- .* 0 .* cpu\.max\n-r--r--r-- .* cpu\.stat\n-r--r--r-- .* memory\.current\n-rw-r--r-- .* memory\.max\n$/);
  });
});
