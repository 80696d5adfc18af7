/**
 * The OpenAPI v2 document (`/openapi/v2`), made from the v3 documents of every served group-version
 * (openapi.ts): definitions instead of components, parameters and bodies in v2's shape. kubectl
 * reads it where v3 lacks a kind (its field-validation check falls back to v2, then validates on the
 * client), for `explain --output=plaintext-openapiv2`, and tools such as k9s read it too. kubectl
 * asks for it in protobuf (gnostic.ts), other clients in JSON.
 */
import { createHash } from 'node:crypto';
import type { Json } from '../sim/json';
import { KUBERNETES_VERSION } from '../sim/config';
import { SCALAR_DEFS } from '../sim/apiserver/schema/scalars';
import { SERVED } from './discovery';
import { documentFor } from './openapi';
import { encodeGnostic } from './gnostic';

/** The protobuf form's media type as clients ask for it, and as the server answers (without the `@`, which a media type cannot hold). */
export const OPENAPI_V2_PROTOBUF = 'com.github.proto-openapi.spec.v2';
export const OPENAPI_V2_PROTOBUF_TYPE = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

/** v2's shapes of the scalar definitions (v3 writes Quantity and IntOrString as oneOf / anyOf). */
const SCALARS: Record<string, Json> = {
  [SCALAR_DEFS.quantity.id]: { type: 'string' },
  [SCALAR_DEFS.intorstring.id]: { type: 'string', format: 'int-or-string' },
  [SCALAR_DEFS.time.id]: { type: 'string', format: 'date-time' },
  [SCALAR_DEFS.microtime.id]: { type: 'string', format: 'date-time' },
};

const V3_REF = '#/components/schemas/';

/** A v3 schema in v2's form: `allOf: [{$ref}]` wrappers as a plain `$ref`, refs to definitions, no `default`. */
function schemaV2(s: Json): Json {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return s;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'default') continue;
    if (k === 'allOf' && Array.isArray(v) && v.length === 1 && v[0]?.$ref) out.$ref = refV2(v[0].$ref);
    else if (k === '$ref' && typeof v === 'string') out.$ref = refV2(v);
    else if (k === 'properties' && v && typeof v === 'object') out.properties = Object.fromEntries(Object.entries(v).map(([n, p]) => [n, schemaV2(p)]));
    else if (k === 'items' || k === 'additionalProperties') out[k] = schemaV2(v);
    else out[k] = v;
  }
  return out;
}

const refV2 = (ref: string) => (ref.startsWith(V3_REF) ? `#/definitions/${ref.slice(V3_REF.length)}` : ref);

/** A v3 parameter (its type under `schema`) as v2 writes it (the type beside the name). */
function parameterV2(p: Json): Json {
  const { schema, ...rest } = p as Record<string, Json>;
  return { ...rest, ...(schema && typeof schema === 'object' ? (schema as Record<string, Json>) : {}) };
}

function operationV2(op: Record<string, Json>): Json {
  const { requestBody, responses, parameters, ...rest } = op;
  const params: Json[] = ((parameters as Json[] | undefined) ?? []).map(parameterV2);
  const content = (requestBody as Record<string, Json> | undefined)?.content as Record<string, Json> | undefined;
  if (content) {
    const schema = (content['*/*'] as Record<string, Json> | undefined)?.schema;
    params.unshift({ name: 'body', in: 'body', required: true, schema: schema ? schemaV2(schema) : { type: 'object' } });
  }
  const outResponses: Record<string, Json> = {};
  for (const [code, r] of Object.entries((responses ?? {}) as Record<string, Record<string, Json>>)) {
    const schema = ((r.content as Record<string, Record<string, Json>> | undefined)?.['application/json'])?.schema;
    outResponses[code] = { description: r.description ?? '', ...(schema ? { schema: schemaV2(schema) } : {}) };
  }
  return {
    ...rest,
    ...(content ? { consumes: Object.keys(content).filter((t) => t !== '*/*').length ? Object.keys(content) : ['*/*'] } : {}),
    produces: ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'],
    schemes: ['https'],
    parameters: params,
    responses: outResponses,
  };
}

function documentV2(): Json {
  const gvs = new Set<string>();
  for (const rt of SERVED) gvs.add(rt.group ? `apis/${rt.group}/${rt.version}` : `api/${rt.version}`);
  const paths: Record<string, Json> = {};
  const definitions: Record<string, Json> = {};
  for (const gv of [...gvs].sort()) {
    const d = documentFor(gv);
    if (!d) continue;
    const v3 = JSON.parse(d.text) as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
    for (const [name, s] of Object.entries(v3.components.schemas)) {
      definitions[name] = Object.hasOwn(SCALARS, name) ? { description: (s as Record<string, Json>).description, ...(SCALARS[name] as object) } : schemaV2(s);
    }
    for (const [path, item] of Object.entries(v3.paths)) {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(item)) out[k] = k === 'parameters' ? (v as Json[]).map(parameterV2) : operationV2(v as Record<string, Json>);
      paths[path] = out;
    }
  }
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { swagger: '2.0', info: { title: 'Kubernetes', version: KUBERNETES_VERSION }, paths, definitions: sorted };
}

let cached: { json: string; proto: Uint8Array; etag: string } | undefined;

/** The v2 document as JSON and as gnostic protobuf, with its ETag (built once). */
export function openapiV2(): { json: string; proto: Uint8Array; etag: string } {
  if (!cached) {
    const doc = documentV2();
    const json = JSON.stringify(doc);
    cached = { json, proto: encodeGnostic(doc), etag: `"${createHash('sha512').update(json).digest('hex').toUpperCase().slice(0, 128)}"` };
  }
  return cached;
}
