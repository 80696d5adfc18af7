/** `kubectl rollout history (TYPE NAME | TYPE/NAME) [--revision=N]` (kubectl rollout_history.go, polymorphichelpers/history.go). */
import { CHANGE_CAUSE_ANNOTATION, revisionOf } from '../../../sim/controllers/deployment-util';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import type { CommandDef } from '../../command';
import { OUTPUT_FLAG } from '../write/common';
import { deploymentReplicaSets, failWith, groupKind, liveTargets, refOf, SELECTION_FLAGS, requireRolloutResource } from './common';
import { describePodTemplate } from './pod-template';
import { controllerRevisions, viewRevisionHistory } from './rollout-revisions';

export const rolloutHistoryCommands: CommandDef[] = [];

/** Revision → replica set (the last one wins on duplicates, as a Go map assignment does). */
function revisionMap(ctx: KubectlContext, d: KObject): Map<number, KObject> {
  const byRev = new Map<number, KObject>();
  for (const rs of deploymentReplicaSets(ctx, d).all) {
    const v = revisionOf(rs);
    if (Number.isNaN(v)) continue;
    byRev.set(v, rs);
  }
  return byRev;
}

/** DeploymentHistoryViewer.ViewHistory. */
function viewDeploymentHistory(ctx: KubectlContext, d: KObject, revision: number): string {
  const byRev = revisionMap(ctx, d);
  if (byRev.size === 0) return 'No rollout history found.';
  if (revision > 0) {
    const rs = byRev.get(revision);
    if (!rs) throw new KubectlError('unable to find the specified revision');
    const template = structuredClone(rs.spec?.template ?? {});
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION];
    if (cause) template.metadata = { ...(template.metadata ?? {}), annotations: { ...(template.metadata?.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: cause } };
    return describePodTemplate(template);
  }
  const rows = [...byRev.keys()].sort((a, b) => a - b).map((r) => [String(r), byRev.get(r)!.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] || '<none>']);
  // tabbedString: text/tabwriter with minwidth 0, padding 2
  const all = [['REVISION', 'CHANGE-CAUSE'], ...rows];
  const width = Math.max(...all.map((r) => r[0].length)) + 2;
  return all.map(([a, b]) => `${a.padEnd(width)}${b}\n`).join('');
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  requireRolloutResource(p);
  const revision = p.flags.revision as number;
  if (revision < 0) throw new KubectlError(`revision must be a positive integer: ${revision}`);
  const output = p.flags.output as string | undefined;
  const { targets, errors } = liveTargets(p, ctx, p.args);
  for (const t of targets) {
    const byRevisions = t.rt.kind === 'StatefulSet' || t.rt.kind === 'DaemonSet';
    if (t.rt.kind !== 'Deployment' && !byRevisions) {
      errors.push(`error: no history viewer has been implemented for "${groupKind(t.rt)}"`);
      continue;
    }
    if (output) {
      const byRev = byRevisions ? new Map(controllerRevisions(ctx, t.obj!).map((r) => [r.revision ?? 0, r] as const)) : revisionMap(ctx, t.obj!);
      if (revision > 0) {
        const rs = byRev.get(revision);
        if (!rs) throw new KubectlError('unable to find the specified revision');
        out.write(printObjects([rs], output, { allowedFormats: NON_TABLE_FORMATS }));
      } else {
        for (const r of [...byRev.keys()].sort((a, b) => a - b)) out.write(printObjects([byRev.get(r)!], output, { allowedFormats: NON_TABLE_FORMATS }));
      }
      continue;
    }
    const history = byRevisions ? viewRevisionHistory(ctx, t.obj!, revision) : viewDeploymentHistory(ctx, t.obj!, revision);
    // the name printer with operation "<with revision #N>\n<history>"
    out.write(`${refOf(t)} ${revision > 0 ? `with revision #${revision}` : ''}\n${history}\n`);
  }
  failWith(out, errors);
}

rolloutHistoryCommands.push({
  path: ['rollout', 'history'],
  short: 'View rollout history',
  flags: [...SELECTION_FLAGS, OUTPUT_FLAG, { name: 'revision', type: 'int', default: 0 }],
  run,
});
