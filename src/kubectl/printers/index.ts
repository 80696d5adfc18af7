/**
 * kubectl's output printers behind one call, for every command that prints objects
 * (`get`, and `create|run|expose --dry-run -o yaml` elsewhere).
 */
import { findByGvk, resourceKey, type ResourceType } from '../../sim/apiserver/resources';
import type { KObject } from '../../sim/types';
import { KubectlError } from '../errors';
import { toGoJson } from './json';
import { tableFor } from './kinds';
import { renderTable, type TableOptions } from './table';
import { toYaml } from './yaml';
import { printTemplateFormat, isTemplateFormat } from './templates';

export { toYaml } from './yaml';

export interface PrintOptions extends TableOptions {
  /** Virtual now (ms) for AGE columns; default: the newest creationTimestamp seen, so output stays deterministic. */
  now?: number;
  /** yaml/json: wrap in a `kind: List` (default: when there is not exactly one object). */
  list?: boolean;
  /** `-o name` suffix, e.g. `created` → `deployment.apps/x created`. */
  operation?: string;
  /** `--show-managed-fields`: keep metadata.managedFields in yaml/json. */
  showManagedFields?: boolean;
  /** `--show-kind`: prefix names in tables even for one kind. */
  showKind?: boolean;
  /** `-o json`: keep the objects' own key order (typed objects from client-side dry runs); default sorts keys as for server objects. */
  keepKeyOrder?: boolean;
  /** Formats accepted for this command, for the "unable to match a printer" error. */
  allowedFormats?: string[];
  /** Reads `jsonpath-file=` / `custom-columns-file=` / `go-template-file=` templates. */
  readFile?: (path: string) => string | undefined;
}

/** What `kubectl get -o <bad>` lists. */
export const GET_FORMATS = [
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'json',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'name',
  'template',
  'templatefile',
  'wide',
  'yaml',
];

/** What commands without tables (create, apply, run, expose ...) accept. */
export const NON_TABLE_FORMATS = GET_FORMATS.filter((f) => f !== 'wide' && !f.startsWith('custom-columns'));

/** `deployment.apps`, `pod`: the lower-case kind with its API group, as `-o name` prints it. */
function kindWithGroup(obj: KObject): string {
  const group = obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '';
  const kind = (obj.kind ?? '').toLowerCase();
  return group ? `${kind}.${group}` : kind;
}

/** `deployment.apps/kubia` (plus ` <operation>`), one line per object. */
function printNames(objs: KObject[], operation?: string): string {
  return objs.map((o) => `${kindWithGroup(o)}/${o.metadata.name || '<unknown>'}${operation ? ' ' + operation : ''}\n`).join('');
}

function resourceTypeOf(obj: KObject): ResourceType | undefined {
  return findByGvk(obj.apiVersion, obj.kind);
}

function stripManaged(obj: KObject, keep: boolean): KObject {
  if (keep || !obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _m, ...meta } = obj.metadata;
  return { ...obj, metadata: meta };
}

/** The `kind: List` wrapper kubectl get builds for several objects. */
function asList(objs: KObject[]): KObject {
  return { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } } as KObject;
}

/**
 * Print objects as kubectl does for `-o <format>`: '' (table), `wide`, `yaml`, `json`, `name`,
 * `jsonpath=…`, `jsonpath-file=…`, `custom-columns=…`, `go-template=…`.
 * Tables group consecutive objects of one kind, each with its header, separated by a blank line.
 */
export function printObjects(objs: KObject[], format = '', opts: PrintOptions = {}): string {
  const fmt = format;
  const clean = objs.map((o) => stripManaged(o, !!opts.showManagedFields));
  const wrap = opts.list ?? clean.length !== 1;
  if (fmt === 'yaml') {
    if (wrap) return toYaml(asList(clean));
    return clean.map((o) => toYaml(o)).join('---\n');
  }
  if (fmt === 'json') {
    const sortKeys = !opts.keepKeyOrder;
    if (wrap) return toGoJson(asList(clean), { sortKeys });
    return clean.map((o) => toGoJson(o, { sortKeys })).join('');
  }
  if (fmt === 'name') return printNames(clean, opts.operation);
  if (isTemplateFormat(fmt)) return printTemplateFormat(clean, fmt, { list: wrap, now: opts.now ?? defaultNow(clean), noHeaders: opts.noHeaders, readFile: opts.readFile });
  if (fmt === '' || fmt === 'wide') return printTables(clean, { ...opts, wide: fmt === 'wide' || opts.wide });
  throw new KubectlError(
    `unable to match a printer suitable for the output format "${fmt}", allowed formats are: ${(opts.allowedFormats ?? GET_FORMATS).join(',')}`,
  );
}

function defaultNow(objs: KObject[]): number {
  let max = 0;
  for (const o of objs) {
    const t = Date.parse(o.metadata?.creationTimestamp ?? '');
    if (!Number.isNaN(t) && t > max) max = t;
  }
  return max;
}

/** Human-readable tables, one group per run of the same resource. */
export function printTables(objs: KObject[], opts: PrintOptions = {}): string {
  const now = opts.now ?? defaultNow(objs);
  const kinds = new Set(objs.map((o) => `${o.apiVersion}/${o.kind}`));
  // several kinds, or --show-kind (kubectl get also sets it when several types were listed)
  const withKind = opts.showKind || kinds.size > 1;
  const parts: string[] = [];
  let i = 0;
  while (i < objs.length) {
    const key = `${objs[i].apiVersion}/${objs[i].kind}`;
    let j = i;
    while (j < objs.length && `${objs[j].apiVersion}/${objs[j].kind}` === key) j++;
    const group = objs.slice(i, j);
    const rt = resourceTypeOf(group[0]);
    const def = tableFor(rt ? resourceKey(rt) : '');
    const text = renderTable(
      group,
      def,
      {
        ...opts,
        withNamespace: !!opts.withNamespace && (rt ? rt.namespaced : true),
        kindPrefix: withKind ? kindWithGroup(group[0]) : undefined,
      },
      { now },
    );
    if (text) {
      if (parts.length && !opts.noHeaders) parts.push('\n');
      parts.push(text);
    }
    i = j;
  }
  return parts.join('');
}
