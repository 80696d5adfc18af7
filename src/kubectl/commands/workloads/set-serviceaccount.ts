/** `kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT`, alias `sa` (kubectl pkg/cmd/set/set_serviceaccount.go). */
import { CHANGE_CAUSE_ANNOTATION } from '../../../sim/controllers/deployment-util';
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { SET_SERVICEACCOUNT_HELP } from '../../help/set-serviceaccount';
import { changeCause, DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { recording } from './common';
import { checkSetPrinter, infoName, noPodTemplate, podSpecOf, sendPatches, setObjects, type SetPatch } from './set-common';

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
    const patches: SetPatch[] = objects.map(({ obj, plural }) => {
      const upd = structuredClone(obj);
      const spec = podSpecOf(upd);
      if (!spec) return { obj, upd, error: `error: ${infoName(obj, plural)} ${noPodTemplate(obj)}\n` };
      spec.serviceAccountName = account;
      if (record) upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: changeCause(['set', alias], p) };
      return { obj, upd };
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
      { name: 'field-manager', type: 'string' },
      { name: 'template', type: 'string' },
      { name: 'allow-missing-template-keys', type: 'bool' },
      { name: 'show-managed-fields', type: 'bool' },
    ],
    run: run(alias),
  });
}
