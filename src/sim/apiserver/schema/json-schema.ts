import docs from '../../../generated/schema-docs.json';
import { RESOURCES, apiVersionOf } from '../resources';
import { editDistance } from '../../edit-distance';
import { SCHEMA, def, defIdForKind, propAt } from './schema';
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

/** Field names valid under a parent, or every field name when the parent is unknown. */
function candidates(parentPath: (string | number)[], root?: { apiVersion: string; kind: string }): string[] {
  const rootId = root ? defIdForKind(root.apiVersion, root.kind) : undefined;
  if (rootId) {
    let p: PropSchema | undefined = parentPath.length ? propAt(rootId, parentPath) : { t: 'ref', r: rootId };
    if (p?.t === 'array' || p?.t === 'map') p = p.it;
    if (p?.t === 'ref' && p.r) return Object.keys(def(p.r)?.p ?? {});
    return [];
  }
  const all = new Set<string>();
  for (const d of Object.values(SCHEMA.defs)) for (const k of Object.keys(d.p)) all.add(k);
  return [...all];
}

/**
 * "Did you mean": the valid field closest to an unknown one under `parentPath` (`spec.containers[0]`
 * or `['spec', 'containers', 0]`): the same name in another case first (`configMapkeyRef` →
 * `configMapKeyRef`), else the nearest within two edits. Without `root`, any API field is a candidate.
 */
export function suggestField(
  parentPath: string | (string | number)[],
  unknownName: string,
  root?: { apiVersion: string; kind: string },
): string | undefined {
  const path = typeof parentPath === 'string' ? splitPath(parentPath) : parentPath;
  const fields = candidates(path, root).sort();
  const lower = unknownName.toLowerCase();
  const sameCase = fields.find((f) => f.toLowerCase() === lower && f !== unknownName);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestD = Math.min(3, Math.max(1, Math.floor(unknownName.length / 3)) + 1);
  for (const f of fields) {
    if (f === unknownName) continue;
    const d = editDistance(lower, f.toLowerCase());
    if (d < bestD) {
      best = f;
      bestD = d;
    }
  }
  if (best) return best;
  // a typo that kept the start of the word (`imgress` → `image`) may be further away
  let loose = Math.ceil(unknownName.length / 2) + 1;
  for (const f of fields) {
    const fl = f.toLowerCase();
    if (f === unknownName || fl.slice(0, 2) !== lower.slice(0, 2)) continue;
    const d = editDistance(lower, fl);
    if (d < loose) {
      best = f;
      loose = d;
    }
  }
  return best;
}

/** `spec.containers[0].env` → ['spec', 'containers', 0, 'env']. */
function splitPath(p: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}
