/**
 * The kubelet's eviction manager for memory: every 10 s it compares memory.available with the hard
 * threshold (100Mi), reports MemoryPressure, and evicts one pod per round in upstream's order
 * (usage above requests first, then lower priority, then usage above requests, largest first).
 * The node lifecycle controller taints a node under pressure node.kubernetes.io/memory-pressure:NoSchedule.
 */
import type { SimContext } from '../context';
import { deepCopy } from '../clone';
import { bytes } from '../quantity';
import type { KObject } from '../types';
import type { NodeAgent } from './agent';
import { nodeContext } from './node-context';
import { controllerUser } from '../apiserver/auth/components';
import { componentContext } from '../component-context';
import { containerUsage, nodeUsage } from './usage';
import { milliCpu } from '../quantity';
import type { PodRt } from './state';
import { podQOS } from '../pod';
import { treeBytes } from './fs';
import { parseQuantity } from '../quantity';
import { tolerates, type Toleration } from '../scheduler/plugins';

/** The node lifecycle controller's client (kube-controller-manager's node-controller). */
const nodeLifecycle = (ctx: SimContext) => componentContext(ctx, controllerUser('node-controller'));

/** evictionMonitoringPeriod. */
const EVICTION_PERIOD_MS = 10_000;
/** --eviction-hard memory.available<100Mi (kubeadm's default). */
const MEMORY_THRESHOLD = 100 * 2 ** 20;
/** --eviction-pressure-transition-period: how long a condition stays after the pressure ends. */
const PRESSURE_TRANSITION_MS = 5 * 60_000;
/** scheduling.SystemCriticalPriority: pods at or above it are never evicted. */
const SYSTEM_CRITICAL = 2_000_000_000;
const MEMORY_PRESSURE_TAINT = 'node.kubernetes.io/memory-pressure';

