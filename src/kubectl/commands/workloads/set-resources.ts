/** `kubectl set resources (-f FILENAME | TYPE NAME) --limits=... --requests=...` (kubectl pkg/cmd/set/set_resources.go). */
import { QUANTITY_FORMAT_ERROR, canonicalQuantity, quantityError } from '../../../sim/quantity-string';
import { setOwn } from '../../../sim/own';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import type { CommandDef } from '../../command';
import { HELP } from '../../help/set';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { recording, SELECTION_FLAGS } from './common';
import { checkSetPrinter, podTemplatePatches, recordCause, selectedContainers, sendPatches, SET_PRINT_FLAGS, setObjects } from './set-common';

export const setResourcesCommands: CommandDef[] = [];

/** ParseQuantity's error: it reads the text as given (the JSON decoder's trimming does not apply). */
function parseQuantityError(v: string): string | undefined {
  return v === '' || v !== v.trim() ? QUANTITY_FORMAT_ERROR : quantityError(v);
}

/** `cpu=100m,memory=256Mi` as a ResourceList (HandleResourceRequirementsV1); undefined for an empty flag. */
function resourceList(spec: string): Record<string, string> | undefined {
  if (spec === '') return undefined;
  const out: Record<string, string> = {};
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) throw new KubectlError(`Invalid argument syntax ${statement}, expected <resource>=<value>`);
    const error = parseQuantityError(parts[1]);
    if (error) throw new KubectlError(error);
    setOwn(out, parts[0], canonicalQuantity(parts[1]));
  }
  return out;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const record = recording(p, out);
  const dry = dryRunOf(p);
  checkSetPrinter(p);
  const objects = setObjects(p, ctx, out, p.args);
  if (!objects) return;
  if (p.flags.local && dry === 'server') throw new KubectlError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  if (p.flags.all && p.flags.selector) throw new KubectlError('cannot set --all and --selector at the same time');
  const limitsFlag = String(p.flags.limits ?? '');
  const requestsFlag = String(p.flags.requests ?? '');
  if (!limitsFlag && !requestsFlag) throw new KubectlError('you must specify an update to requests or limits (in the form of --requests/--limits)');
  const limits = resourceList(limitsFlag);
  const requests = resourceList(requestsFlag);
  const selector = String(p.flags.containers ?? '*');

  // CalculatePatches runs the change over every object first: its container errors come before the patches'
  const errs: string[] = [];
  const patches = podTemplatePatches(objects, (upd, spec) => {
    const containers = selectedContainers(spec, selector);
    if (!containers.length) {
      errs.push(`error: unable to find container named ${selector}`);
      return 'skip';
    }
    for (const c of containers) {
      const resources = (c.resources ??= {});
      if (limits) resources.limits = { ...(resources.limits ?? {}), ...limits };
      if (requests) resources.requests = { ...(resources.requests ?? {}), ...requests };
    }
    if (record) recordCause(upd, p, ['set', 'resources']);
  });
  sendPatches(p, ctx, out, patches, errs, { operation: 'resource requirements updated', failed: 'failed to patch resources update to pod template ' });
}

setResourcesCommands.push({
  path: ['set', 'resources'],
  short: 'Update resource requests/limits on objects with pod templates',
  help: HELP['set resources'],
  flags: [
    ...SELECTION_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool' },
    { name: 'containers', short: 'c', type: 'string', default: '*' },
    { name: 'limits', type: 'string' },
    { name: 'requests', type: 'string' },
    { name: 'local', type: 'bool' },
    { name: 'record', type: 'bool' },
    ...SET_PRINT_FLAGS,
  ],
  run,
});
