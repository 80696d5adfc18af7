/** `kubectl set serviceaccount (TYPE NAME | TYPE/NAME) SERVICE_ACCOUNT` (kubectl pkg/cmd/set/set_serviceaccount.go). */
import { ApiError } from '../../../sim/types';
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { DRY_RUN_FLAG, dryRunOf, OUTPUT_FLAG } from '../write/common';
import { failWith, liveTargets, refOf, SELECTION_FLAGS, writeBack } from './common';
import { noPodTemplate, podSpecOf } from './set-common';

export const setServiceAccountCommands: CommandDef[] = [];

const command: CommandDef = {
  path: ['set', 'serviceaccount'],
  short: 'Update the service account of a resource',
  flags: [...SELECTION_FLAGS, DRY_RUN_FLAG, OUTPUT_FLAG, { name: 'all', type: 'bool' }, { name: 'local', type: 'bool' }, { name: 'record', type: 'bool' }, { name: 'field-manager', type: 'string' }],
  run(p, ctx, out) {
    const dry = dryRunOf(p);
    const output = p.flags.output as string | undefined;
    if (!p.args.length) throw new KubectlError('serviceaccount is required');
    const name = p.args[p.args.length - 1];
    const { targets, errors } = liveTargets(p, ctx, p.args.slice(0, -1), { all: !!p.flags.all });
    if (errors.length) return failWith(out, errors);
    const errs: string[] = [];
    for (const t of targets) {
      const upd = structuredClone(t.obj!);
      const spec = podSpecOf(upd);
      if (!spec) {
        errs.push(`error: ${t.rt.plural}/${t.name} ${noPodTemplate(upd)}`);
        continue;
      }
      (spec as { serviceAccountName?: string }).serviceAccountName = name;
      let result = upd;
      if (dry !== 'client') {
        try {
          result = dry === 'server' ? ctx.cluster.api.update(upd, { dryRun: true }) : writeBack(ctx, upd);
        } catch (e) {
          // the aggregate prints each error as is: no `error: ` and the server's own message
          if (!(e instanceof ApiError)) throw e;
          errs.push(`failed to patch ServiceAccountName ${e.message}`);
          continue;
        }
      }
      // unlike set image, an unchanged object is still patched and reported
      if (output && output !== 'name') out.write(printObjects([result], output, { allowedFormats: NON_TABLE_FORMATS }));
      else out.line(output === 'name' ? refOf(t) : `${refOf(t)} serviceaccount updated${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}`);
    }
    failWith(out, errs);
  },
};

setServiceAccountCommands.push(command, { ...command, path: ['set', 'sa'] });
