/**
 * Writes the compact field schema from the models of @kubernetes/client-node (generated from the
 * Kubernetes v1.34 OpenAPI): `src/generated/schema.json` (types, required fields, enums, kinds) and
 * `src/generated/schema-docs.json` (descriptions, loaded lazily by the editor and explain).
 * Each model's `attributeTypeMap` gives JSON names, types and int32/int64 formats; its `.d.ts` the
 * optional marks and descriptions; the API classes' request paths give each kind's apiVersion.
 * The protobuf descriptors of the kubectl binary (proto.json) give Go's field order and value types.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addGoLayout, type ProtoMessage } from './go-layout';
import { ENUMS, GROUP_PACKAGES, ITEM_ENUMS, NO_OMITEMPTY, PACKAGES, QUANTITY, REQUIRED_ORDER } from './schema-tables';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const genDir = join(root, 'node_modules', '@kubernetes', 'client-node', 'dist', 'gen');
const outDir = join(root, 'src', 'generated');
/** The package also ships stale models of older releases; only files generated from this one count. */
const SPEC_HEADER = 'OpenAPI spec version: v1.34.';

/** A property type as stored in the schema (see src/sim/apiserver/schema/types.ts). */
interface Prop {
  t: string;
  r?: string;
  it?: Prop;
  e?: string[];
  v?: 1;
  a?: 1;
  n?: string;
}
interface Def {
  p: Record<string, Prop>;
  req?: string[];
  gvk?: [string, string];
  g?: number[];
}
interface Attr {
  name: string;
  baseName: string;
  type: string;
  format: string;
}
interface Model {
  attrs: Attr[];
  optional: Map<string, boolean>;
  docs: Map<string, string>;
  classDoc: string;
  /** Go package from the class name (`CoreV1Event` → core), when the generator had to qualify it. */
  pkg?: string;
  version: string;
  name: string;
}

/** `CoreV1EndpointPort` → [core, v1, EndpointPort]; `V1beta1Foo` → [undefined, v1beta1, Foo]. */
function splitClassName(cls: string): [string | undefined, string, string] | undefined {
  const m = /^([A-Z][a-z]+)?(V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)$/.exec(cls);
  if (!m) return undefined;
  return [m[1]?.toLowerCase(), m[2].toLowerCase(), m[3]];
}

/** The text of `/** ... *\/` comments as the generator writes them (one `*` per line, quotes escaped). */
function cleanDoc(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/\s*$/, ''))
    .join('\n')
    .trim()
    .replace(/\\(["'\\])/g, '$1');
}

function readModel(cls: string, dts: string, js: string): Model | undefined {
  const parts = splitClassName(cls);
  if (!parts) return undefined;
  const m = /attributeTypeMap = (\[[\s\S]*?\]);/.exec(js);
  if (!m) throw new Error(`${cls}: no attributeTypeMap`);
  const attrs = JSON.parse(m[1]) as Attr[];
  const optional = new Map<string, boolean>();
  const docs = new Map<string, string>();
  const cm = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export declare class/.exec(dts);
  const body = dts.slice(dts.indexOf('export declare class'));
  for (const pm of body.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?^ {4}'([^']+)'(\?)?:/gm)) {
    optional.set(pm[2], !!pm[3]);
    if (pm[1]) docs.set(pm[2], cleanDoc(pm[1]));
  }
  return { attrs, optional, docs, classDoc: cm ? cleanDoc(cm[1]) : '', pkg: parts[0], version: parts[1], name: parts[2] };
}

const models = new Map<string, Model>();
for (const f of readdirSync(join(genDir, 'models')).sort()) {
  if (!f.endsWith('.d.ts')) continue;
  const cls = f.slice(0, -'.d.ts'.length);
  const dts = readFileSync(join(genDir, 'models', f), 'utf8');
  if (!dts.includes(SPEC_HEADER)) continue;
  const model = readModel(cls, dts, readFileSync(join(genDir, 'models', `${cls}.js`), 'utf8'));
  if (model) models.set(cls, model);
}

/** Model classes named in a type expression: `Array<V1Container>` → [V1Container]. */
function modelRefs(type: string): string[] {
  return (type.match(/\b[A-Z]\w*\b/g) ?? []).filter((n) => models.has(n));
}

/** One API class: the apiVersion of its paths, the models its requests and responses carry, its kinds. */
interface ApiInfo {
  apiVersion: string;
  pkg: string;
  roots: Set<string>;
  kinds: Set<string>;
}

