/** Helpers shared by kubectl's mutating commands: naming, dry-run, the last-applied annotation. */
import { isJsonMap, setOwn } from '../../../sim/own';
import { resourceKey, type ResourceType } from '../../../sim/apiserver/resources';
import { ApiError, type KObject } from '../../../sim/types';
import { errorText, formatApiError, KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { CHANGE_CAUSE_ANNOTATION } from '../../../sim/controllers/deployment-util';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { flatten, type Loaded, type ReaderErr } from './sources';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export type DryRun = 'none' | 'client' | 'server';

/** `--dry-run` alone means `unchanged`, which kubectl takes as client (deprecated spelling). */
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged' };
export const OUTPUT_FLAG: FlagSpec = { name: 'output', short: 'o', type: 'string' };
export const FILENAME_FLAGS: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'kustomize', short: 'k', type: 'string' },
];
/** Flags accepted for compatibility and ignored by the simulation. */
export const COMPAT_FLAGS: FlagSpec[] = [
  { name: 'validate', type: 'string' },
  { name: 'field-manager', type: 'string' },
  { name: 'save-config', type: 'bool' },
  { name: 'record', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
];

/** cmdutil.GetDryRunStrategy. */
const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** The klog warning GetDryRunStrategy logs for the deprecated forms (`--dry-run` alone, a boolean), with its helpers.go line. */
export function dryRunDeprecation(p: ParsedArgs): { at: string; msg: string } | undefined {
  if (!p.set.has('dry-run')) return undefined;
  const v = String(p.flags['dry-run']);
  if (v === 'unchanged') return { at: 'helpers.go:731', msg: '--dry-run is deprecated and can be replaced with --dry-run=client.' };
  if (GO_TRUE.includes(v)) return { at: 'helpers.go:745', msg: `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=client.` };
  if (GO_FALSE.includes(v)) return { at: 'helpers.go:748', msg: `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=none.` };
  return undefined;
}

export function dryRunOf(p: ParsedArgs): DryRun {
  const v = String(p.flags['dry-run'] ?? 'none');
  if (v === 'none' || v === 'client' || v === 'server') return v;
  if (v === 'unchanged' || GO_TRUE.includes(v)) return 'client';
  if (GO_FALSE.includes(v)) return 'none';
  throw new KubectlError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/** The name printer's `kind[.group]`: `deployment.apps`, `pod`. */
function kindRef(obj: { apiVersion?: string; kind?: string }): string {
  const group = (obj.apiVersion ?? '').includes('/') ? obj.apiVersion!.split('/')[0] : '';
  const kind = (obj.kind ?? '').toLowerCase();
  return group ? `${kind}.${group}` : kind;
}

export function kindRefOf(rt: ResourceType): string {
  return rt.group ? `${rt.kind.toLowerCase()}.${rt.group}` : rt.kind.toLowerCase();
}

/** The name printer with an operation: `deployment.apps/kubia created (dry run)`. */
export function opLine(obj: KObject, op: string, dry: DryRun, output?: string): string {
  const ref = `${kindRef(obj)}/${obj.metadata?.name ?? ''}`;
  if (output === 'name') return ref;
  return `${ref} ${op}${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}`;
}

/** `info.ObjectName()`: the plural resource and name, e.g. `deployments/kubia`. */
export function objectName(rt: ResourceType, name: string): string {
  return `${rt.plural}/${name}`;
}

export { resourceKey };

/** Go's json.Marshal of a map: keys sorted, `<`, `>`, `&` escaped as in HTML-safe encoding. */
export function goJson(v: unknown): string {
  const sortKeys = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sortKeys);
    if (x && typeof x === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) setOwn(o, k, sortKeys((x as Record<string, unknown>)[k]));
      return o;
    }
    return x;
  };
  return JSON.stringify(sortKeys(v))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * kubectl's GetModifiedConfiguration with annotate=false: a copy without its last-applied
 * annotation (leaving `annotations: {}`), what `kubectl diff` patches with.
 */
export function withoutLastApplied(obj: KObject): KObject {
  const copy = structuredClone(obj);
  // SetAnnotations cannot write into metadata that is not a map: the object goes as it is (and is refused)
  if (!isJsonMap(copy.metadata)) return copy;
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  copy.metadata.annotations = annotations;
  return copy;
}

/** GetModifiedConfiguration with annotate=true: that copy serialized with a trailing newline, stored in the annotation. */
export function withLastApplied(obj: KObject): KObject {
  const copy = withoutLastApplied(obj);
  if (!isJsonMap(copy.metadata)) return copy;
  const value = goJson(copy) + '\n';
  copy.metadata.annotations = { ...copy.metadata.annotations, [LAST_APPLIED]: value };
  return copy;
}

/** Print an error the way kubectl's CheckErr does, with `error when <verb> "<file>": ` for API errors. */
export function errorWithSource(e: unknown, verb: string, source: string | undefined): string {
  if (e instanceof ApiError) {
    // AddSourceToErr keeps the Status reason, so Invalid errors still print as `The X "n" is invalid`
    if (e.reason === 'Invalid' && e.causes.length > 0) return formatApiError(e);
    return formatApiError(e, source ? { verb, file: source } : undefined);
  }
  return errorText(e);
}

