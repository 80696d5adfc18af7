/**
 * Selecting existing objects the way cli-runtime's builder does for delete, label, annotate,
 * patch and wait: `TYPE NAME...`, `TYPE/NAME...`, `TYPE -l sel`, `TYPE --all`, or `-f FILE`.
 */
import { findByKey, noResourceTypeMessage, resourceKey, type ResourceType } from '../../../sim/apiserver/resources';
import { ALL_CATEGORY } from '../read/query';
import { selectorFromString } from '../../../sim/labels';
import { fieldSelectorFor } from '../read/fieldselector';
import { ApiError, type KObject } from '../../../sim/types';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { cmdErr, errorWithSource, readerErrors, type CmdErr, type ObjectErr } from './common';
import { flatReaderErrors, loadInfos } from './sources';

export interface Target {
  rt: ResourceType;
  name: string;
  namespace?: string;
  /** The file it came from, for `-f`. */
  source?: string;
  /** The live object (undefined when it does not exist and `requireObject` is false). */
  obj?: KObject;
}

export interface Selection {
  targets: Target[];
  /** Per-object errors (NotFound ...) as printed when alone, after the successes. */
  errors: string[];
  /** The same errors, structured, for `flushErrors` (an aggregate of several prints differently). */
  errs: ObjectErr[];
  /** Whether objects were chosen by `-l` / `--all` (an empty result prints `No resources found`). */
  bulk: boolean;
  /**
   * With `-f`: the file reader's errors as the builder returns them (its aggregate, which the
   * visitor hands back after the errors of the objects it visited); `errs` holds them flat, first.
   */
  reader?: CmdErr[];
}

export const MISSING_RESOURCE = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export interface SelectOptions {
  /** Resource arguments (already split from label pairs etc.). */
  args: string[];
  selector?: string;
  /** `--field-selector`, applied by the API server when listing. */
  fieldSelector?: string;
  /** ResourceTypeOrNameArgs' allowEmptySelector (`--all` of label, scale, set): a lone TYPE means all of it. */
  all?: boolean;
  /** The builder's SelectAllParam (`--all` of delete): a selector matching everything. */
  selectAll?: boolean;
  /** Fetch the live objects (NotFound becomes a per-object error). */
  requireObject?: boolean;
  /** Treat NotFound as nothing (`--ignore-not-found`). */
  ignoreNotFound?: boolean;
}

/** Resolve a user-typed resource type, as the REST mapper does. */
function resourceType(ctx: KubectlContext, arg: string): ResourceType {
  const rt = ctx.cluster.api.resource(arg);
  if (!rt) throw new KubectlError(noResourceTypeMessage(arg));
  return rt;
}


export function selectTargets(p: ParsedArgs, ctx: KubectlContext, o: SelectOptions): Selection {
  return planTargets(p, ctx, o)();
}

/**
 * The builder's Do(): argument checks and type mapping now (they fail before a command's own
 * option checks), the lookups when the returned function runs.
 */
