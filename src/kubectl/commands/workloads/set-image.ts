/** `kubectl set image (TYPE NAME | TYPE/NAME) CONTAINER=IMAGE ...` (kubectl pkg/cmd/set/set_image.go). */
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
import { checkErrs, infoName, noPodTemplate, podSpecOf, type SetContainer } from './set-common';

export const setImageCommands: CommandDef[] = [];

function setImage(containers: SetContainer[] | undefined, name: string, image: string): boolean {
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
      allErrs.push(`error: ${infoName(upd, t.rt.plural)} ${noPodTemplate(upd)}\n`);
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
  checkErrs(out, allErrs);
}

setImageCommands.push({
  path: ['set', 'image'],
  short: 'Update the image of a pod template',
  flags: [...SELECTION_FLAGS, DRY_RUN_FLAG, OUTPUT_FLAG, { name: 'all', type: 'bool' }, { name: 'local', type: 'bool' }, { name: 'record', type: 'bool' }, { name: 'field-manager', type: 'string' }],
  run,
});
