/** ControllerRevision-based history for StatefulSets and DaemonSets (kubectl polymorphichelpers history.go / rollback.go). */
import { equalIgnoreHash } from '../../../sim/controllers/template-hash';
import { controllerOf } from '../../../sim/controllers/pod-control';
import { matchesSelector } from '../../../sim/labels';
import type { KObject } from '../../../sim/types';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { describePodTemplate } from './pod-template';

/** The ControllerRevisions the object controls, by revision number. */
export function controllerRevisions(ctx: KubectlContext, obj: KObject): KObject[] {
  return ctx.cluster.api
    .list('controllerrevisions.apps', obj.metadata.namespace)
    .filter((r) => matchesSelector(obj.spec?.selector, r.metadata.labels) && controllerOf(r)?.uid === obj.metadata.uid)
    .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
}

/** The pod template a revision restores (its data is a replace patch of spec.template). */
function revisionTemplate(cr: KObject): KObject['spec'] {
  const t = structuredClone(cr.data?.spec?.template ?? {});
  delete t.$patch;
  return t;
}

/** printHistory: the REVISION / CHANGE-CAUSE table, or one revision's template. */
export function viewRevisionHistory(ctx: KubectlContext, obj: KObject, revision: number): string {
  const byRev = new Map<number, KObject>();
  for (const cr of controllerRevisions(ctx, obj)) byRev.set(cr.revision ?? 0, cr);
  if (byRev.size === 0) return 'No rollout history found.';
  if (revision > 0) {
    const cr = byRev.get(revision);
    if (!cr) throw new KubectlError('unable to find the specified revision');
    return describePodTemplate(revisionTemplate(cr));
  }
  const rows = [...byRev.keys()].sort((a, b) => a - b).map((r) => [String(r), byRev.get(r)!.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>']);
  const all = [['REVISION', 'CHANGE-CAUSE'], ...rows];
  const width = Math.max(...all.map((r) => r[0].length)) + 2;
  return all.map(([a, b]) => `${a.padEnd(width)}${b}\n`).join('');
}

/** StatefulSetRollbacker / DaemonSetRollbacker.Rollback: returns the operation text. */
export function rollbackByRevision(ctx: KubectlContext, obj: KObject, toRevision: number, dryRun: 'none' | 'client' | 'server', write: (o: KObject) => void): string {
  if (toRevision < 0) throw new KubectlError(`unable to find specified revision ${toRevision} in history`);
  const history = controllerRevisions(ctx, obj);
  if (toRevision === 0 && history.length <= 1) throw new KubectlError('no last revision to roll back to');
  const target = toRevision === 0 ? history[history.length - 2] : history.find((h) => h.revision === toRevision);
  if (!target) throw new KubectlError(`unable to find specified revision ${toRevision} in history`);
  const template = revisionTemplate(target);
  if (dryRun === 'client') return describePodTemplate(template);
  if (equalIgnoreHash(template, obj.spec?.template)) return `skipped rollback (current template already matches revision ${toRevision})`;
  const upd = structuredClone(obj);
  upd.spec.template = template;
  try {
    if (dryRun === 'server') ctx.cluster.api.update(upd, { dryRun: true });
    else write(upd);
  } catch (e) {
    throw new KubectlError(`failed restoring revision ${toRevision}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return 'rolled back';
}
