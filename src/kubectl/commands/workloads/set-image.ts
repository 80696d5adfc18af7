/** `kubectl set image (-f FILENAME | TYPE NAME | TYPE/NAME) CONTAINER=IMAGE ...` (kubectl pkg/cmd/set/set_image.go). */
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { splitPairs } from '../write/label-annotate';
import { HELP } from '../../help/set';
import { recording, SELECTION_FLAGS } from './common';
import { checkSetPrinter, podTemplatePatches, recordCause, sendPatches, SET_PRINT_FLAGS, setObjects, type SetContainer } from './set-common';

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
  const record = recording(p, out);
  const dry = dryRunOf(p);
  checkSetPrinter(p);
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
  const objects = setObjects(p, ctx, out, resources);
  if (!objects) return;
  const validation: string[] = [];
  if (p.flags.all && p.flags.selector) validation.push('cannot set --all and --selector at the same time');
  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (resources.length < 1 && files.length === 0) validation.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (images.size < 1) validation.push('at least one image update is required');
  else if (images.size > 1 && images.has('*')) validation.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (p.flags.local && dry === 'server') validation.push('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  if (validation.length) throw new KubectlError(validation.length === 1 ? validation[0] : `[${validation.join(', ')}]`);

  // CalculatePatches runs the change over every object first: its container errors come before the patches'
  const errs: string[] = [];
  const patches = podTemplatePatches(objects, (upd, spec) => {
    for (const [name, image] of images) {
      const inInit = setImage(spec.initContainers, name, image);
      const inMain = setImage(spec.containers, name, image);
      if (!inInit && !inMain) errs.push(`error: unable to find container named "${name}"`);
    }
    if (record) recordCause(upd, p, ['set', 'image']);
  });
  sendPatches(p, ctx, out, patches, errs, { operation: 'image updated', failed: 'failed to patch image update to pod template: ' });
}

setImageCommands.push({
  path: ['set', 'image'],
  short: 'Update the image of a pod template',
  help: HELP['set image'],
  flags: [
    ...SELECTION_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool' },
    { name: 'local', type: 'bool' },
    { name: 'record', type: 'bool' },
    ...SET_PRINT_FLAGS,
  ],
  run,
});
