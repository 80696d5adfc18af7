/** `kubectl set image (TYPE NAME | TYPE/NAME) CONTAINER=IMAGE ...` (kubectl pkg/cmd/set/set_image.go). */
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import type { CommandDef } from '../../command';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { splitPairs } from '../write/label-annotate';
import { CHANGE_CAUSE_ANNOTATION } from '../../../sim/controllers/deployment-util';
import { failWith, liveTargets, recording, refOf, SELECTION_FLAGS, writeBack } from './common';
import { changeCause } from '../write/common';

export const setImageCommands: CommandDef[] = [];

/** Where each kind keeps its pod spec (polymorphichelpers updatepodspec.go); undefined for kinds without one. */
export function podSpecOf(obj: KObject): { containers?: { name: string; image?: string }[]; initContainers?: { name: string; image?: string }[] } | undefined {
  switch (obj.kind) {
    case 'Pod':
      return obj.spec;
    case 'ReplicationController':
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'Job':
      return obj.spec?.template?.spec;
    case 'CronJob':
      return obj.spec?.jobTemplate?.spec?.template?.spec;
    default:
      return undefined;
  }
}

/** Go type names for the "not a pod" error. */
export const GO_TYPE: Record<string, string> = { Service: '*v1.Service', ConfigMap: '*v1.ConfigMap', Secret: '*v1.Secret', Node: '*v1.Node', Namespace: '*v1.Namespace' };

function setImage(containers: { name: string; image?: string }[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      c.image = image;
      found = true;
    }
  }
  return found;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const dry = dryRunOf(p);
  const output = p.flags.output as string | undefined;
  const record = recording(p, out);
  const { resources, pairs } = splitPairs(p.args, 'image');
  const images = new Map<string, string>();
  const invalid: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) invalid.push(pair);
    else images.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  if (invalid.length) throw new KubectlError(`invalid image format: ${invalid.join(', ')}`);
  // Complete resolves the objects (and stops at the first failed lookup) before Validate runs
  const { targets, errors } = liveTargets(p, ctx, resources, { all: !!p.flags.all });
  if (errors.length) return failWith(out, errors);
  const validation: string[] = [];
  if (p.flags.all && p.flags.selector) validation.push('cannot set --all and --selector at the same time');
  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (resources.length < 1 && files.length === 0) validation.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (images.size < 1) validation.push('at least one image update is required');
  else if (images.size > 1 && images.has('*')) validation.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (validation.length) throw new KubectlError(validation.length === 1 ? validation[0] : `[${validation.join(', ')}]`);

  const allErrs: string[] = [];
  for (const t of targets) {
    const upd = structuredClone(t.obj!);
    const spec = podSpecOf(upd);
    if (!spec) {
      allErrs.push(`error: ${t.rt.plural}/${t.name} the object is not a pod or does not have a pod template: ${GO_TYPE[upd.kind] ?? `*v1.${upd.kind}`}`);
      continue;
    }
    for (const [name, image] of images) {
      const inInit = setImage(spec.initContainers, name, image);
      const inMain = setImage(spec.containers, name, image);
      if (!inInit && !inMain) allErrs.push(`error: unable to find container named "${name}"`);
    }
    if (record) upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: changeCause(['set', 'image'], p) };
    // an unchanged object makes an empty patch: nothing is sent or printed
    if (JSON.stringify(upd) === JSON.stringify(t.obj)) continue;
    const result = dry === 'none' ? writeBack(ctx, upd) : dry === 'server' ? ctx.cluster.api.update(upd, { dryRun: true }) : upd;
    if (output && output !== 'name') out.write(printObjects([result], output, { allowedFormats: NON_TABLE_FORMATS }));
    else out.line(output === 'name' ? refOf(t) : `${refOf(t)} image updated${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}`);
  }
  failWith(out, allErrs);
}

setImageCommands.push({
  path: ['set', 'image'],
  short: 'Update the image of a pod template',
  flags: [...SELECTION_FLAGS, DRY_RUN_FLAG, OUTPUT_FLAG, { name: 'all', type: 'bool' }, { name: 'local', type: 'bool' }, { name: 'record', type: 'bool' }, { name: 'field-manager', type: 'string' }],
  run,
});
