import { describe, expect, it } from 'vitest';
import { cpuMax, cpuStat, memoryMax } from './cgroupfs';
import type { ContainerRt } from './state';
import { containerUsage } from './usage';

/** A running container whose program wants `wantCpu` millicores, started at 0. */
function container(limits: Record<string, string> | undefined, wantCpu: number): ContainerRt {
  return {
    spec: { resources: limits ? { limits } : {} },
    state: { running: { startedAt: '' } },
    proc: { alive: true, startedMs: 0, program: { usage: { cpu: wantCpu, memory: 2 ** 20 } } },
  } as unknown as ContainerRt;
}

// the kubelet's milliCPUToQuota: quota = milliCPU × period / 1000 with a 100ms period, never below 1ms
describe('cpu.max', () => {
  it.each([
    ['500m', '50000 100000\n'],
    ['100m', '10000 100000\n'],
    ['1m', '1000 100000\n'],
    ['2', '200000 100000\n'],
  ])('is %s as %j', (cpu, text) => {
    expect(cpuMax(container({ cpu }, 0))).toBe(text);
  });

  it('is max without a CPU limit; memory.max is the limit in bytes or max', () => {
    expect(cpuMax(container(undefined, 0))).toBe('max 100000\n');
    expect(memoryMax(container({ memory: '64Mi' }, 0))).toBe('67108864\n');
    expect(memoryMax(container(undefined, 0))).toBe('max\n');
  });
});

const stat = (text: string) => Object.fromEntries(text.trim().split('\n').map((l) => l.split(' ')).map(([k, v]) => [k, Number(v)]));

describe('cpu.stat', () => {
  it('counts usage at the rate kubectl top shows, and a throttled half of every period for a loop wanting twice its quota', () => {
    const c = container({ cpu: '500m' }, 1000);
    const s = stat(cpuStat(c, 2000, 10_000));
    expect(containerUsage(c, 2000)?.cpu).toBe(500);
    expect(s).toEqual({ usage_usec: 5_000_000, user_usec: 4_950_000, system_usec: 50_000, 'core_sched.force_idle_usec': 0, nr_periods: 100, nr_throttled: 100, throttled_usec: 5_000_000, nr_bursts: 0, burst_usec: 0 });
  });

  it('counts periods but no throttling under the quota, and no periods without one', () => {
    expect(stat(cpuStat(container({ cpu: '500m' }, 200), 2000, 10_000))).toMatchObject({ usage_usec: 2_000_000, nr_periods: 100, nr_throttled: 0, throttled_usec: 0 });
    expect(stat(cpuStat(container(undefined, 1000), 2000, 10_000))).toMatchObject({ usage_usec: 10_000_000, nr_periods: 0, nr_throttled: 0 });
  });

  it('is throttled by the node, not the quota, when the limit is above the node’s cores', () => {
    expect(stat(cpuStat(container({ cpu: '4' }, 8000), 2000, 10_000))).toMatchObject({ usage_usec: 20_000_000, nr_throttled: 0 });
  });
});
