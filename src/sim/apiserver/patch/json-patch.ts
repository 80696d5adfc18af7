/**
 * JSON patch (RFC 6902): add, remove, replace, move, copy, test on JSON pointers (RFC 6901).
 * Error texts follow evanphx/json-patch, which the API server uses.
 */
import { hasOwn, jsonEqual, own, setOwn } from '../../own';
import type { Json } from '../../json';

export interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: Json;
}

export class JsonPatchError extends Error {}

function parsePointer(p: string): string[] {
  if (p === '') return [];
  if (!p.startsWith('/')) throw new JsonPatchError(`invalid JSON pointer: "${p}"`);
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The container holding the pointer's last segment. */
function parentOf(doc: Json, parts: string[], op: string, path: string): { parent: Json; key: string } {
  let cur = doc;
  for (const part of parts.slice(0, -1)) {
    cur = child(cur, part);
    if (cur === undefined || cur === null) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  }
  return { parent: cur, key: parts[parts.length - 1] };
}

/** The member a pointer segment names: an array index or an own key (`__proto__` is just a key). */
function child(cur: Json, part: string): Json {
  if (Array.isArray(cur)) return /^\d+$/.test(part) ? cur[Number(part)] : undefined;
  return own(cur, part);
}

function indexFor(arr: Json[], key: string, forAdd: boolean, op: string, path: string): number {
  if (forAdd && key === '-') return arr.length;
  if (!/^\d+$/.test(key)) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  const i = Number(key);
  if (i > arr.length || (!forAdd && i >= arr.length)) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return i;
}

function getAt(doc: Json, path: string, op: string): Json {
  let cur = doc;
  for (const part of parsePointer(path)) {
    cur = child(cur, part);
    if (cur === undefined) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  }
  return cur;
}

function add(doc: Json, path: string, value: Json, op = 'add'): Json {
  const parts = parsePointer(path);
  if (!parts.length) return structuredClone(value);
  const { parent, key } = parentOf(doc, parts, op, path);
  if (Array.isArray(parent)) parent.splice(indexFor(parent, key, true, op, path), 0, structuredClone(value));
  else if (parent && typeof parent === 'object') setOwn(parent, key, structuredClone(value));
  else throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return doc;
}

function remove(doc: Json, path: string, op = 'remove'): Json {
  const parts = parsePointer(path);
  const { parent, key } = parentOf(doc, parts, op, path);
  if (Array.isArray(parent)) parent.splice(indexFor(parent, key, false, op, path), 1);
  else if (parent && typeof parent === 'object' && hasOwn(parent, key)) delete parent[key];
  else throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return doc;
}

/** Apply the operations in order; the input is not mutated. */
export function applyJsonPatch(input: Json, ops: JsonPatchOp[]): Json {
  let doc = structuredClone(input);
  for (const o of ops) {
    if (!o || typeof o !== 'object' || typeof o.op !== 'string') throw new JsonPatchError('Unexpected kind: <nil>');
    if (typeof o.path !== 'string') throw new JsonPatchError(`${o.op} operation does not apply: doc is missing path: "": missing value`);
    switch (o.op) {
      case 'add':
        doc = add(doc, o.path, o.value);
        break;
      case 'remove':
        doc = remove(doc, o.path);
        break;
      case 'replace':
        getAt(doc, o.path, 'replace');
        doc = add(remove(doc, o.path, 'replace'), o.path, o.value, 'replace');
        break;
      case 'move': {
        const v = getAt(doc, o.from ?? '', 'move');
        doc = add(remove(doc, o.from ?? '', 'move'), o.path, v, 'move');
        break;
      }
      case 'copy':
        doc = add(doc, o.path, getAt(doc, o.from ?? '', 'copy'), 'copy');
        break;
      case 'test': {
        const v = getAt(doc, o.path, 'test');
        // RFC 6902 §4.6: values are compared, not their serializations (key order does not matter)
        if (!jsonEqual(v, o.value)) throw new JsonPatchError(`testing value ${o.path} failed: test failed`);
        break;
      }
      default:
        throw new JsonPatchError(`Unexpected kind: ${o.op}`);
    }
  }
  return doc;
}
