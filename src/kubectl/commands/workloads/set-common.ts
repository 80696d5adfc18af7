/** What the `kubectl set` commands share (kubectl pkg/cmd/set, polymorphichelpers). */
import { ApiError, type KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { formatApiError, KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { CHANGE_CAUSE_ANNOTATION } from '../../../sim/controllers/deployment-util';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { asTyped } from '../../printers/typed-object';
import { aggregateText, changeCause, dryRunOf, flushErrors, opLine, readerErrors } from '../write/common';
import { loadInfos, type Loaded, type ReaderErr } from '../write/sources';
import { MISSING_RESOURCE } from '../write/targets';
import { failWith, liveTargets, writeBack } from './common';

/** A container as the set commands read and change it. */
export interface SetContainer {
  name: string;
  image?: string;
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
  env?: SetEnvVar[] | null;
}

/** A container's environment variable (v1.EnvVar). */
export interface SetEnvVar {
  name: string;
  value?: string;
  valueFrom?: Record<string, Record<string, string> | undefined>;
}

/** The part of a pod spec the set commands change. */
export interface SetPodSpec {
  containers?: SetContainer[];
  initContainers?: SetContainer[];
  serviceAccountName?: string;
}

/**
 * selectString: `spec` with non-greedy `*` wildcards, kept as upstream wrote it (offsets into
 * the rest of the string compared with offsets into the whole, so some names with two parts miss).
 */
export function selectString(s: string, spec: string): boolean {
  if (spec === '*') return true;
  if (!spec.includes('*')) return s === spec;
  let pos = 0;
  const parts = spec.split('*');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.length) continue;
    const next = s.slice(pos).indexOf(part);
    if (next < pos || (i === 0 && pos !== 0) || (i === parts.length - 1 && s.length !== part.length + next)) return false;
    pos = next;
  }
  return true;
}

/** Where each kind keeps its pod spec (polymorphichelpers updatepodspec.go); undefined for kinds without one. */
function podSpecOf(obj: KObject): SetPodSpec | undefined {
  switch (obj.kind) {
    case 'Pod':
      return obj.spec;
    case 'ReplicationController':
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'Job':
      return obj.spec?.template?.spec;
    case 'CronJob':
      return obj.spec?.jobTemplate?.spec?.template?.spec;
    default:
      return undefined;
  }
}

