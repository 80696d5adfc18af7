import type { KObject } from '../../../sim/types';
import { translateTimestampSince, parseTime } from '../duration';
import type { TableDef } from '../table';
import { AGE, NAME } from './util';

/** An init container with restartPolicy Always is a sidecar: it counts as a regular container. */
function isRestartableInit(c: any): boolean {
  return c?.restartPolicy === 'Always';
}

function hasCondition(pod: KObject, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c: any) => c.type === type && c.status === 'True');
}

/** What printPod computes: READY, STATUS and RESTARTS cells. */
interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
  /** Total restarts (the number before the parenthesis). */
  restartCount: number;
}

const summaries = new WeakMap<KObject, { now: number; summary: PodSummary }>();

/** printPod's aggregate status (Init:x/y, CrashLoopBackOff, Completed, Terminating, ...). */
function podSummary(pod: KObject, now: number): PodSummary {
  // three cells of a row read the same summary: compute it once per object and instant
  const hit = summaries.get(pod);
  if (hit && hit.now === now) return hit.summary;
  const summary = computeSummary(pod, now);
  summaries.set(pod, { now, summary });
  return summary;
}

function computeSummary(pod: KObject, now: number): PodSummary {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  let restarts = 0;
  let sidecarRestarts = 0;
  let total = (spec.containers ?? []).length;
  let ready = 0;
  let lastRestart = 0;
  let lastSidecarRestart = 0;
  const phase: string = status.phase ?? '';
  let reason: string = status.reason ? status.reason : phase;
  for (const c of status.conditions ?? []) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';

  const inits = new Map<string, any>();
  for (const c of spec.initContainers ?? []) {
    inits.set(c.name, c);
    if (isRestartableInit(c)) total++;
  }
  let initializing = false;
  const initStatuses: any[] = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    restarts += c.restartCount ?? 0;
    const finished = parseTime(c.lastState?.terminated?.finishedAt);
    if (c.lastState?.terminated && finished !== undefined && finished > lastRestart) lastRestart = finished;
    const sidecar = isRestartableInit(inits.get(c.name));
    if (sidecar) {
      sidecarRestarts += c.restartCount ?? 0;
      if (c.lastState?.terminated && finished !== undefined && finished > lastSidecarRestart) lastSidecarRestart = finished;
    }
    const term = c.state?.terminated;
    const wait = c.state?.waiting;
    if (term && (term.exitCode ?? 0) === 0) continue;
    if (sidecar && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (term) {
      reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode ?? 0}`;
    } else if (wait && wait.reason && wait.reason !== 'PodInitializing') {
      reason = `Init:${wait.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || hasCondition(pod, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const cs: any[] = status.containerStatuses ?? [];
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i];
      restarts += c.restartCount ?? 0;
      const finished = parseTime(c.lastState?.terminated?.finishedAt);
      if (c.lastState?.terminated && finished !== undefined && finished > lastRestart) lastRestart = finished;
      const wait = c.state?.waiting;
      const term = c.state?.terminated;
      if (wait && wait.reason) reason = wait.reason;
      else if (term && term.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode ?? 0}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
  }

  if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestart !== 0) {
    restartsStr = `${restarts} (${translateTimestampSince(new Date(lastRestart).toISOString(), now)} ago)`;
  }
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsStr, restartCount: restarts };
}

function readinessGates(pod: KObject): string {
  const gates: any[] = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  let t = 0;
  for (const g of gates) {
    const c = (pod.status?.conditions ?? []).find((x: any) => x.type === g.conditionType);
    if (c && c.status === 'True') t++;
  }
  return `${t}/${gates.length}`;
}

export const POD_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Ready', cell: (o, ctx) => podSummary(o, ctx.now).ready },
    { name: 'Status', cell: (o, ctx) => podSummary(o, ctx.now).status },
    { name: 'Restarts', cell: (o, ctx) => podSummary(o, ctx.now).restarts },
    AGE,
    { name: 'IP', wide: true, cell: (o) => o.status?.podIPs?.[0]?.ip || o.status?.podIP || '<none>' },
    { name: 'Node', wide: true, cell: (o) => o.spec?.nodeName || '<none>' },
    { name: 'Nominated Node', wide: true, cell: (o) => o.status?.nominatedNodeName || '<none>' },
    { name: 'Readiness Gates', wide: true, cell: (o) => readinessGates(o) },
  ],
};
