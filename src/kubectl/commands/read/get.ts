/** `kubectl get`: tables per kind, `-o` formats, selectors, `all`, NotFound handling, `-w`. */
import type { KObject } from '../../../sim/types';
import { ApiError } from '../../../sim/types';
import type { FlagSpec, ParsedArgs } from '../../flags';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import { rawReadApi, requireAccess, simCluster } from '../../identity';
import { resourceRequest } from '../../../sim/apiserver/auth/as-user';
import { healthAnswer, unstructuredServerError } from '../../../sim/apiserver/health';
import { printObjects, printTables, GET_FORMATS } from '../../printers';
import type { CommandDef } from '../../command';
import { restGet } from '../../../sim/apiserver/rest-read';
import { parseDuration } from '../write/waiting';
import { runQuery, unprefixed, type QueryResult } from './query';
import { sortObjects } from './sortby';
import { tableFor } from '../../printers/kinds';
import { apiVersionOf, resourceKey } from '../../../sim/apiserver/resources';
import { inVersion } from '../../../sim/apiserver/conversions';
import { watchChanges, WatchRowPrinter } from './watch';

export const getCommands: CommandDef[] = [];

export const GET_FLAGS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
  { name: 'output-watch-events', type: 'bool' },
  { name: 'show-labels', type: 'bool' },
  { name: 'label-columns', short: 'L', type: 'strings' },
  { name: 'no-headers', type: 'bool' },
  { name: 'show-kind', type: 'bool' },
  { name: 'sort-by', type: 'string' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'chunk-size', type: 'int' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true },
  { name: 'raw', type: 'string' },
  { name: 'subresource', type: 'string' },
  { name: 'server-print', type: 'bool', default: true },
];

const NO_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

/** The output format, with `--template` folded into `-o go-template|jsonpath`. */
function formatOf(p: ParsedArgs): string {
  let fmt = String(p.flags.output ?? '');
  const tpl = p.flags.template as string | undefined;
  if (tpl && !fmt.includes('=') && /^(jsonpath|jsonpath-file|jsonpath-as-json|go-template|go-template-file|template|templatefile)$/.test(fmt)) fmt = `${fmt}=${tpl}`;
  if (tpl && fmt === '') fmt = `go-template=${tpl}`;
  return fmt;
}

/** Validate the format up front, as kubectl does before talking to the server. */
function checkFormat(fmt: string): void {
  const name = fmt.split('=')[0];
  if (fmt === '' || fmt === 'wide' || GET_FORMATS.includes(name)) return;
  printObjects([], fmt);
}

function queryFor(p: ParsedArgs, ctx: KubectlContext): QueryResult {
  return runQuery(p, ctx, p.args, {
    allNamespaces: !!p.flags['all-namespaces'],
    selector: p.flags.selector as string | undefined,
    fieldSelector: p.flags['field-selector'] as string | undefined,
    ignoreNotFound: !!p.flags['ignore-not-found'],
  });
}

/** The rows of each listed type in the order the server's table prints them (a list printer may sort them). */
function inTableOrder(items: QueryResult['items']): QueryResult['items'] {
  const out: QueryResult['items'] = [];
  let i = 0;
  while (i < items.length) {
    let j = i + 1;
    const list = items[i].list;
    while (j < items.length && list !== undefined && items[j].list === list) j++;
    const run = items.slice(i, j);
    const order = list === undefined ? undefined : tableFor(resourceKey(items[i].rt)).listOrder;
    out.push(...(order ? run.sort((a, b) => order(a.obj, b.obj)) : run));
    i = j;
  }
  return out;
}

/** Everything `kubectl get` prints for one invocation (without watching). */
function renderGet(p: ParsedArgs, ctx: KubectlContext, out: Output): QueryResult | undefined {
  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (p.args.length === 0 && files.length === 0) {
    out.fail(NO_TYPE);
    return undefined;
  }
  const fmt = formatOf(p);
  checkFormat(fmt);
  const q = queryFor(p, ctx);
  for (const w of q.warnings) out.warn(w);
  const human = fmt === '' || fmt === 'wide';
  let items = human ? inTableOrder(q.items) : q.items;
  if (p.flags['sort-by']) items = sortObjects(items, String(p.flags['sort-by']), (x) => x.obj);
  const objs = items.map((x) => x.obj);
  const now = ctx.cluster.now();
  if (human) {
    const text = printTables(objs, {
      now,
      wide: fmt === 'wide',
      noHeaders: !!p.flags['no-headers'],
      withNamespace: !!p.flags['all-namespaces'],
      showLabels: !!p.flags['show-labels'],
      labelColumns: (p.flags['label-columns'] as string[] | undefined) ?? [],
      showKind: !!p.flags['show-kind'] || q.multipleKinds,
    });
    out.write(text);
    if (text === '' && q.errors.length === 0 && !p.flags['ignore-not-found']) {
      out.warn(q.allNamespaced ? `No resources found in ${ctx.namespace} namespace.` : 'No resources found');
    }
  } else if (!(q.singleItem && q.errors.length)) {
    if (!(objs.length === 0 && p.flags['ignore-not-found'])) {
      out.write(
        // objects print in the version asked for (horizontalpodautoscalers.v1.autoscaling); tables from the stored form
        printObjects(items.map((x) => inVersion(x.obj, apiVersionOf(x.rt))), fmt, {
          now,
          list: !q.singleItem,
          noHeaders: !!p.flags['no-headers'],
          showManagedFields: !!p.flags['show-managed-fields'],
          readFile: (path) => ctx.fs.read(path),
        }),
      );
    }
  }
  // kubectl prints an aggregate one error per line without "error: "; other printers reduce a lone error to itself
  const aggregate = human || q.errors.length > 1;
  for (const e of q.errors) out.fail(aggregate ? unprefixed(e) : e);
  return q;
}