/** The flags every `kubectl set` command ends with: --field-manager and the print flags it shares with apply. */
export const SET_PRINT_FLAGS: FlagSpec[] = [
  { name: 'field-manager', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
];

/** A copy of the object to change and its pod spec, or the patch that carries UpdatePodSpecForObject's error. */
function podTemplateUpdate(obj: KObject, plural: string | undefined): { upd: KObject; spec: SetPodSpec } | { refused: SetPatch } {
  const upd = structuredClone(obj);
  const spec = podSpecOf(upd);
  return spec ? { upd, spec } : { refused: { obj, upd, error: `error: ${infoName(obj, plural)} ${noPodTemplate(obj)}\n` } };
}

/** What a command's change of one pod template gave: nothing to add, an error the patch carries, or no patch at all. */
export type PodTemplateChange = void | { error: string } | 'skip';

/** CalculatePatches: `change` applied to a copy of each object's pod template, in order; an object without one gets UpdatePodSpecForObject's error. */
export function podTemplatePatches(objects: readonly SetObject[], change: (upd: KObject, spec: SetPodSpec, o: SetObject) => PodTemplateChange): SetPatch[] {
  const patches: SetPatch[] = [];
  for (const o of objects) {
    const c = podTemplateUpdate(o.obj, o.plural);
    if ('refused' in c) {
      patches.push(c.refused);
      continue;
    }
    const r = change(c.upd, c.spec, o);
    if (r === 'skip') continue;
    patches.push(r ? { obj: o.obj, upd: c.upd, error: r.error } : { obj: o.obj, upd: c.upd });
  }
  return patches;
}

/** --record: the changed copy's change-cause annotation holds the command line. */
export function recordCause(upd: KObject, p: ParsedArgs, command: string[]): void {
  upd.metadata.annotations = { ...(upd.metadata.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: changeCause(command, p) };
}

/** The containers, then the init containers, whose names match the --containers glob. */
export function selectedContainers(spec: SetPodSpec, selector: string): SetContainer[] {
  const pick = (list: SetContainer[] | undefined) => (list ?? []).filter((c) => selectString(c.name, selector));
  return [...pick(spec.containers), ...pick(spec.initContainers)];
}

/** UpdatePodSpecForObject's error for other kinds; `%T` of a typed object is `*<version>.<Kind>`. */
function noPodTemplate(obj: KObject): string {
  const version = String(obj.apiVersion ?? '').split('/').pop();
  return `the object is not a pod or does not have a pod template: *${version}.${obj.kind}`;
}

/**
 * info.ObjectName(): the mapped resource and name (`deployments/web`); a local object has no
 * mapping and is named by its kind, with the group and a newline after the name when it has one.
 */
export function infoName(obj: KObject, plural?: string): string {
  const name = obj.metadata?.name ?? '';
  if (plural) return `${plural}/${name}`;
  const apiVersion = String(obj.apiVersion ?? '');
  const kind = String(obj.kind ?? '').toLowerCase();
  return apiVersion.includes('/') ? `${kind}.${apiVersion.split('/')[0]}/${name}\n` : `${kind}/${name}`;
}

/**
 * cmdutil.CheckErr of the command's aggregate: one error alone with `error: ` before it (a server's
 * error as StandardErrorMessage prints it), several
 * as MultipleErrors prints them (each followed by a newline, so one that ends in one leaves a blank line).
 */
function checkErrs(out: Output, errs: string[]): void {
  if (errs.length === 1) out.fail(/^(error: |Error from server)/.test(errs[0]) ? errs[0] : `error: ${errs[0]}`);
  else if (errs.length > 1) out.fail(errs.map((e) => `${e}\n`).join(''));
}

/** resource.LocalResourceError. */
const LOCAL_RESOURCE = `you must specify resources by --filename when --local is set.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'`;

/** An object to change; `plural` names a server object's resource (a local one has no mapping). */
export interface SetObject {
  obj: KObject;
  plural?: string;
}

/** Complete's PrintFlags.ToPrinter: an `-o` no printer takes fails first. */
export function checkSetPrinter(p: ParsedArgs): void {
  const output = p.flags.output as string | undefined;
  if (output && output !== 'name' && !NON_TABLE_FORMATS.includes(output.split('=')[0])) {
    throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${NON_TABLE_FORMATS.join(',')}`);
  }
}

/**
 * Complete's builder: the objects read from the files (`--local`, through the typed builder) or
 * fetched from the server. Undefined when the builder failed (and its error is printed).
 * `localArgs: 'ignore'`: the command's builder takes no resource arguments with `--local` (set serviceaccount).
 */
export function setObjects(p: ParsedArgs, ctx: KubectlContext, out: Output, resources: string[], localArgs: 'refuse' | 'ignore' = 'refuse'): SetObject[] | undefined {
  if (!p.flags.local) {
    const { targets, errors } = liveTargets(p, ctx, resources, { all: !!p.flags.all });
    if (errors.length) return void failWith(out, errors);
    return targets.map((t) => ({ obj: t.obj!, plural: t.rt.plural }));
  }
  const loaded = localInfos(p, ctx, localArgs === 'refuse' ? resources : []);
  const errors = readerErrors(loaded);
  if (errors.length) return void flushErrors(out, errors);
  return typed(loaded);
}

/**
 * A builder visited object by object (set selector's Visit): the objects it read, and its readers'
 * aggregate as the text the command prints after the objects' own errors.
 */
export function visitSetObjects(p: ParsedArgs, ctx: KubectlContext, out: Output, resources: string[]): { objects: SetObject[]; readerError?: string } | undefined {
  if (!p.flags.local) {
    const objects = setObjects(p, ctx, out, resources);
    return objects && { objects };
  }
  const loaded = localInfos(p, ctx, resources);
  const errs: ReaderErr[] = [...loaded.namespaceErrors, ...(loaded.errors.length ? [loaded.errors] : [])];
  return { objects: typed(loaded), readerError: errs.length ? aggregateText(errs) : undefined };
}

/** The files of `-f`/`-k` read without a server (resource arguments refused). */
function localInfos(p: ParsedArgs, ctx: KubectlContext, resources: string[]): Loaded {
  if (resources.length) throw new KubectlError(LOCAL_RESOURCE);
  if (!((p.flags.filename as string[] | undefined) ?? []).length && !p.flags.kustomize) throw new KubectlError(MISSING_RESOURCE);
  return loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'), { local: true });
}

/** The typed builder holds each object as its Go type (a null container is a zero one). */
function typed(loaded: Loaded): SetObject[] {
  return loaded.infos.map((info) => ({ obj: asTyped(info.obj) }));
}

/** One object's change: the original, the changed copy, or UpdatePodSpecForObject's error. */
export interface SetPatch {
  obj: KObject;
  upd: KObject;
  error?: string;
  /** The changed copy's resourceVersion is a precondition the server checks (set selector --resource-version). */
  preconditioned?: boolean;
}

/**
 * Run's second half: each changed object printed as the typed builder holds it (`--local`,
 * `--dry-run=client`) or sent to the server and its answer printed; unchanged ones skipped
 * unless `keepUnchanged` (set serviceaccount sends even an empty patch).
 * `errs` holds what the change collected; the patches' errors follow, then `lastError`, then all are printed.
 */
export function sendPatches(
  p: ParsedArgs,
  ctx: KubectlContext,
  out: Output,
  patches: SetPatch[],
  errs: string[],
  o: { operation: string; failed?: string; keepUnchanged?: boolean; lastError?: string },
): void {
  const dry = dryRunOf(p);
  const output = p.flags.output as string | undefined;
  const clientSide = !!p.flags.local || dry === 'client';
  let printed = 0;
  for (const { obj, upd, error, preconditioned } of patches) {
    if (error) {
      errs.push(error);
      continue;
    }
    // an unchanged object makes an empty patch: nothing is sent or printed
    if (!o.keepUnchanged && JSON.stringify(asTyped(upd)) === JSON.stringify(asTyped(obj))) continue;
    let result = asTyped(upd);
    if (!clientSide) {
      try {
        const options = { namespace: ctx.namespace, user: ctx.user };
        if (dry === 'server') result = ctx.cluster.api.update(upd, { ...options, dryRun: true });
        else result = preconditioned ? ctx.cluster.api.update(structuredClone(upd), options) : writeBack(ctx, upd);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        // without a wrapping text the command returns the server's error as it is (set selector)
        errs.push(o.failed === undefined ? formatApiError(e) : `${o.failed}${e.message}`);
        continue;
      }
    }
    if (output && output !== 'name') {
      // the YAML printer puts --- before every object after the first
      out.write((printed && output === 'yaml' ? '---\n' : '') + printObjects([result], output, { allowedFormats: NON_TABLE_FORMATS, keepKeyOrder: clientSide }));
    } else out.line(opLine(result, o.operation, dry, output));
    printed++;
  }
  if (o.lastError) errs.push(o.lastError);
  checkErrs(out, errs);
}
