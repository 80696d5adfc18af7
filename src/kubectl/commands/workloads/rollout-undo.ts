/** `kubectl rollout undo (TYPE NAME | TYPE/NAME) [--to-revision=N]` (kubectl rollout_undo.go, polymorphichelpers/rollback.go). */
import { ANNOTATIONS_TO_SKIP, revisionOf } from '../../../sim/controllers/deployment-util';
import { POD_TEMPLATE_HASH_LABEL, equalIgnoreHash } from '../../../sim/controllers/template-hash';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { DRY_RUN_FLAG, dryRunOf } from '../write/common';
import { deploymentReplicaSets, failWith, groupKind, liveTargets, refOf, SELECTION_FLAGS, writeBack, requireRolloutResource } from './common';
import { describePodTemplate } from './pod-template';
import { rollbackByRevision } from './rollout-revisions';

export const rolloutUndoCommands: CommandDef[] = [];

/** deploymentRevision: the RS of revision N, or the second newest for N = 0. */
function replicaSetForRevision(ctx: KubectlContext, d: KObject, toRevision: number): KObject {
  let latest: KObject | undefined;
  let latestRev = -1;
  let previous: KObject | undefined;
  let previousRev = -1;
  for (const rs of deploymentReplicaSets(ctx, d).all) {
    const v = revisionOf(rs);
    if (Number.isNaN(v)) continue;
    if (toRevision === 0) {
      if (latestRev < v) {
        previousRev = latestRev;
        previous = latest;
        latestRev = v;
        latest = rs;
      } else if (previousRev < v) {
        previousRev = v;
        previous = rs;
      }
    } else if (toRevision === v) {
      return rs;
    }
  }
  if (toRevision > 0) throw new KubectlError(`unable to find specified revision ${toRevision} in history`);
  if (!previous) throw new KubectlError(`no rollout history found for deployment "${d.metadata.name}"`);
  return previous;
}

/** DeploymentRollbacker.Rollback: returns the operation text for the name printer. */
function rollbackDeployment(ctx: KubectlContext, d: KObject, toRevision: number, dryRun: 'none' | 'client' | 'server'): string {
  if (toRevision < 0) throw new KubectlError(`unable to find specified revision ${toRevision} in history`);
  const rs = replicaSetForRevision(ctx, d, toRevision);
  if (dryRun === 'client') return describePodTemplate(rs.spec?.template);
  if (d.spec?.paused) throw new KubectlError("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  if (equalIgnoreHash(rs.spec?.template, d.spec?.template)) return `skipped rollback (current template already matches revision ${toRevision})`;
  const template = structuredClone(rs.spec.template);
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  // the deployment keeps its own revision/apply annotations and takes the RS's others
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  const upd = structuredClone(d);
  upd.spec.template = template;
  upd.metadata.annotations = annotations;
  try {
    if (dryRun === 'server') ctx.cluster.api.update(upd, { dryRun: true });
    else writeBack(ctx, upd);
  } catch (e) {
    throw new KubectlError(`failed restoring revision ${toRevision}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return 'rolled back';
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  requireRolloutResource(p);
  const dry = dryRunOf(p);
  const { targets, errors } = liveTargets(p, ctx, p.args);
  if (errors.length) return failWith(out, errors);
  for (const t of targets) {
    const toRevision = p.flags['to-revision'] as number;
    let result: string;
    if (t.rt.kind === 'Deployment') result = rollbackDeployment(ctx, t.obj!, toRevision, dry);
    else if (t.rt.kind === 'StatefulSet' || t.rt.kind === 'DaemonSet') result = rollbackByRevision(ctx, t.obj!, toRevision, dry, (o) => writeBack(ctx, o));
    else throw new KubectlError(`no rollbacker has been implemented for "${groupKind(t.rt)}"`);
    out.line(`${refOf(t)} ${result}`);
  }
}

rolloutUndoCommands.push({
  path: ['rollout', 'undo'],
  short: 'Undo a previous rollout',
  flags: [...SELECTION_FLAGS, DRY_RUN_FLAG, { name: 'to-revision', type: 'int', default: 0 }],
  run,
});
