/** `kubectl apply -f`: client-side apply with the last-applied annotation and a three-way strategic merge. */
import type { KObject } from '../../../sim/types';
import { ApiError } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { formatApiError, KubectlError } from '../../errors';
import { patchDecodeError } from '../../../sim/apiserver/patch/patch-errors';
import { strategicMerge, threeWayMergePatch, PatchError } from '../../../sim/apiserver/patch/strategic-merge';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { problemsOf } from '../../problems';
import type { CommandDef } from '../../command';
import { checkRequestSize, cmdErr, COMPAT_FLAGS, DRY_RUN_FLAG, dryRunOf, flushErrors, readerErrors, type CmdErr, type ObjectErr, FILENAME_FLAGS, goJson, LAST_APPLIED, objectName, opLine, OUTPUT_FLAG, recordChangeCause, withLastApplied, type DryRun } from './common';
import { fieldValidationOf } from './validate-flag';
import type { FieldValidation, WriteOptions } from '../../../sim/apiserver/request-options';
import { recording } from '../workloads/common';
import { loadInfos, type Info } from './sources';

export const applyCommands: CommandDef[] = [];

applyCommands.push({
  path: ['apply'],
  short: 'Apply a configuration to a resource by file name or stdin',
  flags: [
    ...FILENAME_FLAGS,
    ...COMPAT_FLAGS,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'server-side', type: 'bool' },
    { name: 'force-conflicts', type: 'bool' },
    { name: 'force', type: 'bool' },
    { name: 'prune', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'overwrite', type: 'bool', default: true },
    { name: 'wait', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
  ],
  run(p, ctx, out) {
    const record = recording(p, out);
    if (p.args.length) throw new KubectlError(`Unexpected args: ${JSON.stringify(p.args).replace(/^\[|\]$/g, '').replace(/"/g, '')}\nSee 'kubectl apply -h' for help and examples`);
    const dry = dryRunOf(p);
    const fieldValidation = fieldValidationOf(p);
    const serverSide = !!p.flags['server-side'];
    if (p.flags['force-conflicts'] && !serverSide) throw new KubectlError('--force-conflicts only works with --server-side');
    if (serverSide && dry === 'client') throw new KubectlError("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)");
    const output = p.flags.output as string | undefined;
    if (output && output !== 'name' && !NON_TABLE_FORMATS.includes(output.split('=')[0])) {
      throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${NON_TABLE_FORMATS.join(',')}`);
    }
    const loaded = loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'));
    for (const w of loaded.warnings) out.warn(w);
    const infos = loaded.infos;
    recordChangeCause(record, infos, ['apply'], p);
    const errors: CmdErr[] = readerErrors(loaded);
    if (!infos.length && !errors.length) throw new KubectlError('no objects passed to apply');
    const printed: KObject[] = [];
    for (const info of infos) {
      try {
        const obj = serverSide ? applyServerSide(info, ctx, dry, out, output, fieldValidation) : applyOne(info, ctx, dry, out, output, fieldValidation);
        printed.push(obj);
      } catch (e) {
        const err = e instanceof SourcedError ? e.err : cmdErr(e, 'applying', info.source);
        errors.push(err);
        for (const problem of problemsOf(typeof err === 'string' ? e : err.e, { source: info.source, doc: info.doc, manifest: info.manifest })) ctx.report?.(problem);
      }
    }
    // -o yaml|json prints every object at the end, as one List when there are several
    if (output && output !== 'name' && printed.length) out.write(printObjects(printed, output, { allowedFormats: NON_TABLE_FORMATS }));
    flushErrors(out, errors);
  },
});

function applyOne(info: Info, ctx: KubectlContext, dry: DryRun, out: Output, output: string | undefined, fieldValidation: FieldValidation): KObject {
  const api = ctx.cluster.api;
  if (info.obj.metadata.generateName && !info.name) throw new KubectlError(`from ${info.obj.metadata.generateName}: cannot use generate name with apply`);
  // apply reads the live object first, and client-go refuses a GET without a name
  if (!info.name) throw new SourcedError(`error: error when retrieving current configuration of:\n${infoString(info)}\nfrom server for: "${info.source}": resource name may not be empty`);
  const live = liveObject(api, info);
  const modified = withLastApplied(info.obj);
  const opts = { dryRun: dry !== 'none', namespace: info.namespace, user: ctx.user, fieldValidation };
  if (!live) {
    const created = dry === 'client' ? modified : create(ctx, modified, opts, info);
    if (!output || output === 'name') out.line(opLine(created, 'created', dry, output));
    return created;
  }
  if (!live.metadata.annotations?.[LAST_APPLIED]) {
    out.warn(
      `Warning: resource ${objectName(info.rt, info.name)} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
    );
  }
  let original: unknown;
  try {
    original = JSON.parse(live.metadata.annotations?.[LAST_APPLIED] ?? 'null');
  } catch {
    original = undefined;
  }
  let patch: Record<string, unknown>;
  let patched: KObject;
  try {
    patch = threeWayMergePatch(original, modified, live, info.rt.kind);
    patched = strategicMerge(live, patch, info.rt.kind);
  } catch (e) {
    // kubectl's patcher: the three documents it compared, then the source and the reason
    if (e instanceof PatchError) {
      const original = live.metadata.annotations?.[LAST_APPLIED] ?? '';
      throw new SourcedError(`error: error when creating patch with:\noriginal:\n${original}\nmodified:\n${goJson(modified)}\n\ncurrent:\n${goJson(live)}\n\nfor: "${info.source}": ${e.message}`);
    }
    throw e;
  }
  const unchanged = Object.keys(patch).length === 0;
  let result = patched;
  if (!unchanged && dry !== 'client') {
    try {
      checkRequestSize(patch, info.tooLarge);
      // a resourceVersion in the file travels in the patch: a stale one gets 409 Conflict, as on a real server
      result = api.update(patched, opts);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // the patcher names the file once (AddSourceToErr "patching"), apply names it again around the patch
      const err = patchDecodeError(e, patch) as ApiError;
      const patching = new ApiError(err.code, err.reason, `error when patching "${info.source}": ${err.message}`, err.causes, err.details);
      throw new SourcedError(cmdErr(patching, `applying patch:\n${goJson(patch)}\nto:\n${infoString(info)}\nfor:`, info.source));
    }
  }
  if (live.metadata.deletionTimestamp) out.warn(`Warning: Detected changes to resource ${info.name} which is currently being deleted.`);
  if (!output || output === 'name') out.line(opLine(result, unchanged ? 'unchanged' : 'configured', dry, output));
  return result;
}

function create(ctx: KubectlContext, obj: KObject, opts: WriteOptions, info: Info): KObject {
  try {
    checkRequestSize(obj, info.tooLarge);
    return ctx.cluster.api.create(obj, opts);
  } catch (e) {
    if (e instanceof ApiError) throw new SourcedError(cmdErr(e, 'creating', info.source));
    throw e;
  }
}

/** An error already formatted with its verb and source. */
class SourcedError extends Error {
  constructor(readonly err: ObjectErr) {
    super(typeof err === 'string' ? err : err.e.message);
  }
}

/** The object apply compares against; a failed GET names what it was looking for (the Status reason kept). */
function liveObject(api: KubectlContext['cluster']['api'], info: Info): KObject | undefined {
  try {
    return api.tryGet(info.rt, info.namespace, info.name);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    throw new SourcedError(formatApiError(e, { verb: `retrieving current configuration of:\n${infoString(info)}\nfrom server for:`, file: info.source }));
  }
}

/** cli-runtime Info.String(): the mapping (whose kind is the one asked for: `kind: pod` stays `pod`), then name and namespace. */
function infoString(info: Info): string {
  const gv = info.rt.group ? `${info.rt.group}/${info.rt.version}` : `/${info.rt.version}`;
  const kind = typeof info.obj.kind === 'string' && info.obj.kind ? info.obj.kind : info.rt.kind;
  return `Resource: "${gv}, Resource=${info.rt.plural}", GroupVersionKind: "${gv}, Kind=${kind}"\nName: "${info.name}", Namespace: "${info.namespace ?? ''}"`;
}

/** `--server-side`: the server merges the configuration into the live object (field ownership is not modelled). */
function applyServerSide(info: Info, ctx: KubectlContext, dry: DryRun, out: Output, output: string | undefined, fieldValidation: FieldValidation): KObject {
  const api = ctx.cluster.api;
  const live = api.tryGet(info.rt, info.namespace, info.name);
  const opts = { dryRun: dry !== 'none', namespace: info.namespace, user: ctx.user, fieldValidation };
  let result: KObject;
  if (live) {
    const merged = strategicMerge(live, info.obj, info.rt.kind);
    merged.metadata.resourceVersion = live.metadata.resourceVersion;
    result = api.update(merged, opts);
  } else result = create(ctx, info.obj, opts, info);
  if (!output || output === 'name') out.line(opLine(result, 'serverside-applied', dry, output));
  return result;
}

