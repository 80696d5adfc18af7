import type { Cluster } from '../cluster';
import { setNodeDown } from './node-failure';
import { armEviction, memoryAvailable } from './eviction';
import type { ContainerRt, PodRt } from './state';

/** Failures a lesson (or the canvas) can inject, each answered the way a real node would answer it. */
export type FaultResult = { ok: true; message: string } | { ok: false; message: string };

export function findContainer(cluster: Cluster, ns: string, pod: string, container?: string): { rt: PodRt; c: ContainerRt } | string {
  const k = cluster.services.kubelet;
  const rt = k?.find(ns, pod);
  if (!k || !rt) return `pod "${pod}" is not running on any node in namespace "${ns}"`;
  const c = container ? rt.containers.find((x) => x.name === container && !x.init) : rt.containers.find((x) => !x.init);
  if (!c) return `container "${container}" not found in pod "${pod}"`;
  return { rt, c };
}

/** The machine stops (power off): the kubelet stops reporting and the node lifecycle controller takes over. */
export function stopNode(cluster: Cluster, name: string): FaultResult {
  const k = cluster.services.kubelet;
  if (!k?.nodes.has(name)) return { ok: false, message: `node "${name}" not found` };
  if (k.downNodes.has(name)) return { ok: false, message: `node "${name}" is already stopped` };
  setNodeDown(cluster, name, true);
  return { ok: true, message: `node "${name}" stopped` };
}

/** The machine boots again: its kubelet posts Ready and restarts what still belongs to it. */
export function startNode(cluster: Cluster, name: string): FaultResult {
  const k = cluster.services.kubelet;
  if (!k?.nodes.has(name)) return { ok: false, message: `node "${name}" not found` };
  if (!k.downNodes.has(name)) return { ok: false, message: `node "${name}" is already running` };
  // a rebooted machine has lost whatever held its memory
  k.nodes.get(name)!.hogBytes = 0;
  setNodeDown(cluster, name, false);
  return { ok: true, message: `node "${name}" started` };
}

/**
 * A process outside Kubernetes takes the node's memory, leaving `leave` bytes available (below the
 * kubelet's 100Mi eviction threshold by default); `freeMemory` ends it.
 */
export function fillMemory(cluster: Cluster, name: string, leave = 50 * 2 ** 20): FaultResult {
  const k = cluster.services.kubelet;
  const node = cluster.api.tryGet('nodes', undefined, name);
  if (!k?.nodes.has(name) || !node) return { ok: false, message: `node "${name}" not found` };
  if (k.downNodes.has(name)) return { ok: false, message: `node "${name}" is stopped` };
  const state = k.nodes.get(name)!;
  const take = memoryAvailable(k, node) - leave;
  if (take <= 0) return { ok: false, message: `node "${name}" has no memory left to fill` };
  state.hogBytes += take;
  armEviction(cluster, k);
  return { ok: true, message: `node "${name}": a process outside Kubernetes now holds ${Math.round(state.hogBytes / 2 ** 20)}Mi of memory` };
}

export function freeMemory(cluster: Cluster, name: string): FaultResult {
  const k = cluster.services.kubelet;
  if (!k?.nodes.has(name)) return { ok: false, message: `node "${name}" not found` };
  const state = k.nodes.get(name)!;
  if (!state.hogBytes) return { ok: false, message: `node "${name}" has no memory filled` };
  state.hogBytes = 0;
  return { ok: true, message: `node "${name}": the memory is free again` };
}

/** SIGKILL from the runtime (`crictl stop` on the node, or the OOM killer): exit code 137, restarted per policy. */
export function killContainer(cluster: Cluster, ns: string, pod: string, container?: string): FaultResult {
  const found = findContainer(cluster, ns, pod, container);
  if (typeof found === 'string') return { ok: false, message: found };
  const { rt, c } = found;
  if (!c.proc?.alive) return { ok: false, message: `container "${c.name}" in pod "${pod}" is not running` };
  // a control-plane process killed stops leading at once (its lease is no longer renewed)
  cluster.services.leaders?.containerKilled(ns, pod);
  cluster.services.kubelet!.containerExited(rt, c, 137, 'Error');
  return { ok: true, message: `container "${c.name}" in pod "${pod}" killed` };
}

/** The application stops answering its probes (a hung process): HTTP 500, refused TCP, failing exec. */
export function breakProbes(cluster: Cluster, ns: string, pod: string, container: string | undefined, broken: boolean): FaultResult {
  const found = findContainer(cluster, ns, pod, container);
  if (typeof found === 'string') return { ok: false, message: found };
  found.c.probesBroken = broken;
  return { ok: true, message: `probes of container "${found.c.name}" in pod "${pod}" ${broken ? 'now fail' : 'pass again'}` };
}
