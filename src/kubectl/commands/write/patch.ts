/** `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (or `--patch-file`). */
import { parse as parseYaml } from 'yaml';
import type { KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import { applyJsonPatch, JsonPatchError, type JsonPatchOp } from '../../../sim/apiserver/patch/json-patch';
import { jsonMergePatch } from '../../../sim/apiserver/patch/json-merge';
import { deepEqual, PatchError, strategicMerge } from '../../../sim/apiserver/patch/strategic-merge';
import type { CommandDef } from '../../command';
import { DRY_RUN_FLAG, flushErrors, dryRunOf, FILENAME_FLAGS, opLine, OUTPUT_FLAG, printEach } from './common';
import { selectTargets } from './targets';

export const patchCommands: CommandDef[] = [];

const PATCH_TYPES = ['json', 'merge', 'strategic'];

patchCommands.push({
  path: ['patch'],
  short: 'Update fields of a resource',
  flags: [
    ...FILENAME_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'patch', short: 'p', type: 'string' },
    { name: 'patch-file', type: 'string' },
    { name: 'type', type: 'string', default: 'strategic' },
    { name: 'local', type: 'bool' },
    { name: 'subresource', type: 'string' },
    { name: 'field-manager', type: 'string' },
    { name: 'record', type: 'bool' },
  ],
  run(p, ctx, out) {
    const text = p.flags.patch as string | undefined;
    const file = p.flags['patch-file'] as string | undefined;
    if (text !== undefined && file !== undefined) throw new KubectlError('cannot specify --patch and --patch-file together');
    if (text === undefined && file === undefined) throw new KubectlError('must specify --patch or --patch-file containing the contents of the patch');
    const type = String(p.flags.type).toLowerCase();
    if (!PATCH_TYPES.includes(type)) throw new KubectlError(`--type must be one of [${PATCH_TYPES.join(' ')}], not "${p.flags.type}"`);
    let raw = text;
    if (file !== undefined) {
      raw = ctx.fs.read(file);
      if (raw === undefined) throw new KubectlError(`unable to read patch file: open ${file}: no such file or directory`);
    }
    let patch: unknown;
    try {
      // kubectl accepts YAML or JSON (yaml.ToJSON)
      patch = parseYaml(raw!);
    } catch (e) {
      throw new KubectlError(`unable to parse "${text ?? raw}": ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    const dry = dryRunOf(p);
    const output = p.flags.output as string | undefined;
    const sel = selectTargets(p, ctx, { args: p.args, requireObject: true });
    if (!sel.targets.length && !sel.errors.length) throw new KubectlError('no objects passed to patch');
    const printed: KObject[] = [];
    for (const t of sel.targets) {
      const live = t.obj!;
      let next: KObject;
      if (type === 'json') {
        if (!Array.isArray(patch)) {
          out.fail(`Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
          continue;
        }
        try {
          next = applyJsonPatch(live, patch as JsonPatchOp[]);
        } catch (e) {
          if (!(e instanceof JsonPatchError)) throw e;
          out.fail(`Error from server: jsonpatch ${e.message}`);
          continue;
        }
      } else if (type === 'merge') {
        next = jsonMergePatch(live, patch) as KObject;
      } else {
        try {
          next = strategicMerge(live, patch, t.rt.kind);
        } catch (e) {
          if (!(e instanceof PatchError)) throw e;
          out.fail(`Error from server: ${e.message}`);
          continue;
        }
      }
      // the patch may carry a resourceVersion (optimistic locking); otherwise it applies to the current one
      next.metadata = { ...next.metadata, resourceVersion: next.metadata?.resourceVersion ?? live.metadata.resourceVersion };
      // kubectl patch sends no fieldValidation: the server's default, Warn, drops unknown fields with a warning each
      const result = dry === 'client' ? next : ctx.cluster.api.update(next, { dryRun: dry === 'server', namespace: t.namespace, user: ctx.user, fieldValidation: 'Warn' });
      const changed = !deepEqual(result, live);
      if (output && output !== 'name') printed.push(result);
      else out.line(opLine(result, changed ? 'patched' : 'patched (no change)', dry, output));
    }
    if (printed.length) out.write(printEach(printed, output!));
    flushErrors(out, sel.errs);
  },
});
