/**
 * `kubectl diff -f`: each object as it is (LIVE) and as applying the file would leave it (MERGED,
 * from a dry-run patch or create), printed as YAML into two temporary directories that
 * `diff -u -N` compares. Exit status 1 when something differs, 2 on an error.
 */
import { strategicMerge, threeWayMergePatch } from '../../../sim/apiserver/patch/strategic-merge';
import { ApiError, type KObject } from '../../../sim/types';
import type { CommandDef } from '../../command';
import type { KubectlContext, Output } from '../../context';
import { unifiedHunks } from '../../diff/unified';
import { formatApiError, KubectlError } from '../../errors';
import { HELP } from '../../help/pending';
import { toYaml } from '../../printers/yaml';
import { flagsFromHelp } from '../cli/help-flags';
import { FILENAME_FLAGS, flushErrors, LAST_APPLIED, readerErrors, withoutLastApplied } from './common';
import { loadInfos, type Info } from './sources';
import { fieldValidationOf } from './validate-flag';
import type { FieldValidation } from '../../../sim/apiserver/request-options';
import type { ParsedArgs } from '../../flags';

/** The Masker's texts for Secret data (values never reach the diff). */
const MASK = '***';
const MASK_BEFORE = '*** (before)';
const MASK_AFTER = '*** (after)';

/** InfoObject.Name(): `group.version.Kind.namespace.name`, the file's name in both directories. */
function fileName(info: Info): string {
  const group = info.rt.group ? `${info.rt.group}.` : '';
  return `${group}${info.rt.version}.${info.rt.kind}.${info.namespace ?? ''}.${info.name}`;
}

/** The object as applying it would store it: a dry-run create, or apply's three-way patch sent with dryRun. */
function merged(ctx: KubectlContext, info: Info, live: KObject | undefined, serverSide: boolean, fieldValidation: FieldValidation): KObject {
  const api = ctx.cluster.api;
  const opts = { dryRun: true, namespace: info.namespace, user: ctx.user, fieldValidation };
  if (!live) return api.create(info.obj, opts);
  if (serverSide) {
    const applied = strategicMerge(live, info.obj, info.rt.kind);
    applied.metadata.resourceVersion = live.metadata.resourceVersion;
    return api.update(applied, opts);
  }
  let original: unknown = null;
  try {
    original = JSON.parse(live.metadata.annotations?.[LAST_APPLIED] ?? 'null');
  } catch {
    original = null;
  }
  const patch = threeWayMergePatch(original, withoutLastApplied(info.obj), live, info.rt.kind);
  // the patcher sends nothing for an empty patch and keeps the live object
  if (Object.keys(patch).length === 0) return live;
  return api.update(strategicMerge(live, patch, info.rt.kind), opts);
}

/** The Masker: Secret data values become `***`, with `(before)`/`(after)` where they differ. */
function maskSecrets(from: KObject | undefined, to: KObject): void {
  const a: Record<string, string> | undefined = from?.data;
  const b: Record<string, string> | undefined = to.data;
  const maskedA: Record<string, string> = {};
  const maskedB: Record<string, string> = {};
  for (const k of Object.keys(a ?? {})) {
    if (b && Object.hasOwn(b, k)) {
      const same = a![k] === b[k];
      maskedA[k] = same ? MASK : MASK_BEFORE;
      maskedB[k] = same ? MASK : MASK_AFTER;
    } else maskedA[k] = MASK;
  }
  for (const k of Object.keys(b ?? {})) if (!Object.hasOwn(maskedB, k)) maskedB[k] = MASK;
  if (from && a) from.data = maskedA;
  if (b) to.data = maskedB;
}

/** What a file in either directory holds: the object as YAML, or nothing for an object that does not exist. */
function printed(obj: KObject | undefined, showManagedFields: boolean): string {
  if (!obj) return '';
  if (!showManagedFields && obj.metadata?.managedFields) delete obj.metadata.managedFields;
  return toYaml(obj);
}

/** A file's modification time as GNU diff prints it in the `---`/`+++` lines. */
function mtime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000000 +0000`;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  if (p.args.length) throw new KubectlError(`Unexpected args: [${p.args.join(' ')}]\nSee 'kubectl diff -h' for help and examples`);
  if (!(p.flags.filename as string[] | undefined)?.length && !p.flags.kustomize) throw new KubectlError('must specify one of -f and -k');
  const serverSide = !!p.flags['server-side'];
  if (p.flags['force-conflicts'] && !serverSide) throw new KubectlError('--force-conflicts only works with --server-side');
  if (p.flags.kustomize || p.flags.prune) throw new KubectlError(`"kubectl diff ${p.flags.kustomize ? '-k' : '--prune'}" is not simulated in this playground`);
  const loaded = loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'));
  for (const w of loaded.warnings) out.warn(w);
  const errors = readerErrors(loaded);
  if (errors.length) {
    flushErrors(out, errors);
    out.code = 2;
    return;
  }
  const fieldValidation = fieldValidationOf(p);
  const rng = ctx.cluster.rng.fork('kubectl diff');
  const dirs = ['LIVE', 'MERGED'].map((d) => `/tmp/${d}-${rng.int(4294967296)}`);
  // a directory holds one file per object name: a later document of the same object replaces it
  const files = new Map<string, [string, string]>();
  for (const info of loaded.infos) {
    let live: KObject | undefined;
    let after: KObject;
    try {
      live = ctx.cluster.api.tryGet(info.rt, info.namespace, info.name);
      after = structuredClone(merged(ctx, info, live, serverSide, fieldValidation));
    } catch (e) {
      if (e instanceof ApiError) return out.fail(formatApiError(e), 2);
      throw e;
    }
    const before = live && structuredClone(live);
    if (info.rt.group === '' && info.rt.kind === 'Secret') maskSecrets(before, after);
    const showManaged = !!p.flags['show-managed-fields'];
    files.set(fileName(info), [printed(before, showManaged), printed(after, showManaged)]);
    if (live?.metadata.deletionTimestamp) out.warn(`Warning: Detected changes to resource ${info.name} which is currently being deleted.`);
  }
  const stamp = mtime(ctx.cluster.now());
  let differs = false;
  for (const name of [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [from, to] = files.get(name)!;
    const hunks = unifiedHunks(from, to);
    if (!hunks) continue;
    differs = true;
    const [a, b] = dirs.map((d) => `${d}/${name}`);
    out.write(`diff -u -N ${a} ${b}\n--- ${a}\t${stamp}\n+++ ${b}\t${stamp}\n${hunks}`);
  }
  if (differs) out.code = 1;
}

export const diffCommand: CommandDef = {
  path: ['diff'],
  short: HELP.diff.split('\n')[0].replace(/\.$/, ''),
  help: HELP.diff,
  // -f splits on commas as apply's does; the rest as the help text lists them
  flags: [...FILENAME_FLAGS, ...flagsFromHelp(HELP.diff).filter((f) => !FILENAME_FLAGS.some((x) => x.name === f.name))],
  run(p, ctx, out) {
    try {
      run(p, ctx, out);
    } catch (e) {
      // CheckDiffErr: kubectl's errors exit 2, since 1 means "differences found"
      if (e instanceof KubectlError) return out.fail(`error: ${e.message}`, 2);
      throw e;
    }
  },
};
