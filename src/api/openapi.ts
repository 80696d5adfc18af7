/**
 * OpenAPI v3 documents generated from the project's field schema: the index (`/openapi/v3`) and one
 * document per group-version. kubectl reads them for `explain` and to learn that the server
 * validates fields itself (the `fieldValidation` parameter of each PATCH operation).
 */
import { createHash } from 'node:crypto';
import docs from '../generated/schema-docs.json';
import generated from '../generated/schema.json';
import { KUBERNETES_VERSION } from '../sim/config';
import type { PropSchema, Schema } from '../sim/apiserver/schema/types';
import { componentName } from '../sim/apiserver/schema/schema';
import { SCALAR_DEFS } from '../sim/apiserver/schema/scalars';
import { MERGE_RULES } from '../sim/apiserver/patch/merge-keys';
import { SERVED, typesOf } from './discovery';

const schema = generated as unknown as Schema;
const descriptions = docs as Record<string, string>;

const QUANTITY = SCALAR_DEFS.quantity.id;
const INT_OR_STRING = SCALAR_DEFS.intorstring.id;
const TIME = SCALAR_DEFS.time.id;
const MICRO_TIME = SCALAR_DEFS.microtime.id;

const SCALARS: Record<string, unknown> = {
  [QUANTITY]: { description: SCALAR_DEFS.quantity.description, oneOf: [{ type: 'string' }, { type: 'number' }] },
  [INT_OR_STRING]: { description: SCALAR_DEFS.intorstring.description, anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
  [TIME]: { description: SCALAR_DEFS.time.description, type: 'string', format: 'date-time' },
  [MICRO_TIME]: { description: SCALAR_DEFS.microtime.description, type: 'string', format: 'date-time' },
};

const ref = (name: string) => `#/components/schemas/${name}`;

/** The patch strategy of a list property named `field` in the definition `defId`, from the merge-key rules. */
function patchMeta(defId: string, field: string): Record<string, string> {
  const def = defId.split('.').pop() ?? '';
  for (const r of MERGE_RULES) {
    if (r.field !== field) continue;
    if (r.parent === 'metadata' && def !== 'ObjectMeta') continue;
    if (r.parent === 'spec' && def !== `${r.kind}Spec`) continue;
    if (r.parent && /ontainers$/.test(r.parent) && !/Container$/.test(def)) continue;
    if (r.kind === 'ServiceAccount' && def !== 'ServiceAccount') continue;
    if (r.parent === 'status') continue;
    return 'mergeKey' in r.strategy ? { 'x-kubernetes-patch-merge-key': r.strategy.mergeKey, 'x-kubernetes-patch-strategy': 'merge' } : { 'x-kubernetes-patch-strategy': 'merge' };
  }
  return {};
}

/** One property as OpenAPI v3 writes it; `refs` collects the definitions it points at. */
function property(p: PropSchema, refs: Set<string>, top = true): Record<string, unknown> {
  const wrap = (name: string) => (top ? { allOf: [{ $ref: ref(name) }] } : { $ref: ref(name) });
  switch (p.t) {
    case 'string':
      return { type: 'string', ...(p.e ? { enum: p.e } : {}) };
    case 'bytes':
      return { type: 'string', format: 'byte' };
    case 'int32':
    case 'int64':
      return { type: 'integer', format: p.t };
    case 'float64':
      return { type: 'number', format: 'double' };
    case 'bool':
      return { type: 'boolean' };
    case 'quantity':
      return wrap(QUANTITY);
    case 'intorstring':
      return wrap(INT_OR_STRING);
    case 'time':
      return wrap(TIME);
    case 'microtime':
      return wrap(MICRO_TIME);
    case 'ref':
      refs.add(p.r!);
      return { ...wrap(componentName(p.r!)), default: {} };
    case 'array':
      return { type: 'array', items: p.it ? { ...property(p.it, refs, false), ...(p.it.t === 'ref' ? { default: {} } : {}) } : {} };
    case 'map':
      return { type: 'object', additionalProperties: p.it ? property(p.it, refs, false) : {} };
    default:
      return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  }
}

function component(id: string, refs: Set<string>): Record<string, unknown> {
  const def = schema.defs[id];
  const properties: Record<string, unknown> = {};
  for (const name of Object.keys(def.p).sort()) {
    const desc = descriptions[`${id}.${name}`];
    const list = def.p[name].t === 'array' ? patchMeta(id, name) : {};
    properties[name] = { ...(desc ? { description: desc } : {}), ...property(def.p[name], refs), ...list };
  }
  const out: Record<string, unknown> = { ...(descriptions[id] ? { description: descriptions[id] } : {}), type: 'object', properties };
  // in the Go struct's order, as upstream's generator lists them
  if (def.req?.length) out.required = [...def.req];
  if (def.gvk) {
    const [apiVersion, kind] = def.gvk;
    const slash = apiVersion.indexOf('/');
    out['x-kubernetes-group-version-kind'] = [{ group: slash < 0 ? '' : apiVersion.slice(0, slash), kind, version: apiVersion.slice(slash + 1) }];
  }
  return out;
}

/** Every definition reachable from `roots`, as components. */
function components(roots: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...SCALARS };
  const todo = [...roots];
  const seen = new Set<string>();
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id) || !schema.defs[id]) continue;
    seen.add(id);
    const refs = new Set<string>();
    out[componentName(id)] = component(id, refs);
    todo.push(...refs);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const QUERY = (name: string, type = 'string') => ({ name, in: 'query', schema: { type, uniqueItems: true } });