/** The API server's request body limit (apiserver MaxRequestBodyBytes: 3 MiB). */
const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

/** Refuse a request body over the limit, as the API server does before decoding it. */
export function checkRequestSize(body: unknown, tooLarge = false): void {
  if (tooLarge || new TextEncoder().encode(JSON.stringify(body)).length > MAX_REQUEST_BYTES) {
    throw new ApiError(413, 'RequestEntityTooLarge' as ApiError['reason'], `Request entity too large: limit is ${MAX_REQUEST_BYTES}`);
  }
}

/**
 * Print objects one PrintObj call at a time, as kubectl's per-object commands (create -f, label,
 * patch) do: the YAML printer puts `---` between documents, JSON objects simply follow each other.
 */
export function printEach(objs: KObject[], output: string): string {
  const docs = objs.map((o) => printObjects([o], output, { allowedFormats: NON_TABLE_FORMATS }));
  return output === 'yaml' ? docs.join('---\n') : docs.join('');
}

/**
 * A per-object error kept until the end: text (client-side, with `error: `), an API error with its
 * source, or the file reader's error (cli-runtime's visitors hand them back as one aggregate).
 */
export type CmdErr = ObjectErr | { group: ReaderErr[] };

/** One object's error: text (client-side, with `error: `) or an API error with its source. */
export type ObjectErr = string | { e: ApiError; verb: string; source?: string };

/**
 * The builder's error as ContinueOnErrorVisitor returns it: the namespace check's errors, then the
 * visitors' aggregate; one error alone as itself (nothing when there are none).
 */
export function readerErrors(loaded: Loaded): CmdErr[] {
  const errs: ReaderErr[] = [...loaded.namespaceErrors];
  if (loaded.errors.length) errs.push(loaded.errors);
  if (errs.length === 1 && typeof errs[0] === 'string') return [errs[0]];
  return errs.length ? [{ group: errs.length === 1 ? loaded.errors : errs }] : [];
}

/** Go's aggregate Error(): nested aggregates flattened, repeated messages once, `[a, b]` for several. */
export function aggregateText(errs: ReaderErr[]): string {
  const msgs = [...new Set(flatten(errs).map((m) => m.replace(/^error: /, '')))];
  return msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`;
}

/** Keep an error for the end of the command (kubectl's ContinueOnError). */
export function cmdErr(e: unknown, verb: string, source?: string): ObjectErr {
  return e instanceof ApiError ? { e, verb, source } : errorWithSource(e, verb, source);
}

/**
 * Print collected errors as kubectl's CheckErr does: one error alone gets the full treatment
 * (`error: ` prefix, `The X "n" is invalid`); several (an aggregate) print one line each with
 * StandardErrorMessage: `Error from server (Reason): …` for API errors, the bare message otherwise,
 * and an aggregate among them as its Error() text.
 */
export function flushErrors(out: { fail(s: string): void }, errs: CmdErr[]): void {
  let lines: (CmdErr | ReaderErr[])[] = errs;
  let several = errs.length > 1;
  // an aggregate alone is reduced to its errors (and an aggregate of one to its one error)
  if (errs.length === 1 && typeof errs[0] === 'object' && 'group' in errs[0]) {
    const group = errs[0].group;
    const only = group.length === 1 ? group[0] : undefined;
    if (Array.isArray(only)) lines = only;
    else lines = group;
    several = Array.isArray(only) || group.length > 1;
  }
  for (const x of lines) {
    if (Array.isArray(x)) out.fail(aggregateText(x));
    else if (typeof x === 'object' && 'group' in x) out.fail(aggregateText(x.group));
    else if (typeof x === 'string') out.fail(several ? x.replace(/^error: /, '') : x);
    else if (!several) out.fail(errorWithSource(x.e, x.verb, x.source));
    else out.fail(`Error from server (${x.e.reason}): ${x.source ? `error when ${x.verb} "${x.source}": ` : ''}${x.e.message}`);
  }
}

/**
 * `--record` (deprecated, still honoured; `record` is what `recording()` returned): the command
 * line becomes each object's `kubernetes.io/change-cause`, which the new ReplicaSet copies and
 * `rollout history` shows.
 */
export function recordChangeCause(record: boolean, infos: { obj: KObject }[], path: string[], p: ParsedArgs): void {
  if (!record) return;
  const cause = changeCause(path, p);
  for (const info of infos) info.obj.metadata.annotations = { ...(info.obj.metadata.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: cause };
}

/**
 * The change cause `--record` stores (genericclioptions parseCommandArguments): `kubectl`, the
 * positional words, then each flag occurrence as ` --name=value`, in the order they were typed
 * (pflag's ParseAll calls back once per occurrence).
 */
export function changeCause(path: string[], p: ParsedArgs): string {
  const words = [...path, ...p.args].join(' ');
  const flags = (p.given ?? []).map(([name, value]) => ` --${name}=${value}`).join('');
  return `kubectl ${words}${flags}`;
}
