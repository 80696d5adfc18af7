/** `kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT`, alias `sa` (kubectl pkg/cmd/set/set_serviceaccount.go). */
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { SET_SERVICEACCOUNT_HELP } from '../../help/set-serviceaccount';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { recording } from './common';
import { checkSetPrinter, podTemplatePatches, recordCause, sendPatches, SET_PRINT_FLAGS, setObjects } from './set-common';

export const setServiceAccountCommands: CommandDef[] = [];

/** The command as invoked (`serviceaccount` or `sa`): --record writes the name the user typed. */
function run(alias: string) {
  return (p: ParsedArgs, ctx: KubectlContext, out: Output): void => {
    const record = recording(p, out);
    if (p.flags.local && dryRunOf(p) === 'server') throw new KubectlError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    checkSetPrinter(p);
    if (!p.args.length) throw new KubectlError('serviceaccount is required');
    const account = p.args[p.args.length - 1];
    const objects = setObjects(p, ctx, out, p.args.slice(0, -1), 'ignore');
    if (!objects) return;
    const patches = podTemplatePatches(objects, (upd, spec) => {
      spec.serviceAccountName = account;
      if (record) recordCause(upd, p, ['set', alias]);
    });
    sendPatches(p, ctx, out, patches, [], { operation: 'serviceaccount updated', failed: 'failed to patch ServiceAccountName ', keepUnchanged: true });
  };
}

for (const alias of ['serviceaccount', 'sa']) {
  setServiceAccountCommands.push({
    path: ['set', alias],
    short: 'Update the service account of a resource',
    help: SET_SERVICEACCOUNT_HELP,
    flags: [
      { name: 'filename', short: 'f', type: 'strings' },
      { name: 'recursive', short: 'R', type: 'bool' },
      { name: 'kustomize', short: 'k', type: 'string' },
      DRY_RUN_FLAG,
      OUTPUT_FLAG,
      { name: 'all', type: 'bool' },
      { name: 'local', type: 'bool' },
      { name: 'record', type: 'bool' },
      ...SET_PRINT_FLAGS,
    ],
    run: run(alias),
  });
}