const PATH = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', uniqueItems: true } });
const WRITE_PARAMS = [QUERY('dryRun'), QUERY('fieldManager'), QUERY('fieldValidation')];

function body(component: string): unknown {
  return { content: { '*/*': { schema: { $ref: ref(component) } } }, required: true };
}

function ok(component: string): unknown {
  return { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: ref(component) } } } } };
}

/** The document of one group-version; undefined when the group-version is not served. */
function groupVersionDoc(group: string, version: string): unknown | undefined {
  const types = typesOf(group, version);
  if (!types) return undefined;
  const apiVersion = group ? `${group}/${version}` : version;
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  const paths: Record<string, unknown> = {};
  const roots: string[] = [];
  for (const rt of types) {
    const id = schema.kinds[`${apiVersion}/${rt.kind}`];
    if (!id) continue;
    roots.push(id);
    const name = componentName(id);
    const gvk = { 'x-kubernetes-group-version-kind': { group, kind: rt.kind, version }, 'x-kubernetes-action': '' };
    const base = rt.namespaced ? `${prefix}/namespaces/{namespace}/${rt.plural}` : `${prefix}/${rt.plural}`;
    const scope = rt.namespaced ? [PATH('namespace')] : [];
    const verbs = rt.verbs ?? ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
    const action = (a: string) => ({ ...gvk, 'x-kubernetes-action': a });
    const collection: Record<string, unknown> = { parameters: scope };
    if (verbs.includes('list')) collection.get = { operationId: `list${rt.kind}`, parameters: [QUERY('labelSelector'), QUERY('fieldSelector'), QUERY('watch', 'boolean')], responses: ok(componentName(`${id}List`)), ...action('list') };
    if (verbs.includes('create')) collection.post = { operationId: `create${rt.kind}`, parameters: WRITE_PARAMS, requestBody: body(name), responses: ok(name), ...action('post') };
    paths[base] = collection;
    // the operations on one object: only those of the verbs the resource has (bindings: none)
    if (!verbs.some((v) => ['get', 'update', 'patch', 'delete'].includes(v))) continue;
    const item: Record<string, unknown> = { parameters: [PATH('name'), ...scope] };
    if (verbs.includes('get')) item.get = { operationId: `read${rt.kind}`, responses: ok(name), ...action('get') };
    if (verbs.includes('update')) item.put = { operationId: `replace${rt.kind}`, parameters: WRITE_PARAMS, requestBody: body(name), responses: ok(name), ...action('put') };
    if (verbs.includes('patch')) item.patch = { operationId: `patch${rt.kind}`, parameters: [...WRITE_PARAMS, QUERY('force', 'boolean')], requestBody: { content: { 'application/json-patch+json': {}, 'application/merge-patch+json': {}, 'application/strategic-merge-patch+json': {}, 'application/apply-patch+yaml': {} }, required: true }, responses: ok(name), ...action('patch') };
    if (verbs.includes('delete')) item.delete = { operationId: `delete${rt.kind}`, parameters: [QUERY('dryRun'), QUERY('gracePeriodSeconds', 'integer'), QUERY('propagationPolicy')], responses: ok('io.k8s.apimachinery.pkg.apis.meta.v1.Status'), ...action('delete') };
    paths[`${base}/{name}`] = item;
  }
  roots.push('meta.v1.Status');
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: KUBERNETES_VERSION }, paths, components: { schemas: components(roots) } };
}

const cache = new Map<string, { text: string; hash: string }>();

/** The serialized document of `gvPath` (`api/v1`, `apis/apps/v1`) and its hash, cached. */
export function documentFor(gvPath: string): { text: string; hash: string } | undefined {
  const hit = cache.get(gvPath);
  if (hit) return hit;
  const m = /^(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(gvPath);
  if (!m) return undefined;
  const doc = groupVersionDoc(m[2] ?? '', m[1] ?? m[3]);
  if (!doc) return undefined;
  const text = JSON.stringify(doc);
  const entry = { text, hash: createHash('sha512').update(text).digest('hex').toUpperCase().slice(0, 128) };
  cache.set(gvPath, entry);
  return entry;
}

/** The index: every group-version document with its hashed URL. */
export function openapiIndex(): unknown {
  const gvs = new Set<string>();
  for (const rt of SERVED) gvs.add(rt.group ? `apis/${rt.group}/${rt.version}` : `api/${rt.version}`);
  const paths: Record<string, unknown> = {};
  for (const gv of [...gvs].sort()) {
    const d = documentFor(gv);
    if (d) paths[gv] = { serverRelativeURL: `/openapi/v3/${gv}?hash=${d.hash}` };
  }
  return { paths };
}
