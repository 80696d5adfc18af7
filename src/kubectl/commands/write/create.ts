/** `kubectl create -f FILE`: POST each object; errors say `error when creating "<file>"`. */
import { ApiError, type KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { checkRequestSize, cmdErr, type CmdErr, COMPAT_FLAGS, DRY_RUN_FLAG, dryRunOf, flushErrors, readerErrors, FILENAME_FLAGS, opLine, OUTPUT_FLAG, printEach, recordChangeCause, withLastApplied } from './common';
import { fieldValidationOf } from './validate-flag';
import { loadInfos } from './sources';
import { recording } from '../workloads/common';

export const createCommands: CommandDef[] = [];

createCommands.push({
  path: ['create'],
  short: 'Create a resource from a file or from stdin',
  flags: [...FILENAME_FLAGS, ...COMPAT_FLAGS, DRY_RUN_FLAG, OUTPUT_FLAG, { name: 'edit', type: 'bool' }, { name: 'selector', short: 'l', type: 'string' }, { name: 'raw', type: 'string' }, { name: 'windows-line-endings', type: 'bool' }],
  run(p, ctx, out) {
    const record = recording(p, out);
    if (p.args.length) throw new KubectlError(`Unexpected args: [${p.args.join(' ')}]\nSee 'kubectl create -h' for help and examples`);
    const dry = dryRunOf(p);
    const fieldValidation = fieldValidationOf(p);
    const output = p.flags.output as string | undefined;
    const loaded = loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'));
    for (const w of loaded.warnings) out.warn(w);
    const infos = loaded.infos;
    recordChangeCause(record, infos, ['create'], p);
    const errors: CmdErr[] = [];
    let count = 0;
    const printed: KObject[] = [];
    for (const info of infos) {
      const obj = p.flags['save-config'] ? withLastApplied(info.obj) : info.obj;
      try {
        checkRequestSize(obj, info.tooLarge);
        const created = dry === 'client' ? obj : ctx.cluster.api.create(obj, { dryRun: dry === 'server', namespace: info.namespace, user: ctx.user, fieldValidation });
        count++;
        if (output && output !== 'name') {
          // the YAML printer separates the second and later documents with ---
          out.write((printed.length && output === 'yaml' ? '---\n' : '') + printEach([created], output));
          printed.push(created);
        } else out.line(opLine(created, 'created', dry, output));
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        errors.push(cmdErr(e, 'creating', info.source));
      }
    }
    // the reader's aggregate comes back from the visit after the objects' own errors
    errors.push(...readerErrors(loaded));
    flushErrors(out, errors);
    if (!count && !errors.length) out.fail('error: no objects passed to create');
  },
});
