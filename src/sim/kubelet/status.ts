import { podQOS } from '../pod';
import type { KObject } from '../types';
import type { ContainerRt, PodRt } from './state';

/** The kubelet's getPhase: waiting-after-restart counts as stopped, terminal phases never go back. */
function podPhase(rt: PodRt): string {
  if (rt.final) return rt.final;
  const inits = rt.containers.filter((c) => c.init);
  if (inits.some((c) => !(c.done && c.state.terminated?.exitCode === 0))) {
    if (inits.some((c) => c.done && (c.state.terminated?.exitCode ?? 0) !== 0)) return 'Failed';
    return 'Pending';
  }
  const policy = rt.pod.spec?.restartPolicy ?? 'Always';
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of rt.containers) {
    if (c.init) continue;
    if (c.state.running) running++;
    else if (c.state.terminated) {
      stopped++;
      if (c.state.terminated.exitCode === 0) succeeded++;
    } else if (c.lastState.terminated) {
      stopped++;
      if (c.lastState.terminated.exitCode === 0) succeeded++;
    } else waiting++;
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (policy === 'Always') return 'Running';
    if (policy === 'OnFailure') return stopped === succeeded ? 'Succeeded' : 'Running';
    return stopped === succeeded ? 'Succeeded' : 'Failed';
  }
  return 'Pending';
}

function containerStatus(c: ContainerRt): Record<string, unknown> {
  const s: Record<string, unknown> = {
    name: c.name,
    state: c.state,
    lastState: c.lastState,
    ready: c.ready,
    restartCount: c.restartCount,
    image: c.imageName ?? c.spec.image,
    imageID: c.imageID ?? '',
    started: c.started,
  };
  if (c.containerID) s.containerID = c.containerID;
  const mounts = (c.spec.volumeMounts ?? []).map((m: { name: string; mountPath: string; readOnly?: boolean }) => ({
    name: m.name,
    mountPath: m.mountPath,
    ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}),
  }));
  if (mounts.length) s.volumeMounts = mounts;
  return s;
}

/** Build `status` from the kubelet's record, keeping conditions the kubelet does not own (PodScheduled). */
export function buildStatus(rt: PodRt, stored: KObject, now: string): Record<string, unknown> {
  const phase = podPhase(rt);
  const mains = rt.containers.filter((c) => !c.init);
  const inits = rt.containers.filter((c) => c.init);
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const unready = mains.filter((c) => !c.ready).map((c) => c.name);
  const pendingInit = inits.filter((c) => !(c.done && c.state.terminated?.exitCode === 0)).map((c) => c.name);
  const cond = (type: string, status: boolean, reason?: string, message?: string) => {
    const st = status ? 'True' : 'False';
    const prev = rt.conditionTimes.get(type);
    const time = prev && prev.status === st ? prev.time : now;
    rt.conditionTimes.set(type, { status: st, time });
    const c: Record<string, unknown> = { type, status: st, lastProbeTime: null, lastTransitionTime: time };
    if (reason) c.reason = reason;
    if (message) c.message = message;
    return c;
  };
  const conditions = [
    cond('PodReadyToStartContainers', rt.sandboxReady && !terminal),
    inits.length && pendingInit.length && !terminal
      ? cond('Initialized', false, 'ContainersNotInitialized', `containers with incomplete status: [${pendingInit.join(' ')}]`)
      : cond('Initialized', true, terminal && phase === 'Succeeded' && inits.length ? 'PodCompleted' : undefined),
    terminal
      ? cond('Ready', false, 'PodCompleted')
      : unready.length
        ? cond('Ready', false, 'ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`)
        : cond('Ready', true),
    terminal
      ? cond('ContainersReady', false, 'PodCompleted')
      : unready.length
        ? cond('ContainersReady', false, 'ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`)
        : cond('ContainersReady', true),
  ];
  // the kubelet marks a pod it evicts as disrupted
  if (rt.evicted) conditions.push(cond('DisruptionTarget', true, 'TerminationByKubelet', rt.evicted.message));
  const owned = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', ...(rt.evicted ? ['DisruptionTarget'] : [])]);
  for (const c of stored.status?.conditions ?? []) if (!owned.has(c.type)) conditions.push(c);
  if (!conditions.some((c) => c.type === 'PodScheduled')) conditions.push(cond('PodScheduled', true));
  const status: Record<string, unknown> = {
    phase,
    conditions,
    hostIP: rt.hostIP,
    hostIPs: [{ ip: rt.hostIP }],
  };
  if (rt.sandboxReady || terminal) {
    if (rt.ip) {
      status.podIP = rt.ip;
      status.podIPs = [{ ip: rt.ip }];
    }
  }
  if (rt.evicted) {
    status.reason = 'Evicted';
    status.message = rt.evicted.message;
  }
  if (rt.startTime) status.startTime = rt.startTime;
  if (inits.length) status.initContainerStatuses = inits.map(containerStatus);
  status.containerStatuses = mains.map(containerStatus);
  status.qosClass = podQOS(stored);
  return status;
}