function readApi(js: string): ApiInfo | undefined {
  const paths = [...js.matchAll(/localVarPath = '([^']+)'/g)].map((m) => m[1]);
  const gv = paths.map((p) => /^\/api\/(v1)\/|^\/apis\/([^/]+\/[^/]+)\//.exec(p)).find(Boolean);
  if (!gv) return undefined;
  const apiVersion = gv[1] ?? gv[2];
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const info: ApiInfo = { apiVersion, pkg: group ? (GROUP_PACKAGES[group] ?? group.split('.')[0]) : 'core', roots: new Set(), kinds: new Set() };
  const split = js.indexOf('ResponseProcessor');
  const responses = new Map<string, string>();
  for (const seg of js.slice(split).split(/\n {4}async /).slice(1)) {
    const name = /^(\w+)WithHttpInfo\(/.exec(seg)?.[1];
    const type = /ObjectSerializer\.deserialize\([^;]*?, "(\w+)", ""\)/.exec(seg)?.[1];
    if (name && type) responses.set(name, type);
  }
  for (const seg of js.slice(0, split).split(/\n {4}async /).slice(1)) {
    const name = /^(\w+)\(/.exec(seg)?.[1];
    const path = /localVarPath = '([^']+)'/.exec(seg)?.[1];
    const method = /HttpMethod\.(\w+)/.exec(seg)?.[1];
    if (!name || !path || !method) continue;
    const body = /ObjectSerializer\.serialize\(body, "(\w+)"/.exec(seg)?.[1];
    const response = responses.get(name);
    for (const t of [body, response]) if (t && models.has(t)) info.roots.add(t);
    // a collection path (`.../v1/[namespaces/{namespace}/]deployments`) names the kind it creates and the list it lists
    if (!/^\/apis?\/(?:[^/]+\/)?v\w+\/(?:namespaces\/\{namespace\}\/)?[a-z]+$/.test(path)) continue;
    const isKind = (t: string | undefined): t is string => !!t && !!models.get(t)?.attrs.some((a) => a.baseName === 'kind');
    if (method === 'POST' && isKind(body)) info.kinds.add(body);
    if (method === 'GET' && isKind(response) && response.endsWith('List')) {
      info.kinds.add(response);
      if (isKind(response.slice(0, -'List'.length))) info.kinds.add(response.slice(0, -'List'.length));
    }
  }
  return info;
}

const apis: ApiInfo[] = [];
for (const f of readdirSync(join(genDir, 'apis')).sort()) {
  if (!/V\d\w*Api\.js$/.test(f)) continue;
  const info = readApi(readFileSync(join(genDir, 'apis', f), 'utf8'));
  if (info && info.kinds.size) apis.push(info);
}

/**
 * The Go package of each model (informational: only `version.Name` reaches messages). Qualified class
 * names say it; otherwise it is `meta` when most APIs' requests reach the model (ObjectMeta, ListMeta,
 * Status, DeleteOptions), else `core` when core's do, else the API that reaches it.
 */
const reachedBy = new Map<string, Set<string>>();
for (const api of apis) {
  const queue = [...api.roots];
  const seen = new Set<string>();
  while (queue.length) {
    const cls = queue.pop()!;
    if (seen.has(cls)) continue;
    seen.add(cls);
    if (!reachedBy.has(cls)) reachedBy.set(cls, new Set());
    reachedBy.get(cls)!.add(api.pkg);
    for (const a of models.get(cls)!.attrs) queue.push(...modelRefs(a.type));
  }
}
const allPkgs = new Set(apis.map((a) => a.pkg));
function pkgOf(cls: string): string {
  const m = models.get(cls)!;
  if (m.pkg) return m.pkg;
  if (Object.hasOwn(PACKAGES, cls)) return PACKAGES[cls];
  const by = reachedBy.get(cls);
  if (!by) return 'meta';
  if (by.size > allPkgs.size / 2) return 'meta';
  if (by.has('core')) return 'core';
  return [...by].sort()[0];
}
const ids = new Map<string, string>();
for (const cls of models.keys()) {
  const m = models.get(cls)!;
  const id = `${pkgOf(cls)}.${m.version}.${m.name}`;
  if ([...ids.values()].includes(id)) throw new Error(`two models map to ${id}`);
  ids.set(cls, id);
}

function parseType(type: string, format: string): Prop {
  let m = /^Array<(.*)>$/.exec(type);
  if (m) return { t: 'array', it: parseType(m[1], format) };
  m = /^\{ \[key: string\]: (.*); \}$/.exec(type);
  if (m) return { t: 'map', it: parseType(m[1], format) };
  if (type === 'string') return { t: format === 'byte' ? 'bytes' : 'string' };
  if (type === 'number') return { t: format === 'int64' ? 'int64' : format === 'double' ? 'float64' : 'int32' };
  if (type === 'boolean') return { t: 'bool' };
  if (type === 'Date') return { t: 'time' };
  if (type === 'V1MicroTime') return { t: 'microtime' };
  if (type === 'IntOrString') return { t: 'intorstring' };
  if (models.has(type)) return { t: 'ref', r: ids.get(type)! };
  return { t: 'any' };
}

/** Quantity is a plain string in the source: the table marks those fields (their items for maps). */
function markQuantity(p: Prop): void {
  if (p.t === 'map' && p.it) p.it = { t: 'quantity' };
  else p.t = 'quantity';
}

const defs: Record<string, Def> = {};
const docs: Record<string, string> = {};
for (const [cls, m] of models) {
  const id = ids.get(cls)!;
  const def: Def = { p: {} };
  if (m.classDoc) docs[id] = m.classDoc;
  for (const a of m.attrs) {
    const prop = parseType(a.type, a.format);
    const key = `${id}.${a.baseName}`;
    if (QUANTITY.has(key)) markQuantity(prop);
    if (ENUMS[key]) prop.e = ENUMS[key];
    if (NO_OMITEMPTY.has(key)) prop.a = 1;
    if (ITEM_ENUMS[key] && prop.it) prop.it.e = ITEM_ENUMS[key];
    def.p[a.baseName] = prop;
    if (m.optional.get(a.name) === false) (def.req ??= []).push(a.baseName);
    const doc = m.docs.get(a.name);
    if (doc) docs[key] = doc;
  }
  defs[id] = def;
}
const protoPath = join(outDir, 'proto.json');
if (!existsSync(protoPath)) throw new Error(`${protoPath} is missing: run node scripts/extract-proto.mjs first`);
const proto = JSON.parse(readFileSync(protoPath, 'utf8')) as Record<string, ProtoMessage>;
orderRequired(defs);
addGoLayout(defs, proto, protoMessage);
const kinds: Record<string, string> = {};
for (const api of apis) {
  for (const cls of api.kinds) {
    const id = ids.get(cls)!;
    kinds[`${api.apiVersion}/${models.get(cls)!.name}`] = id;
    defs[id].gvk = [api.apiVersion, models.get(cls)!.name];
  }
}
for (const key of [...QUANTITY, ...NO_OMITEMPTY, ...Object.keys(ENUMS), ...Object.keys(ITEM_ENUMS)]) {
  const i = key.lastIndexOf('.');
  if (!defs[key.slice(0, i)]?.p[key.slice(i + 1)]) throw new Error(`schema table names a field the source lacks: ${key}`);
}
/**
 * The Go struct order of each definition's required fields, as upstream's OpenAPI lists them (and
 * kubectl's validation reports them): the source orders its attributes by name, the protobuf
 * descriptors in the kubectl binary declare the fields in struct order (src/generated/proto.json,
 * written by scripts/extract-proto.mjs before this script). A definition the binary has no message
 * for takes its order from REQUIRED_ORDER, or keeps the source's.
 */
function orderRequired(all: Record<string, Def>): void {
  for (const [id, def] of Object.entries(all)) {
    if (!def.req || def.req.length < 2) continue;
    const msg = proto[protoMessage(id)];
    if (!msg) {
      const table = REQUIRED_ORDER[id];
      if (table) {
        if ([...table].sort().join() !== [...def.req].sort().join()) throw new Error(`REQUIRED_ORDER for ${id} names other fields than the source: ${def.req.join(', ')}`);
        def.req = [...table];
      }
      continue;
    }
    const order = (msg.o ?? Object.keys(msg.f).map(Number).sort((a, b) => a - b)).map((n) => msg.f[n][0]);
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    def.req.sort((a, b) => rank(a) - rank(b));
  }
}

/** The protobuf message of a definition (its OpenAPI name, as componentName in src/sim/apiserver/schema/schema.ts gives it, in proto's spelling). */
function protoMessage(id: string): string {
  const group = id.split('.')[0];
  if (group === 'meta') return `k8s.io.apimachinery.pkg.apis.${id}`;
  if (group === 'apiextensions') return `k8s.io.apiextensions_apiserver.pkg.apis.${id}`;
  if (group === 'apiregistration') return `k8s.io.kube_aggregator.pkg.apis.${id}`;
  return `k8s.io.api.${id}`;
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'schema.json'), JSON.stringify({ defs, kinds }));
writeFileSync(join(outDir, 'schema-docs.json'), JSON.stringify(docs));
if (process.env.GEN_SCHEMA_VERBOSE) console.log(`${Object.keys(defs).length} definitions, ${Object.keys(kinds).length} kinds`);
