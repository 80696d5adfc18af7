/** `kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version]` (kubectl pkg/cmd/set/set_selector.go). */
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { SET_SELECTOR_HELP } from '../../help/set-selector';
import { parseToLabelSelector, type ParsedLabelSelector } from '../../label-selector-string';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { recording } from './common';
import { checkSetPrinter, recordCause, sendPatches, SET_PRINT_FLAGS, visitSetObjects, type SetPatch } from './set-common';

export const setSelectorCommands: CommandDef[] = [];

/** Go's `%v` of a []LabelSelectorRequirement: `[{a In [b c]} {x Exists []}]`. */
function expressionsText(selector: ParsedLabelSelector): string {
  return `[${selector.matchExpressions.map((r) => `{${r.key} ${r.operator} [${r.values.join(' ')}]}`).join(' ')}]`;
}

/** updateSelectorForObject: a Service's selector becomes the matchLabels; other kinds, or expressions, are refused. */
function selectorError(kind: string, selector: ParsedLabelSelector): string | undefined {
  if (kind !== 'Service') return 'setting a selector is only supported for Services';
  if (selector.matchExpressions.length) return `match expression ${expressionsText(selector)} not supported on this object`;
  return undefined;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const record = recording(p, out);
  // no --local/--dry-run=server check: the command has none (a local server dry run prints its line)
  dryRunOf(p);
  // getResourcesAndSelector: the last argument is the selector
  const selector = p.args.length ? parseToLabelSelector(p.args[p.args.length - 1]) : undefined;
  checkSetPrinter(p);
  if (!selector) throw new KubectlError('one selector is required');
  const visited = visitSetObjects(p, ctx, out, p.args.slice(0, -1));
  if (!visited) return;
  const { objects, readerError } = visited;
  const resourceVersion = String(p.flags['resource-version'] ?? '');
  const patches: SetPatch[] = objects.map(({ obj }) => {
    const upd = structuredClone(obj);
    const error = selectorError(String(upd.kind), selector);
    if (error) return { obj, upd, error };
    if (resourceVersion) upd.metadata.resourceVersion = resourceVersion;
    const labels = selector.matchLabels;
    if (Object.keys(labels).length) upd.spec = { ...(upd.spec ?? {}), selector: labels };
    else if (upd.spec) delete upd.spec.selector;
    if (record) recordCause(upd, p, ['set', 'selector']);
    return { obj, upd, preconditioned: !!resourceVersion };
  });
  // Visit hands the readers' aggregate back after the objects' errors
  sendPatches(p, ctx, out, patches, [], { operation: 'selector updated', keepUnchanged: true, lastError: readerError });
}

setSelectorCommands.push({
  path: ['set', 'selector'],
  short: 'Set the selector on a resource',
  help: SET_SELECTOR_HELP,
  flags: [
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'recursive', short: 'R', type: 'bool', default: true },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool' },
    { name: 'local', type: 'bool' },
    { name: 'record', type: 'bool' },
    { name: 'resource-version', type: 'string' },
    ...SET_PRINT_FLAGS,
  ],
  run,
});
