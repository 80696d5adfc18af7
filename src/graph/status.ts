/** A short status for every node (written as `data-status`) and the tone that colours it. */
import { isPodReady } from '../sim/pod';
import type { KObject } from '../sim/types';
import { ETCD_MEMBER_KIND, etcdMemberStatus } from './etcd';

/** ok = green, progress = blue, warn = amber, error = red, off = grey (terminating, idle). */
export type Tone = 'ok' | 'progress' | 'warn' | 'error' | 'off';

export interface NodeStatus {
  status: string;
  tone: Tone;
}

/** What the status of one object may depend on besides the object itself. */
export interface StatusContext {
  /** The Endpoints object of the same name and namespace, for Services. */
  endpointsFor(svc: KObject): KObject | undefined;
  /** A namespace's labels (Pod Security levels, namespaceSelectors); none when it is not known. */
  namespaceLabels(ns: string): Record<string, string>;
  /** Where each ClusterRole is bound (`*` for a ClusterRoleBinding), from subjects.ts roleScopes. */
  roleScopes?: ReadonlyMap<string, Set<string>>;
}

/** Ready and not-ready address counts of an Endpoints object. */
export function endpointCounts(ep: KObject | undefined): { ready: number; notReady: number } {
  let ready = 0;
  let notReady = 0;
  for (const s of ep?.subsets ?? []) {
    ready += (s.addresses ?? []).length;
    notReady += (s.notReadyAddresses ?? []).length;
  }
  return { ready, notReady };
}

/** The pod STATUS column as kubectl prints it (printers.go printPod), reduced to what the canvas needs. */
function podStatus(pod: KObject): string {
  const st = pod.status ?? {};
  let reason: string = st.reason || st.phase || 'Pending';
  const inits: any[] = st.initContainerStatuses ?? [];
  let initializing = false;
  inits.forEach((c, i) => {
    if (initializing) return;
    const term = c.state?.terminated;
    if (term && term.exitCode === 0) return;
    initializing = true;
    if (term) reason = term.reason ? `Init:${term.reason}` : `Init:ExitCode:${term.exitCode}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${(pod.spec?.initContainers ?? []).length}`;
  });
  if (!initializing) {
    let hasRunning = false;
    for (const c of [...(st.containerStatuses ?? [])].reverse()) {
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (c.state?.terminated) reason = c.state.terminated.reason || `ExitCode:${c.state.terminated.exitCode}`;
      else if (c.state?.running && c.ready) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) reason = 'Running';
  }
  if (pod.metadata.deletionTimestamp && st.phase !== 'Succeeded' && st.phase !== 'Failed') reason = 'Terminating';
  return reason;
}

const ERROR_REASONS = /BackOff|Err|Error|Invalid|OOMKilled|Failed|Evicted|ExitCode|Signal|Unknown/;

function podTone(pod: KObject, status: string): Tone {
  if (status === 'Terminating') return 'off';
  if (ERROR_REASONS.test(status)) return 'error';
  if (status === 'Running') return isPodReady(pod) ? 'ok' : 'warn';
  if (status === 'Succeeded' || status === 'Completed') return 'off';
  return 'progress';
}

function replicaStatus(ready: number, desired: number): NodeStatus {
  if (desired === 0) return { status: 'ScaledDown', tone: 'off' };
  if (ready >= desired) return { status: 'Available', tone: 'ok' };
  return { status: ready === 0 ? 'Unavailable' : 'Progressing', tone: ready === 0 ? 'warn' : 'progress' };
}

/** Status and tone of any object the canvas draws. */
export function statusOf(o: KObject, ctx: StatusContext): NodeStatus {
  if (o.missing) return { status: 'Missing', tone: o.missing.required ? 'error' : 'warn' };
  if (o.metadata.deletionTimestamp && o.kind !== 'Pod') return { status: 'Terminating', tone: 'off' };
  switch (o.kind) {
    case 'Pod': {
      const status = podStatus(o);
      return { status, tone: podTone(o, status) };
    }
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return replicaStatus(o.status?.readyReplicas ?? 0, o.spec?.replicas ?? 1);
    case 'DaemonSet':
      return replicaStatus(o.status?.numberReady ?? 0, o.status?.desiredNumberScheduled ?? 0);
    case 'Service': {
      const type = o.spec?.type ?? 'ClusterIP';
      if (type === 'ExternalName') return { status: 'ExternalName', tone: 'ok' };
      if (type === 'LoadBalancer' && !(o.status?.loadBalancer?.ingress ?? []).length) return { status: 'Pending', tone: 'progress' };
      const { ready, notReady } = endpointCounts(ctx.endpointsFor(o));
      if (ready > 0) return { status: notReady > 0 ? 'PartlyReady' : 'Ready', tone: notReady > 0 ? 'warn' : 'ok' };
      return { status: 'NoEndpoints', tone: 'warn' };
    }
    case 'Endpoints': {
      const { ready, notReady } = endpointCounts(o);
      if (ready + notReady === 0) return { status: 'Empty', tone: 'warn' };
      if (notReady === 0) return { status: 'Ready', tone: 'ok' };
      return { status: ready === 0 ? 'NotReady' : 'PartlyReady', tone: ready === 0 ? 'error' : 'warn' };
    }
    case 'PersistentVolumeClaim': {
      const phase = o.status?.phase ?? 'Pending';
      // an unbound claim holds its pods back, so it stands out
      return { status: phase, tone: phase === 'Bound' ? 'ok' : phase === 'Lost' ? 'error' : 'warn' };
    }
    case 'PersistentVolume': {
      const phase = o.status?.phase ?? 'Pending';
      const tone: Tone = phase === 'Bound' ? 'ok' : phase === 'Available' ? 'progress' : phase === 'Failed' ? 'error' : 'warn';
      return { status: phase, tone };
    }
    case 'Job': {
      if ((o.status?.conditions ?? []).some((c: any) => c.type === 'Failed' && c.status === 'True')) return { status: 'Failed', tone: 'error' };
      if ((o.status?.conditions ?? []).some((c: any) => c.type === 'Complete' && c.status === 'True')) return { status: 'Complete', tone: 'ok' };
      return { status: 'Running', tone: 'progress' };
    }
    case 'Node': {
      const ready = (o.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
      // as kubectl's STATUS column: a Ready condition that is not True (False or Unknown) reads NotReady
      const base = ready?.status === 'True' ? 'Ready' : 'NotReady';
      const status = o.spec?.unschedulable ? `${base},SchedulingDisabled` : base;
      return { status, tone: base !== 'Ready' ? 'error' : o.spec?.unschedulable ? 'warn' : 'ok' };
    }
    case 'Volume':
      return { status: 'Mounted', tone: 'ok' };
    case 'Client':
      return { status: 'Requesting', tone: 'progress' };
    case 'User':
    case 'Group':
      return { status: 'Subject', tone: 'ok' };
    case ETCD_MEMBER_KIND:
      return etcdMemberStatus(o);
    default:
      return { status: 'Active', tone: 'ok' };
  }
}
