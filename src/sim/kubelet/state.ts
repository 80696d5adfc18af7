import type { VolumeRt } from './volumes';
import type { ImageDef, Program } from '../images/types';
import type { KObject } from '../types';
import type { ContainerFs, Tree } from './fs';

/** A container state as the API shows it (exactly one key set). */
interface CState {
  waiting?: { reason: string; message?: string };
  running?: { startedAt: string };
  terminated?: { exitCode: number; reason: string; message?: string; signal?: number; startedAt: string; finishedAt: string; containerID?: string };
}

/** A running main process. */
export interface Proc {
  program?: Program;
  argv: string[];
  alive: boolean;
  timers: Set<number>;
  startedMs: number;
  /** An interactive shell waiting for someone to attach to its stdin. */
  stdinWait?: boolean;
  /** A shell busy loop: it burns all the CPU it is given. */
  spinning?: boolean;
  /** Set while SIGTERM is pending on a process that ignores it. */
  killTimer?: number;
}

interface ProbeState {
  timers: number[];
  liveFails: number;
  readyFails: number;
  readyOk: number;
  startFails: number;
}

/** The kubelet's record of one container. */
export interface ContainerRt {
  name: string;
  spec: any;
  init: boolean;
  def?: ImageDef;
  /** Fully qualified image (`docker.io/library/nginx:latest`) once pulled. */
  imageName?: string;
  imageID?: string;
  state: CState;
  lastState: CState;
  restartCount: number;
  ready: boolean;
  started: boolean;
  containerID?: string;
  proc?: Proc;
  logs: string;
  /** When each log line began (virtual ms). */
  logTimes: number[];
  prevLogs?: string;
  prevLogTimes?: number[];
  fs?: ContainerFs;
  env: Record<string, string>;
  /** Seconds of the next crash back-off (0: restart at once). */
  backoff: number;
  probes?: ProbeState;
  /** A start attempt is in flight (pull, create). */
  busy: boolean;
  /** Done for good (terminal, or not restarted by policy). */
  done: boolean;
  retryTimer?: number;
  /** Image pull back-off seconds. */
  pullBackoff: number;
  clockOffset: { ms: number };
  /** Injected fault: the application no longer answers its probes. */
  probesBroken?: boolean;
}

/** The kubelet's record of one pod. */
export interface PodRt {
  uid: string;
  ns: string;
  name: string;
  node: string;
  ip: string;
  hostIP: string;
  pod: KObject;
  containers: ContainerRt[];
  sandboxReady: boolean;
  startTime?: string;
  volumes: Map<string, VolumeRt>;
  /** The sandbox's /dev/shm, shared by the pod's containers (made on first use). */
  shm?: Tree;
  volumesReady: boolean;
  timers: Set<number>;
  terminating: boolean;
  /** Terminal phase once reached. */
  final?: 'Succeeded' | 'Failed';
  conditionTimes: Map<string, { status: string; time: string }>;
  /** Evicted by the kubelet (status reason Evicted, this message). */
  evicted?: { message: string };
  /** A reason the pod cannot start yet (blocked on a missing volume source). */
  blocked?: string;
}

export function podKey(ns: string, name: string): string {
  return `${ns}/${name}`;
}

/** A container's record before anything ran. */
function newContainerRt(spec: any, init: boolean): ContainerRt {
  return {
    name: spec.name,
    spec,
    init,
    state: {},
    lastState: {},
    restartCount: 0,
    ready: false,
    started: false,
    logs: '',
    logTimes: [],
    env: {},
    backoff: 0,
    busy: false,
    done: false,
    pullBackoff: 0,
    clockOffset: { ms: 0 },
  };
}

/** The record of a pod the kubelet has just admitted on a node: no sandbox, no volumes, its containers waiting. */
export function newPodRt(pod: KObject, node: string, nodeIP: string): PodRt {
  const rt: PodRt = {
    uid: pod.metadata.uid!,
    ns: pod.metadata.namespace!,
    name: pod.metadata.name!,
    node,
    ip: pod.spec?.hostNetwork ? nodeIP : '',
    hostIP: nodeIP,
    pod,
    containers: [...(pod.spec?.initContainers ?? []).map((s: unknown) => newContainerRt(s, true)), ...(pod.spec?.containers ?? []).map((s: unknown) => newContainerRt(s, false))],
    sandboxReady: false,
    volumes: new Map(),
    volumesReady: false,
    timers: new Set(),
    terminating: false,
    conditionTimes: new Map(),
  };
  // the kubelet's default waiting state: PodInitializing whenever the pod has init containers
  const hasInit = rt.containers.some((x) => x.init);
  for (const c of rt.containers) c.state = { waiting: { reason: hasInit ? 'PodInitializing' : 'ContainerCreating' } };
  return rt;
}