export function planTargets(p: ParsedArgs, ctx: KubectlContext, o: SelectOptions): () => Selection {
  const ns = ctx.namespace;
  const files = (p.flags.filename as string[] | undefined) ?? [];
  const errs: ObjectErr[] = [];
  const targets: Target[] = [];
  const fetch = (t: Target): void => {
    if (!o.requireObject) {
      targets.push(t);
      return;
    }
    const obj = ctx.cluster.api.tryGet(t.rt, t.namespace, t.name);
    if (obj) targets.push({ ...t, obj });
    else if (!o.ignoreNotFound) {
      const e = new ApiError(404, 'NotFound', `${t.rt.group ? `${t.rt.plural}.${t.rt.group}` : t.rt.plural} "${t.name}" not found`);
      errs.push(cmdErr(e, 'retrieving', t.source));
    }
  };
  const fetchAll = (list: Target[]) => () => {
    list.forEach(fetch);
    return done(targets, errs, false);
  };

  const slashed = o.args.filter((a) => a.includes('/'));
  if (files.length) {
    if (o.args.length > slashed.length) throw new KubectlError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    if (slashed.length) throw new KubectlError('resource/name arguments cannot be provided when a path is specified');
    const loaded = loadInfos(p, ctx, ns, p.set.has('namespace'));
    errs.push(...flatReaderErrors(loaded));
    const fetched = fetchAll(loaded.infos.map((info) => ({ rt: info.rt, name: info.name, namespace: info.namespace, source: info.source })));
    return () => ({ ...fetched(), reader: readerErrors(loaded) });
  }
  // the builder's checks, in its order: parameters, then resource/name tuples, selectors, names
  if (o.selectAll && (o.selector || o.fieldSelector)) throw new KubectlError("setting 'all' parameter but found a non empty selector. ");
  const selected = !!(o.selector || o.fieldSelector || o.selectAll);
  if (slashed.length) {
    if (slashed.length !== o.args.length) {
      throw new KubectlError(
        `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
      );
    }
    const tuples = o.args.map((a) => {
      const parts = a.split('/');
      if (parts.length > 2) throw new KubectlError('arguments in resource/name form may not have more than one slash');
      if (!parts[0] || !parts[1]) throw new KubectlError('arguments in resource/name form must have a single resource and name');
      return parts;
    });
    if (selected) throw new KubectlError('selectors and the all flag cannot be used when passing resource/name arguments');
    return fetchAll(
      tuples.map(([type, name]) => {
        const rt = resourceType(ctx, type);
        return { rt, name, namespace: rt.namespaced ? ns : undefined };
      }),
    );
  }

  const [typeArg, ...names] = o.args;
  // `all` is the category kubectl get/delete expand (pods, services, deployments ...)
  const types = (): ResourceType[] =>
    typeArg.split(',').flatMap((t) => (t === 'all' ? ALL_CATEGORY.map((k) => findByKey(k)).filter((rt): rt is ResourceType => !!rt) : [resourceType(ctx, t)]));
  // allowEmptySelector turns a lone TYPE into "all of them"
  if (selected || (o.all && o.args.length === 1)) {
    if (names.length) throw new KubectlError('name cannot be provided when a selector is specified');
    if (typeArg === undefined) throw new KubectlError('at least one resource must be specified to use a selector');
    const rts = types();
    return () => {
      const match = o.selector ? selectorOrError(o.selector) : undefined;
      for (const rt of rts) {
        const fieldSelector = o.fieldSelector ? fieldSelectorFor(rt, resourceKey(rt), o.fieldSelector, o.selector ?? '') : undefined;
        const items = ctx.cluster.api.list(rt, rt.namespaced ? ns : undefined, { ...(match ? { labelSelector: match } : {}), ...(fieldSelector ? { fieldSelector } : {}) });
        for (const obj of [...items].sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1))) {
          targets.push({ rt, name: obj.metadata.name!, namespace: obj.metadata.namespace, obj });
        }
      }
      return done(targets, errs, true);
    };
  }
  if (names.length) return fetchAll(types().flatMap((rt) => names.map((name) => ({ rt, name, namespace: rt.namespaced ? ns : undefined }))));
  if (typeArg !== undefined) {
    types();
    throw new KubectlError('resource(s) were provided, but no name was specified');
  }
  throw new KubectlError(MISSING_RESOURCE);
}

function done(targets: Target[], errs: ObjectErr[], bulk: boolean): Selection {
  const errors = errs.map((x) => (typeof x === 'string' ? x : errorWithSource(x.e, x.verb, x.source)));
  return { targets, errors, errs, bulk };
}

function selectorOrError(sel: string): (labels: Record<string, string>) => boolean {
  try {
    return selectorFromString(sel);
  } catch (e) {
    throw new KubectlError(`unable to parse requirement: ${e instanceof Error ? e.message : String(e)}`);
  }
}
