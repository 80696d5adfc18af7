/** What the kubelet's resource summary reports: each running container's CPU and working set, and the node's. */
import type { ResourceUsage } from '../images/types';
import { milliCpu } from '../quantity';
import type { NodeState } from './node-state';
import type { PodTable } from './pod-table';
import type { ContainerRt, PodRt } from './state';

const MI = 2 ** 20;

/** A process that declares nothing: a shell script sleeping, a small daemon. */
const IDLE: ResourceUsage = { cpu: 0, memory: MI / 2 };
/** A shell busy loop spins one core. */
const SPIN: ResourceUsage = { cpu: 1000, memory: MI };

/** The OS, kubelet and containerd outside any pod (control plane components run as pods). */
const NODE_OVERHEAD: ResourceUsage = { cpu: 40, memory: 420 * MI };

/**
 * A running container's usage: what its program wants, CPU capped at its limit (the CFS quota
 * throttles it there) and at the node's cores; memory over the limit never shows, the OOM killer acts first.
 */
export function containerUsage(c: ContainerRt, nodeCpu: number): ResourceUsage | undefined {
  const want = wanted(c);
  if (!want) return undefined;
  const limit = c.spec.resources?.limits?.cpu;
  const cap = limit !== undefined ? Math.min(milliCpu(limit), nodeCpu) : nodeCpu;
  return { cpu: Math.min(want.cpu, cap), memory: want.memory };
}

/** What a running container's program would use unconstrained. */
function wanted(c: ContainerRt): ResourceUsage | undefined {
  const proc = c.proc;
  if (!c.state.running || !proc?.alive) return undefined;
  return proc.program?.usage ?? (proc.spinning ? SPIN : (c.def?.usage ?? IDLE));
}

/** The millicores a running container's program asks for before its limit caps it (0 when not running): above the limit it is throttled. */
export function cpuDemand(c: ContainerRt): number {
  return wanted(c)?.cpu ?? 0;
}

/** Containers of a pod with their usage (running ones only). */
export function podUsage(rt: PodRt, nodeCpu: number): { name: string; usage: ResourceUsage; startedMs: number }[] {
  const out: { name: string; usage: ResourceUsage; startedMs: number }[] = [];
  for (const c of rt.containers) {
    if (c.init) continue;
    const usage = containerUsage(c, nodeCpu);
    if (usage) out.push({ name: c.name, usage, startedMs: c.proc!.startedMs });
  }
  return out;
}

/** The parts of the kubelet a usage summary reads. */
export interface KubeletRecords {
  nodes: ReadonlyMap<string, NodeState>;
  pods: PodTable;
}

/** The node's usage: its pods plus the system overhead; CPU cannot exceed its cores. */
export function nodeUsage(k: KubeletRecords, node: string): ResourceUsage {
  const cores = milliCpu(k.nodes.get(node)!.config.cpu);
  let cpu = NODE_OVERHEAD.cpu;
  let memory = NODE_OVERHEAD.memory + k.nodes.get(node)!.hogBytes;
  for (const rt of k.pods.on(node)) {
    for (const c of rt.containers) {
      if (c.init) continue;
      const usage = containerUsage(c, cores);
      if (!usage) continue;
      cpu += usage.cpu;
      memory += usage.memory;
    }
  }
  return { cpu: Math.min(cpu, cores), memory };
}
