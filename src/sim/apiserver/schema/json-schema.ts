import docs from '../../../generated/schema-docs.json';
import { RESOURCES, apiVersionOf } from '../resources';
import { SCHEMA, def, defIdForKind } from './schema';
import type { PropSchema } from './types';

type JsonSchema = Record<string, any>;

const DOCS = docs as Record<string, string>;

function propSchema(p: PropSchema, refs: Set<string>): JsonSchema {
  const s = propType(p, refs);
  if (p.e?.length) s.enum = p.e;
  return s;
}

function propType(p: PropSchema, refs: Set<string>): JsonSchema {
  switch (p.t) {
    case 'string':
    case 'time':
    case 'microtime':
    case 'bytes':
      return { type: 'string' };
    case 'int32':
    case 'int64':
      return { type: 'integer', format: p.t };
    case 'float64':
      return { type: 'number' };
    case 'bool':
      return { type: 'boolean' };
    case 'intorstring':
      return { type: ['integer', 'string'] };
    case 'quantity':
      return { type: ['string', 'number'], pattern: '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$' };
    case 'ref':
      refs.add(p.r!);
      return { $ref: `#/definitions/${p.r}` };
    case 'array':
      return { type: 'array', items: propSchema(p.it!, refs) };
    case 'map':
      return { type: 'object', additionalProperties: propSchema(p.it!, refs) };
    default:
      return {};
  }
}

/** A definition as JSON Schema: its properties, required ones, and no others (strict decoding). */
function defSchema(id: string, refs: Set<string>): JsonSchema {
  const d = def(id)!;
  const properties: JsonSchema = {};
  for (const [name, p] of Object.entries(d.p)) {
    const s = propSchema(p, refs);
    const doc = DOCS[`${id}.${name}`];
    // a $ref ignores sibling keywords in draft-07: wrap it to keep the description for hover
    properties[name] = doc ? (s.$ref ? { allOf: [s], description: doc } : { ...s, description: doc }) : s;
  }
  if (d.gvk) {
    properties.apiVersion = { type: 'string', enum: [d.gvk[0]], description: DOCS[`${id}.apiVersion`] };
    properties.kind = { type: 'string', enum: [d.gvk[1]], description: DOCS[`${id}.kind`] };
  }
  const out: JsonSchema = { type: 'object', properties, additionalProperties: false };
  if (d.req?.length) out.required = d.req;
  if (DOCS[id]) out.description = DOCS[id];
  return out;
}

let cached: JsonSchema | undefined;

/**
 * A JSON Schema (draft-07) for manifests of every kind the cluster serves, chosen by apiVersion and
 * kind with if/then, with descriptions and enums: for monaco-yaml completion, hover and validation.
 */
export function kubernetesJsonSchema(): JsonSchema {
  if (cached) return cached;
  const refs = new Set<string>();
  const branches: JsonSchema[] = [];
  const apiVersions = new Set<string>();
  const kinds = new Set<string>();
  for (const rt of RESOURCES) {
    const apiVersion = apiVersionOf(rt);
    const id = defIdForKind(apiVersion, rt.kind);
    if (!id) continue;
    refs.add(id);
    apiVersions.add(apiVersion);
    kinds.add(rt.kind);
    branches.push({
      if: { properties: { apiVersion: { const: apiVersion }, kind: { const: rt.kind } }, required: ['apiVersion', 'kind'] },
      then: { $ref: `#/definitions/${id}` },
    });
  }
  const definitions: JsonSchema = {};
  const queue = [...refs];
  while (queue.length) {
    const id = queue.pop()!;
    if (definitions[id] || !SCHEMA.defs[id]) continue;
    const found = new Set<string>();
    definitions[id] = defSchema(id, found);
    for (const r of found) if (!definitions[r]) queue.push(r);
  }
  cached = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kubernetes v1.34 manifest',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: [...apiVersions].sort(), description: 'The API group and version of the object, e.g. v1 or apps/v1.' },
      kind: { type: 'string', enum: [...kinds].sort(), description: 'The kind of object, e.g. Pod, Service, Deployment.' },
    },
    required: ['apiVersion', 'kind'],
    allOf: branches,
    definitions,
  };
  return cached;
}

// Monaco's quick fixes load it with the schema
export { suggestField } from './suggest-field';