getCommands.push({
  path: ['get'],
  short: 'Display one or many resources',
  flags: GET_FLAGS,
  run(p, ctx, out) {
    if (p.flags.raw !== undefined) {
      getRaw(p, ctx, out);
      return;
    }
    const watching = !!p.flags.watch || !!p.flags['watch-only'];
    if (p.flags['output-watch-events'] && !watching) throw new KubectlError('--output-watch-events option can only be used with --watch or --watch-only');
    if (!watching) {
      renderGet(p, ctx, out);
      return;
    }
    runWatch(p, ctx, out);
  },
});

/** `get --raw PATH`: the body the API server answers, as is (kubectl's checks of the flag first). */
function getRaw(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const raw = String(p.flags.raw);
  if (p.args.length) throw new KubectlError('arguments may not be passed when --raw is specified');
  if (p.flags.watch || p.flags['watch-only'] || p.flags.selector) throw new KubectlError('--raw may not be specified with other flags that filter the server request or alter the output');
  if (p.flags.output) throw new KubectlError('--raw and --output are mutually exclusive');
  if (!raw.startsWith('/')) throw new KubectlError(`--raw must be a valid URL path: parse "${raw}": invalid URI for request`);
  const query = new URLSearchParams(raw.split('?')[1] ?? '');
  const cluster = simCluster(ctx);
  const health = healthAnswer(raw, cluster.etcdHealth);
  if (health) {
    // kubectl has no request timeout by default: it waits as long as the API server's checks take
    if (health.waitMs) cluster.advance(health.waitMs);
    if (health.status !== 200) throw new ApiError(500, 'InternalError', unstructuredServerError(health.body));
    out.write(health.body);
    return;
  }
  out.write(restGet(rawReadApi(ctx, query.get('resourceVersion') === '0'), raw).body);
}

/**
 * `-w` in a transcript: the current table, then the rows of every change that happens while
 * `--request-timeout` (if given) lets virtual time pass. The browser streams with `watchTable`.
 */
function runWatch(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const fmt = formatOf(p);
  if (p.args.length === 0) {
    out.fail(NO_TYPE);
    return;
  }
  checkFormat(fmt);
  const q = queryFor(p, ctx);
  if (new Set(q.types.map((t) => t.plural + '.' + t.group)).size > 1) {
    throw new KubectlError('you may only specify a single resource type');
  }
  // the watch starts from the list (its resourceVersion): a list the server did not answer ends it, --watch-only too
  if (q.errors.length) {
    for (const e of q.errors) out.fail(e);
    return;
  }
  for (const w of q.warnings) out.warn(w);
  if (p.flags['sort-by']) out.warn('warning: --watch requested, --sort-by will be ignored for watch events received');
  let print: (obj: KObject, type: string) => string;
  if (fmt === '' || fmt === 'wide') {
    const printer = new WatchRowPrinter(q.types[0], watchOptions(p, ctx));
    print = (obj, type) => printer.row(obj, type);
  } else {
    // one document per event; the YAML printer separates documents after the first
    let count = 0;
    print = (obj) => {
      const text = printObjects([obj], fmt, { now: ctx.cluster.now(), list: false, readFile: (f) => ctx.fs.read(f) });
      return fmt === 'yaml' && count++ > 0 ? '---\n' + text : text;
    };
  }
  if (!p.flags['watch-only']) for (const x of q.items) out.write(print(x.obj, 'ADDED'));
  // the watch is a request of its own, authorized after the list (a name narrows it to that object)
  const rt = q.types[0];
  const name = q.singleItem && q.items.length === 1 ? q.items[0].obj.metadata.name : undefined;
  requireAccess(ctx, resourceRequest(rt, 'watch', p.flags['all-namespaces'] ? '' : ctx.namespace, name));
  const timeout = parseDuration(String(p.flags['request-timeout'] ?? '0')) ?? 0;
  if (timeout > 0) {
    const stop = watchChanges(ctx, q, p, (obj, type) => out.write(print(obj, type)));
    ctx.cluster.advance(timeout);
    stop();
  }
}

export function watchOptions(p: ParsedArgs, ctx: KubectlContext) {
  return {
    now: () => ctx.cluster.now(),
    wide: formatOf(p) === 'wide',
    noHeaders: !!p.flags['no-headers'],
    withNamespace: !!p.flags['all-namespaces'],
    showLabels: !!p.flags['show-labels'],
    labelColumns: (p.flags['label-columns'] as string[] | undefined) ?? [],
    watchEvents: !!p.flags['output-watch-events'],
  };
}
