/** Helpers shared by the workload commands (scale, set image, rollout *). */
import { resourceKey, type ResourceType } from '../../../sim/apiserver/resources';
import { findNewReplicaSet } from '../../../sim/controllers/deployment-util';
import { controllerOf } from '../../../sim/controllers/pod-control';
import { matchesSelector } from '../../../sim/labels';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { selectTargets, type Target } from '../write/targets';

/** `-f`, `-R`, `-k` and `-l`, as the builder-based commands take them. */
export const SELECTION_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
];

/** `deployment.apps`, `replicationcontroller`: the name printer's kind. */
export function kindOf(rt: ResourceType): string {
  return rt.group ? `${rt.kind.toLowerCase()}.${rt.group}` : rt.kind.toLowerCase();
}

/** `deployment.apps/kubia`. */
export function refOf(t: Target): string {
  return `${kindOf(t.rt)}/${t.name}`;
}

/** `deployments.apps "kubia"`: how per-object patch errors name their object. */
export function quotedResource(t: Target): string {
  return `${resourceKey(t.rt)} "${t.name}"`;
}

/** `Deployment.apps` (schema.GroupKind's String()). */
export function groupKind(rt: ResourceType): string {
  return rt.group ? `${rt.kind}.${rt.group}` : rt.kind;
}

/** A rollout command names its objects as arguments or in -f files (the builder's RequireObject). */
export function requireRolloutResource(p: ParsedArgs): void {
  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (!p.args.length && !files.length) throw new KubectlError('required resource not specified');
}

/** The objects a pause, resume or restart acts on; none found (and no error) is a warning and nothing to do. */
export function rolloutTargets(p: ParsedArgs, ctx: KubectlContext, out: Output): { targets: Target[]; errors: string[] } | undefined {
  requireRolloutResource(p);
  const { targets, errors } = liveTargets(p, ctx, p.args);
  if (targets.length === 0 && errors.length === 0) {
    out.warn(`No resources found in ${ctx.namespace} namespace.`);
    return undefined;
  }
  return { targets, errors: [...errors] };
}

/** Existing objects named on the command line (NotFound ones are reported in `errors`). */
export function liveTargets(p: ParsedArgs, ctx: KubectlContext, args: string[], opts: { all?: boolean } = {}): { targets: Target[]; errors: string[] } {
  const sel = selectTargets(p, ctx, { args, selector: p.flags.selector as string | undefined, all: opts.all, requireObject: true });
  return { targets: sel.targets, errors: sel.errors };
}

/** Print collected per-object errors the way cmdutil.CheckErr prints an aggregate, and fail. */
export function failWith(out: Output, errors: string[]): void {
  if (errors.length) out.fail(errors.map((e) => e.replace(/\n$/, '')).join('\n'));
}

/** Write a changed copy of a live object (the effect of kubectl's patch). */
export function writeBack(ctx: KubectlContext, obj: KObject): KObject {
  const upd = structuredClone(obj);
  delete upd.metadata.resourceVersion;
  return ctx.cluster.api.update(upd, { namespace: ctx.namespace, user: ctx.user });
}

/**
 * kubectl's deploymentutil.GetAllReplicaSets: the replica sets the deployment controls (by
 * selector and controller reference), split into the new one and the old ones.
 */
export function deploymentReplicaSets(ctx: KubectlContext, d: KObject): { newRS?: KObject; oldRSs: KObject[]; all: KObject[] } {
  const owned = ctx.cluster.api
    .list('replicasets.apps', d.metadata.namespace)
    .filter((rs) => matchesSelector(d.spec?.selector, rs.metadata.labels) && controllerOf(rs)?.uid === d.metadata.uid);
  const newRS = findNewReplicaSet(d, owned);
  const oldRSs = owned.filter((rs) => rs !== newRS);
  return { newRS, oldRSs, all: newRS ? [...oldRSs, newRS] : oldRSs };
}

/** cobra's notice for the deprecated --record flag (genericclioptions RecordFlags). */
const RECORD_DEPRECATION = 'Flag --record has been deprecated, --record will be removed in the future';

/** Whether `--record` asks for a change cause (warning printed as cobra does when the flag is used). */
export function recording(p: ParsedArgs, out: Output): boolean {
  if (!p.set.has('record')) return false;
  out.warn(RECORD_DEPRECATION);
  return p.flags.record === true;
}