/** resource.Quantity's canonical BinarySI text: the largest power of 1024 that divides the value. */
export function binarySI(n: number): string {
  for (const [suffix, f] of [['Ei', 2 ** 60], ['Pi', 2 ** 50], ['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) {
    if (n !== 0 && n % f === 0) return `${n / f}${suffix}`;
  }
  return String(n);
}

/** memory.available: capacity minus the node's working set. */
export function memoryAvailable(k: NodeAgent, node: KObject): number {
  return bytes(node.status?.capacity?.memory) - nodeUsage(k, node.metadata.name!).memory;
}

interface Candidate {
  rt: PodRt;
  usage: number;
  request: number;
  priority: number;
}

function candidates(k: NodeAgent, node: string): Candidate[] {
  const out: Candidate[] = [];
  const cores = milliCpu(k.nodes.get(node)!.config.cpu);
  for (const rt of k.pods.on(node)) {
    if (rt.final || rt.terminating) continue;
    const p = rt.pod;
    // static pods and system-critical ones are never evicted (IsCriticalPod)
    if (p.metadata.annotations?.['kubernetes.io/config.source'] && p.metadata.annotations['kubernetes.io/config.source'] !== 'api') continue;
    if ((p.spec?.priority ?? 0) >= SYSTEM_CRITICAL) continue;
    let usage = 0;
    let request = 0;
    for (const c of rt.containers) {
      if (c.init) continue;
      usage += containerUsage(c, cores)?.memory ?? 0;
      request += bytes(c.spec.resources?.requests?.memory ?? c.spec.resources?.limits?.memory);
    }
    out.push({ rt, usage, request, priority: p.spec?.priority ?? 0 });
  }
  return out;
}

/** rankMemoryPressure: exceedMemoryRequests, then priority, then memory above requests. */
export function rankForMemory<T extends { usage: number; request: number; priority: number }>(pods: T[]): T[] {
  return [...pods].sort((a, b) => {
    const ea = a.usage > a.request ? 1 : 0;
    const eb = b.usage > b.request ? 1 : 0;
    if (ea !== eb) return eb - ea;
    if (a.priority !== b.priority) return a.priority - b.priority;
    return b.usage - b.request - (a.usage - a.request);
  });
}

/** evictionMessage for memory: the node, the threshold, and each container using more than it requested. */
function message(k: NodeAgent, c: Candidate, available: number): string {
  let msg = `The node was low on resource: memory. Threshold quantity: ${binarySI(MEMORY_THRESHOLD)}, available: ${binarySI(Math.max(0, Math.floor(available / 1024)) * 1024)}. `;
  const cores = milliCpu(k.nodes.get(c.rt.node)!.config.cpu);
  for (const ct of c.rt.containers) {
    if (ct.init) continue;
    const used = containerUsage(ct, cores)?.memory;
    const req = ct.spec.resources?.requests?.memory ?? ct.spec.resources?.limits?.memory;
    if (used !== undefined && used > bytes(req)) msg += `Container ${ct.name} was using ${binarySI(used)}, request is ${req ?? '0'}, has larger consumption of memory. `;
  }
  return msg;
}

/** Pods of the node with an emptyDir sizeLimit: the manager keeps measuring while any runs. */
function sizeLimited(k: NodeAgent, node: string): PodRt[] {
  return [...k.pods.on(node)].filter((rt) => !rt.final && !rt.terminating && (rt.pod.spec?.volumes ?? []).some((v: { emptyDir?: { sizeLimit?: string } }) => v.emptyDir?.sizeLimit));
}

/** emptyDirLimitEviction: the first emptyDir of a pod whose files exceed its sizeLimit evicts the pod. */
function emptyDirEvictions(k: NodeAgent, node: string): void {
  for (const rt of sizeLimited(k, node)) {
    for (const v of rt.pod.spec.volumes as { name: string; emptyDir?: { sizeLimit?: string } }[]) {
      const limit = v.emptyDir?.sizeLimit;
      const tree = limit ? rt.volumes.get(v.name)?.tree : undefined;
      if (!limit || !tree || parseQuantity(limit) <= 0 || treeBytes(tree.root) <= parseQuantity(limit)) continue;
      k.evict(rt, `Usage of EmptyDir volume "${v.name}" exceeds the limit "${limit}". `);
      break;
    }
  }
}

/** The kubelet (`ctx`, the node's) reports the condition; the node lifecycle controller (`lifecycle`) taints the node. */
function setPressure(ctx: SimContext, lifecycle: SimContext, name: string, pressure: boolean): void {
  const api = ctx.api;
  const node = api.tryGet('nodes', undefined, name);
  if (!node) return;
  const now = ctx.clock.isoNow();
  const st = deepCopy(node);
  const cond = (st.status.conditions ?? []).find((c: { type: string }) => c.type === 'MemoryPressure');
  if (cond) {
    Object.assign(cond, pressure
      ? { status: 'True', reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' }
      : { status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' });
    cond.lastTransitionTime = now;
    cond.lastHeartbeatTime = now;
  }
  const stored = api.updateStatus(st);
  const reason = pressure ? 'NodeHasInsufficientMemory' : 'NodeHasSufficientMemory';
  ctx.events.record(stored, 'Normal', reason, `Node ${name} status is now: ${reason}`, { component: 'kubelet', host: name });
  // TaintNodesByCondition in the node lifecycle controller
  const spec = deepCopy(lifecycle.api.get('nodes', undefined, name));
  const taints = (spec.spec.taints ?? []).filter((t: { key: string }) => t.key !== MEMORY_PRESSURE_TAINT);
  if (pressure) taints.push({ key: MEMORY_PRESSURE_TAINT, effect: 'NoSchedule', timeAdded: now });
  if (taints.length) spec.spec.taints = taints;
  else delete spec.spec.taints;
  lifecycle.api.update(spec);
}

/**
 * The eviction manager's admission handler: under MemoryPressure a BestEffort pod is refused unless it
 * is critical or tolerates the memory-pressure taint. Returns the kubelet's message, or undefined to admit.
 */
export function admissionRefusal(node: KObject, pod: KObject): string | undefined {
  const under = (node.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'MemoryPressure' && c.status === 'True');
  if (!under || podQOS(pod) !== 'BestEffort') return undefined;
  if ((pod.spec?.priority ?? 0) >= SYSTEM_CRITICAL || (pod.metadata.annotations?.['kubernetes.io/config.source'] ?? 'api') !== 'api') return undefined;
  if ((pod.spec?.tolerations ?? []).some((t: Toleration) => tolerates(t, { key: MEMORY_PRESSURE_TAINT, effect: 'NoSchedule' }))) return undefined;
  return 'The node had condition: [MemoryPressure]. ';
}

/** Per cluster (its node agents): whether a round is scheduled, and when each node last was under pressure. */
const loops = new WeakMap<NodeAgent, { armed: boolean; lastPressure: Map<string, number> }>();

/**
 * Make sure the eviction manager looks again at the next 10 s tick. Memory use changes only when a
 * container starts or something outside Kubernetes takes memory, so those arm it; it keeps ticking
 * while a node is under pressure or its condition has not yet been lifted, then rests.
 */
export function armEviction(ctx: SimContext, k: NodeAgent): void {
  let st = loops.get(k);
  if (!st) loops.set(k, (st = { armed: false, lastPressure: new Map() }));
  if (st.armed) return;
  st.armed = true;
  const state = st;
  const round = () => {
    const now = ctx.clock.now();
    let busy = false;
    for (const [name] of k.nodes) {
      if (k.downNodes.has(name)) continue;
      const node = ctx.api.tryGet('nodes', undefined, name);
      if (!node) continue;
      // localStorageEviction runs first: emptyDir volumes over their sizeLimit
      emptyDirEvictions(k, name);
      if (sizeLimited(k, name).length) busy = true;
      const available = memoryAvailable(k, node);
      const under = (node.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'MemoryPressure' && c.status === 'True');
      if (available < MEMORY_THRESHOLD) {
        busy = true;
        state.lastPressure.set(name, now);
        if (!under) setPressure(nodeContext(ctx, name), nodeLifecycle(ctx), name, true);
        nodeContext(ctx, name).events.record(ctx.api.get('nodes', undefined, name), 'Warning', 'EvictionThresholdMet', 'Attempting to reclaim memory', { component: 'kubelet', host: name });
        const [victim] = rankForMemory(candidates(k, name));
        if (victim) k.evict(victim.rt, message(k, victim, available));
      } else if (under) {
        if (now - (state.lastPressure.get(name) ?? 0) >= PRESSURE_TRANSITION_MS) setPressure(nodeContext(ctx, name), nodeLifecycle(ctx), name, false);
        else busy = true;
      }
    }
    if (busy) ctx.clock.after(EVICTION_PERIOD_MS, round, 'eviction-manager');
    else state.armed = false;
  };
  // the manager's ticks fall on a 10 s grid
  const now = ctx.clock.now();
  ctx.clock.after(EVICTION_PERIOD_MS - (now % EVICTION_PERIOD_MS), round, 'eviction-manager');
}
