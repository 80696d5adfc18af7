/**
 * The container's /sys/fs/cgroup: cgroup v2 as the container's cgroup namespace roots it (its own cgroup is
 * the top), with the limits the kubelet set through the runtime (cpu.max, memory.max) and the kernel's
 * accounting against them (cpu.stat, memory.current), computed at the moment of the look from the same
 * figures `kubectl top` reads (src/sim/kubelet/usage.ts).
 */
import { bytes, milliCpu } from '../quantity';
import { Tree, type Inode } from './fs';
import type { ContainerRt } from './state';
import { containerUsage, cpuDemand } from './usage';

/** The CFS period the kubelet uses for every container (cpuCFSQuotaPeriod, 100ms), in microseconds. */
const PERIOD_US = 100_000;
/** The smallest quota the kubelet writes (MinQuotaPeriod, 1ms). */
const MIN_QUOTA_US = 1_000;

/** cpu.max: the CFS quota per period from limits.cpu (milliCPUToQuota), or `max` without a limit. */
export function cpuMax(c: ContainerRt): string {
  const limit = c.spec.resources?.limits?.cpu;
  if (limit === undefined) return `max ${PERIOD_US}\n`;
  return `${Math.max(MIN_QUOTA_US, Math.floor((milliCpu(limit) * PERIOD_US) / 1000))} ${PERIOD_US}\n`;
}

/** memory.max: limits.memory in bytes, or `max`. */
export function memoryMax(c: ContainerRt): string {
  const limit = c.spec.resources?.limits?.memory;
  return limit === undefined ? 'max\n' : `${bytes(limit)}\n`;
}

/**
 * cpu.stat since the container started: usage at the rate `kubectl top` shows; with a quota, every period
 * the program wanted CPU in counts, and it is throttled in each one where it wants more than the quota, for
 * the part of the period after the quota ran out. The playground splits usage 99:1 between user and system.
 */
export function cpuStat(c: ContainerRt, nodeCpu: number, now: number): string {
  const running = c.proc?.alive ? Math.max(0, now - c.proc.startedMs) * 1000 : 0;
  const rate = (containerUsage(c, nodeCpu)?.cpu ?? 0) / 1000;
  const usage = Math.floor(running * rate);
  const system = Math.floor(usage / 100);
  const limit = c.spec.resources?.limits?.cpu;
  const quota = limit !== undefined ? milliCpu(limit) : undefined;
  const demand = Math.min(cpuDemand(c), nodeCpu);
  const periods = quota !== undefined && demand > 0 ? Math.floor(running / PERIOD_US) : 0;
  const throttled = quota !== undefined && demand > quota ? periods : 0;
  const throttledUs = quota !== undefined && throttled ? Math.floor(throttled * PERIOD_US * (1 - quota / demand)) : 0;
  return (
    `usage_usec ${usage}\nuser_usec ${usage - system}\nsystem_usec ${system}\ncore_sched.force_idle_usec 0\n` +
    `nr_periods ${periods}\nnr_throttled ${throttled}\nthrottled_usec ${throttledUs}\nnr_bursts 0\nburst_usec 0\n`
  );
}

/** The interface files, what they hold and their modes (the limits are root-writable, the accounting read-only); the controllers a pod's containers get. */
function files(c: ContainerRt, nodeCpu: number, now: () => number): [string, () => string, number][] {
  return [
    ['cgroup.controllers', () => 'cpuset cpu io memory hugetlb pids rdma misc\n', 0o444],
    ['cpu.max', () => cpuMax(c), 0o644],
    ['cpu.stat', () => cpuStat(c, nodeCpu, now()), 0o444],
    ['memory.current', () => `${c.proc?.alive ? (containerUsage(c, nodeCpu)?.memory ?? 0) : 0}\n`, 0o444],
    ['memory.max', () => memoryMax(c), 0o644],
  ];
}

/** cgroupfs: the files are read when looked at, so cpu.stat and memory.current follow the clock. */
export class CgroupTree extends Tree {
  constructor(
    mtime: number,
    private readonly c: ContainerRt,
    private readonly nodeCpu: number,
    private readonly now: () => number,
  ) {
    super(mtime, 0o555);
  }

  override node(parts: string[]): Inode | undefined {
    const t = new Tree(this.root.mtime, 0o555);
    for (const [name, content, mode] of files(this.c, this.nodeCpu, this.now)) {
      t.put(name, content, this.root.mtime, mode);
      // kernfs files report no size; what they hold is made when read
      t.node([name])!.size = 0;
    }
    return t.node(parts);
  }
}
