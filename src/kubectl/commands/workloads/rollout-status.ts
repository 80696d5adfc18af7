/**
 * `kubectl rollout status (TYPE NAME | TYPE/NAME) [--watch=false] [--revision=N] [--timeout=D]`
 * (kubectl pkg/cmd/rollout/rollout_status.go, polymorphichelpers/rollout_status.go).
 * Watching lets virtual time pass; each new status line is printed once, when it changes.
 */
import { revisionOf } from '../../../sim/controllers/deployment-util';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { groupKind, liveTargets, SELECTION_FLAGS, requireRolloutResource } from './common';
import { parseGoDuration } from '../../../sim/parse-duration';
import { goDuration } from '../../../sim/duration';

export const rolloutStatusCommands: CommandDef[] = [];

/**
 * Without --timeout kubectl waits until interrupted (a paused deployment never finishes); the
 * simulation stops after 10 virtual minutes, or a minute past a longer progress deadline, rather
 * than jump hours ahead, and says so in its own words. A stuck rollout reports its exceeded
 * deadline before that.
 */
const ROLLOUT_WAIT_CAP_MS = 10 * 60 * 1000;

function waitCap(obj: KObject): number {
  const deadline = obj.kind === 'Deployment' ? obj.spec?.progressDeadlineSeconds : undefined;
  return typeof deadline === 'number' && deadline < 2147483647 ? Math.max(ROLLOUT_WAIT_CAP_MS, (deadline + 60) * 1000) : ROLLOUT_WAIT_CAP_MS;
}

interface RolloutStatus {
  message: string;
  done: boolean;
}

