/** `kubectl replace -f`: PUT each object from the files (`--force` deletes and re-creates). */
import { ApiError, type KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { checkRequestSize, cmdErr, type CmdErr, COMPAT_FLAGS, DRY_RUN_FLAG, dryRunOf, flushErrors, readerErrors, FILENAME_FLAGS, opLine, OUTPUT_FLAG, recordChangeCause, withLastApplied } from './common';
import { recording } from '../workloads/common';
import { loadInfos } from './sources';
import { waitUntil, FOREVER_MS } from './waiting';

export const replaceCommands: CommandDef[] = [];

replaceCommands.push({
  path: ['replace'],
  short: 'Replace a resource by file name or stdin',
  flags: [...FILENAME_FLAGS, ...COMPAT_FLAGS, DRY_RUN_FLAG, OUTPUT_FLAG, { name: 'force', type: 'bool' }, { name: 'grace-period', type: 'int', default: -1 }, { name: 'cascade', type: 'string' }, { name: 'wait', type: 'bool' }, { name: 'timeout', type: 'duration' }, { name: 'subresource', type: 'string' }],
  run(p, ctx, out) {
    const record = recording(p, out);
    const force = !!p.flags.force;
    if (p.set.has('grace-period') && !force) throw new KubectlError('--grace-period must have --force specified');
    if (p.set.has('timeout') && !force) throw new KubectlError('--timeout must have --force specified');
    if (p.set.has('dry-run') && force) throw new KubectlError('--dry-run can not be used when --force is set');
    const dry = dryRunOf(p);
    const output = p.flags.output as string | undefined;
    const loaded = loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'));
    for (const w of loaded.warnings) out.warn(w);
    const infos = loaded.infos;
    recordChangeCause(record, infos, ['replace'], p);
    const errors: CmdErr[] = [];
    const api = ctx.cluster.api;
    for (const info of infos) {
      // --save-config records the file as the last applied configuration (later applies merge against it)
      if (p.flags['save-config']) info.obj = withLastApplied(info.obj);
      try {
        checkRequestSize(info.obj, info.tooLarge);
        if (force) {
          // delete (if present), wait until it is gone, then create
          const live = api.tryGet(info.rt, info.namespace, info.name);
          if (live) {
            api.delete(info.rt, info.namespace, info.name, { gracePeriodSeconds: (p.flags['grace-period'] as number) >= 0 ? (p.flags['grace-period'] as number) : undefined });
            out.line(`${opLine(live, 'deleted', 'none', output)}`);
            waitUntil(ctx.cluster, () => api.tryGet(info.rt, info.namespace, info.name)?.metadata.uid !== live.metadata.uid, FOREVER_MS);
          }
          const created = api.create(info.obj, { namespace: info.namespace, user: ctx.user });
          out.line(opLine(created, 'replaced', 'none', output));
          continue;
        }
        if (dry === 'client') {
          out.line(opLine(info.obj, 'replaced', dry, output));
          continue;
        }
        // Replace(overwrite=true): a manifest without resourceVersion replaces whatever is there; the
        // helper ignores a GET that fails and sends the PUT as it is, so the PUT's own error is printed
        let live: KObject | undefined;
        let unanswered = false;
        try {
          live = api.tryGet(info.rt, info.namespace, info.name);
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          unanswered = true;
        }
        if (!live && !unanswered) api.get(info.rt, info.namespace, info.name); // throws NotFound
        const obj = structuredClone(info.obj);
        if (live) obj.metadata.resourceVersion ??= live.metadata.resourceVersion;
        const res = api.update(obj, { dryRun: dry === 'server', namespace: info.namespace, user: ctx.user });
        out.line(opLine(res, 'replaced', dry, output));
      } catch (e) {
        if (!(e instanceof ApiError) && !(e instanceof KubectlError)) throw e;
        errors.push(cmdErr(e, 'replacing', info.source));
      }
    }
    // the reader's aggregate comes back from the visit after the objects' own errors
    errors.push(...readerErrors(loaded));
    flushErrors(out, errors);
  },
});
