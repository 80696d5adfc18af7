/**
 * What `kubectl get` / `describe` select (cli-runtime builder, ResourceTypeOrNameArgs): `TYPE[,TYPE] [NAME...]`,
 * `TYPE/NAME...`, the `all` category, `-l`, `--field-selector`, `-A`, `-f`; NotFound errors collected per name.
 */
import { componentStatuses } from '../../../sim/apiserver/component-status';
import { noResourceTypeMessage, resourceKey, RESOURCES, type ResourceType } from '../../../sim/apiserver/resources';
import { selectorFromString } from '../../../sim/labels';
import { ApiError, type KObject } from '../../../sim/types';
import type { KubectlContext } from '../../context';
import { shortNameWarnings } from '../../rest-mapper';
import { formatApiError, KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { simCluster } from '../../identity';
import { flatReaderErrors, loadInfos } from '../write/sources';
import { fieldSelectorFor, gvrString } from './fieldselector';

/** The `all` category, in discovery order (core, apps, autoscaling, batch). */
export const ALL_CATEGORY = [
  'pods',
  'replicationcontrollers',
  'services',
  'daemonsets.apps',
  'deployments.apps',
  'replicasets.apps',
  'statefulsets.apps',
  'horizontalpodautoscalers.autoscaling',
  'cronjobs.batch',
  'jobs.batch',
];

/** Server warnings for deprecated resources, printed before any output (deduplicated). */
export const DEPRECATION: Record<string, string> = {
  endpoints: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
  componentstatuses: 'Warning: v1 ComponentStatus is deprecated in v1.19+',
};

export interface QueryOptions {
  allNamespaces?: boolean;
  selector?: string;
  fieldSelector?: string;
  ignoreNotFound?: boolean;
  /** describe: names are prefixes (kubectl describe matches by prefix when the exact name is missing). */
  prefixMatch?: boolean;
}

/** An aggregate's line as kubectl's error handler prints it: each error's own text, no `error: ` in front. */
export function unprefixed(e: string): string {
  return e.startsWith('error: ') ? e.slice('error: '.length) : e;
}

export interface QueryResult {
  /** Objects in output order, each with its resource type and, when a list returned it, that list's number. */
  items: { rt: ResourceType; obj: KObject; list?: number }[];
  /** Printed after the output, one line each. */
  errors: string[];
  /** Printed before the output. */
  warnings: string[];
  /** One `TYPE NAME` or `TYPE/NAME`: yaml/json print the object itself, not a List. */
  singleItem: boolean;
  /** Every requested type is namespaced and -A is off (for the `No resources found` wording). */
  allNamespaced: boolean;
  /** The resource types asked for, in order. */
  types: ResourceType[];
  /** Result infos of more than one kind (each listed type counts, found named objects count): names get a `kind/` prefix. */
  multipleKinds: boolean;
}

/** Resolve a user-typed resource, failing like the REST mapper. */
function resolveType(ctx: KubectlContext, arg: string, warnings: string[]): ResourceType {
  const rt = ctx.cluster.api.resource(arg);
  if (!rt) throw new KubectlError(noResourceTypeMessage(arg));
  for (const w of shortNameWarnings(arg)) if (!warnings.includes(w)) warnings.push(w);
  return rt;
}

function expandTypes(ctx: KubectlContext, arg: string, warnings: string[]): ResourceType[] {
  const out: ResourceType[] = [];
  for (const t of arg.split(',')) {
    if (t === 'all') {
      for (const key of ALL_CATEGORY) {
        const rt = RESOURCES.find((r) => resourceKey(r) === key);
        if (rt) out.push(rt);
      }
    } else out.push(resolveType(ctx, t, warnings));
  }
  return out;
}

/** A label selector the server parses; a bad one fails each list with BadRequest (EnhanceListError wording). */
function labelMatcher(sel: string | undefined): { match?: (l: Record<string, string>) => boolean; error?: string } {
  if (!sel) return {};
  try {
    return { match: selectorFromString(sel) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function notFound(rt: ResourceType, name: string): string {
  return `Error from server (NotFound): ${resourceKey(rt)} "${name}" not found`;
}

export function runQuery(p: ParsedArgs, ctx: KubectlContext, args: string[], o: QueryOptions): QueryResult {
  const res = collect(p, ctx, args, o);
  return res;
}

function collect(p: ParsedArgs, ctx: KubectlContext, args: string[], o: QueryOptions): QueryResult {
  const api = ctx.cluster.api;
  const ns = o.allNamespaces ? undefined : ctx.namespace;
  const res: QueryResult = { items: [], errors: [], warnings: [], singleItem: false, allNamespaced: !o.allNamespaces, types: [], multipleKinds: false };
  const infoKinds = new Set<ResourceType>();
  const warn = (rt: ResourceType) => {
    const w = DEPRECATION[resourceKey(rt)];
    if (w && !res.warnings.includes(w)) res.warnings.push(w);
  };
  const parsedLabels = labelMatcher(o.selector);
  const labels = parsedLabels.match;

  let lists = 0;
  const probed = () => componentStatuses(simCluster(ctx).etcd, (ms) => simCluster(ctx).advance(ms));
  const listAll = (rt: ResourceType) => {
    warn(rt);
    if (parsedLabels.error) {
      throw new ApiError(400, 'BadRequest', `Unable to find "${gvrString(rt)}" that match label selector "${o.selector}", field selector "${o.fieldSelector ?? ''}": ${parsedLabels.error}`);
    }
    if (!rt.namespaced) res.allNamespaced = false;
    const field = o.fieldSelector ? fieldSelectorFor(rt, resourceKey(rt), o.fieldSelector, o.selector ?? '') : undefined;
    let items = rt.plural === 'componentstatuses' ? probed() : api.list(rt, rt.namespaced ? ns : undefined, { labelSelector: labels, fieldSelector: field });
    if (rt.plural === 'componentstatuses') items = items.filter((o) => (!labels || labels(o.metadata.labels ?? {})) && (!field || field(o)));
    // a list is one info even when empty (kubectl receives one Table per type)
    infoKinds.add(rt);
    const list = ++lists;
    for (const obj of items) res.items.push({ rt, obj, list });
  };
  const getOne = (rt: ResourceType, name: string) => {
    warn(rt);
    if (!rt.namespaced) res.allNamespaced = false;
    const obj = rt.plural === 'componentstatuses' ? probed().find((c) => c.metadata.name === name) : api.tryGet(rt, rt.namespaced ? ctx.namespace : undefined, name);
    if (obj) {
      res.items.push({ rt, obj });
      infoKinds.add(rt);
      return;
    }
    if (o.prefixMatch) {
      const matches = api.list(rt, rt.namespaced ? ctx.namespace : undefined).filter((x) => (x.metadata.name ?? '').startsWith(name));
      if (matches.length) {
        for (const m of matches) res.items.push({ rt, obj: m });
        return;
      }
    }
    if (!o.ignoreNotFound) res.errors.push(notFound(rt, name));
  };

  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (files.length) {
    const loaded = loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'));
    for (const info of loaded.infos) {
      res.types.push(info.rt);
      const obj = api.tryGet(info.rt, info.namespace, info.name);
      warn(info.rt);
      if (obj) res.items.push({ rt: info.rt, obj });
      else if (!o.ignoreNotFound) res.errors.push(notFound(info.rt, info.name));
    }
    res.errors.push(...flatReaderErrors(loaded));
    // one file path implies a single item (stdin is a stream); a visitor error then stops -o output before printing
    res.singleItem = files.length === 1 && files[0] !== '-' && (loaded.infos.length === 1 || loaded.errors.length + loaded.namespaceErrors.length > 0);
    res.multipleKinds = new Set(res.items.map((x) => x.rt)).size > 1;
    return res;
  }

  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length) {
    if (slashed.length !== args.length) {
      if (!args[0].includes('/')) {
        throw new KubectlError(
          `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
        );
      }
      throw new KubectlError('arguments must consist of a resource or a resource and name');
    }
    if (o.selector) throw new KubectlError('selectors and the all flag cannot be used when passing resource/name arguments');
    if (o.allNamespaces) throw new KubectlError('a resource cannot be retrieved by name across all namespaces');
    const pairs = args.map((a) => {
      const parts = a.split('/');
      if (parts.length > 2) throw new KubectlError('arguments in resource/name form may not have more than one slash');
      if (!parts[0] || !parts[1]) throw new KubectlError('arguments in resource/name form must have a single resource and name');
      return { rt: resolveType(ctx, parts[0], res.warnings), name: parts[1] };
    });
    res.types = pairs.map((x) => x.rt);
    for (const x of pairs) getOne(x.rt, x.name);
    res.singleItem = pairs.length === 1;
    res.multipleKinds = infoKinds.size > 1;
    return res;
  }

  const types = expandTypes(ctx, args[0], res.warnings);
  res.types = types;
  const names = args.slice(1);
  if (names.length) {
    if (o.selector) throw new KubectlError('name cannot be provided when a selector is specified');
    if (o.allNamespaces) throw new KubectlError('a resource cannot be retrieved by name across all namespaces');
    for (const rt of types) for (const name of names) getOne(rt, name);
    res.singleItem = types.length === 1 && names.length === 1;
    res.multipleKinds = infoKinds.size > 1;
    return res;
  }
  for (const rt of types) {
    try {
      listAll(rt);
    } catch (e) {
      if (e instanceof ApiError) {
        res.errors.push(formatApiError(e));
        continue;
      }
      throw e;
    }
  }
  res.multipleKinds = infoKinds.size > 1;
  return res;
}