/** DeploymentStatusViewer.Status. */
function deploymentStatus(d: KObject, revision = 0): RolloutStatus {
  const name = d.metadata.name;
  if (revision > 0) {
    const rev = revisionOf(d);
    if (Number.isNaN(rev)) throw new KubectlError(`cannot get the revision of deployment "${name}": ${d.metadata.annotations?.['deployment.kubernetes.io/revision']} is not a valid revision`);
    if (revision !== rev) throw new KubectlError(`desired revision (${revision}) is different from the running revision (${rev})`);
  }
  const s = d.status ?? {};
  if ((d.metadata.generation ?? 0) <= (s.observedGeneration ?? 0)) {
    const cond = (s.conditions ?? []).find((c: { type: string }) => c.type === 'Progressing');
    if (cond?.reason === 'ProgressDeadlineExceeded') throw new KubectlError(`deployment "${name}" exceeded its progress deadline`);
    const replicas = d.spec?.replicas;
    const updated = s.updatedReplicas ?? 0;
    if (replicas !== undefined && updated < replicas) {
      return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
    }
    if ((s.replicas ?? 0) > updated) {
      return { message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
    }
    if ((s.availableReplicas ?? 0) < updated) {
      return { message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
    }
    return { message: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
}

/** DaemonSetStatusViewer.Status. */
function daemonSetStatus(ds: KObject): RolloutStatus {
  if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') throw new KubectlError('rollout status is only available for RollingUpdate strategy type');
  const s = ds.status ?? {};
  if ((ds.metadata.generation ?? 0) <= (s.observedGeneration ?? 0)) {
    const desired = s.desiredNumberScheduled ?? 0;
    if ((s.updatedNumberScheduled ?? 0) < desired) {
      return { message: `Waiting for daemon set "${ds.metadata.name}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`, done: false };
    }
    if ((s.numberAvailable ?? 0) < desired) {
      return { message: `Waiting for daemon set "${ds.metadata.name}" rollout to finish: ${s.numberAvailable ?? 0} of ${desired} updated pods are available...\n`, done: false };
    }
    return { message: `daemon set "${ds.metadata.name}" successfully rolled out\n`, done: true };
  }
  return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
}

/** StatefulSetStatusViewer.Status. */
function statefulSetStatus(sts: KObject): RolloutStatus {
  const strategy = sts.spec?.updateStrategy ?? {};
  if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate') throw new KubectlError('rollout status is only available for RollingUpdate strategy type');
  const s = sts.status ?? {};
  if (!s.observedGeneration || (sts.metadata.generation ?? 0) > s.observedGeneration) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = sts.spec?.replicas ?? 1;
  if ((s.readyReplicas ?? 0) < replicas) return { message: `Waiting for ${replicas - (s.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (partition !== undefined && (s.updatedReplicas ?? 0) < replicas - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${s.updatedReplicas ?? 0} out of ${replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${s.updatedReplicas ?? 0} new pods have been updated...\n`, done: true };
  }
  if (s.updateRevision !== s.currentRevision) {
    return { message: `waiting for statefulset rolling update to complete ${s.updatedReplicas ?? 0} pods at revision ${s.updateRevision}...\n`, done: false };
  }
  return { message: `statefulset rolling update complete ${s.currentReplicas ?? 0} pods at revision ${s.currentRevision}...\n`, done: true };
}

function viewerFor(kind: string, revision: number): ((o: KObject) => RolloutStatus) | undefined {
  if (kind === 'Deployment') return (o) => deploymentStatus(o, revision);
  if (kind === 'DaemonSet') return daemonSetStatus;
  if (kind === 'StatefulSet') return statefulSetStatus;
  return undefined;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  requireRolloutResource(p);
  const revision = p.flags.revision as number;
  if (revision < 0) throw new KubectlError(`revision must be a positive integer: ${revision}`);
  const timeout = parseGoDuration(String(p.flags.timeout ?? '0s')) ?? 0;
  const { targets, errors } = liveTargets(p, ctx, p.args);
  if (errors.length) throw new KubectlError(errors[0], true);
  if (targets.length !== 1) {
    throw new KubectlError(`rollout status is only supported on individual resources and resource collections - ${targets.length} resources were found`);
  }
  const t = targets[0];
  const viewer = viewerFor(t.rt.kind, revision);
  if (!viewer) throw new KubectlError(`no status viewer has been implemented for ${groupKind(t.rt)}`);
  const uid = t.obj!.metadata.uid;
  let last = '';
  const check = (): boolean => {
    const obj = ctx.cluster.api.tryGet(t.rt, t.namespace, t.name);
    if (!obj || obj.metadata.uid !== uid) throw new KubectlError('object has been deleted');
    const { message, done } = viewer(obj);
    if (message !== last) out.write(message);
    last = message;
    return done;
  };
  ctx.cluster.runUntilIdle();
  if (check() || p.flags.watch === false) return;
  if (timeout > 0) {
    if (!advanceUntil(ctx, check, timeout)) throw new KubectlError('timed out waiting for the condition');
    return;
  }
  const cap = waitCap(t.obj!);
  // not kubectl's output: a real kubectl keeps watching, so the prompt says why it ended the wait
  if (!advanceUntil(ctx, check, cap)) out.fail(stoppedMessage(cap), 130);
}

function stoppedMessage(capMs: number): string {
  return `playground: kubectl rollout status keeps watching until interrupted when --timeout is 0 (its default); stopped after ${goDuration(capMs)} of simulated time, as Ctrl+C would (exit code 130). Give --timeout to bound the wait.`;
}

/** Let virtual time pass timer by timer (nothing changes in between) until `pred` holds or `ms` elapse. */
function advanceUntil(ctx: KubectlContext, pred: () => boolean, ms: number): boolean {
  const cluster = ctx.cluster;
  const end = cluster.now() + ms;
  for (;;) {
    const now = cluster.now();
    if (now >= end) return false;
    const next = cluster.clock.nextAt();
    const target = next === undefined ? end : Math.min(end, Math.max(next, now + 1));
    cluster.advance(target - now);
    if (pred()) return true;
  }
}

rolloutStatusCommands.push({
  path: ['rollout', 'status'],
  short: 'Show the status of the rollout',
  flags: [...SELECTION_FLAGS, { name: 'watch', short: 'w', type: 'bool', default: true }, { name: 'revision', type: 'int', default: 0 }, { name: 'timeout', type: 'duration', default: '0s' }],
  run,
});
