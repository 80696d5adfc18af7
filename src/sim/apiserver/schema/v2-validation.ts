/**
 * kubectl's client-side schema validation (kube-openapi's proto validation over /openapi/v2), which
 * kubectl v1.34 still runs on the items of a `v1` List: the only documents whose kind the server's
 * OpenAPI v3 cannot vouch for. Keys are visited sorted; a string accepts any scalar, an integer any
 * number; null fields are skipped; required fields are checked after the fields.
 */
import { componentName, def } from './schema';
import type { PropSchema } from './types';

/** The value kinds as kube-openapi names them. */
function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v === 'object' ? 'map' : 'string';
}

/** The v2 type a property expects, and the schema path an error names (a named type's, else the field's). */
function expected(p: PropSchema, fieldPath: string): { type: string; path: string } {
  switch (p.t) {
    case 'ref':
      return { type: 'map', path: componentName(p.r!) };
    case 'intorstring':
      return { type: 'string', path: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' };
    case 'quantity':
      return { type: 'string', path: 'io.k8s.apimachinery.pkg.api.resource.Quantity' };
    case 'time':
      return { type: 'string', path: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' };
    case 'microtime':
      return { type: 'string', path: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' };
    case 'int32':
    case 'int64':
      return { type: 'integer', path: fieldPath };
    case 'float64':
      return { type: 'number', path: fieldPath };
    case 'bool':
      return { type: 'boolean', path: fieldPath };
    case 'array':
      return { type: 'array', path: fieldPath };
    case 'map':
      return { type: 'map', path: fieldPath };
    default:
      return { type: 'string', path: fieldPath };
  }
}

/** Whether a value of kind `actual` passes a primitive of `type` (kube-openapi's lenient conversions). */
function accepts(type: string, actual: string): boolean {
  if (type === 'string') return actual !== 'map' && actual !== 'array';
  if (type === 'integer' || type === 'number') return actual === 'integer' || actual === 'number';
  return type === actual;
}

const nilError = (path: string) => `unknown object type "nil" in ${path}`;

/**
 * Validate `value` at item path `path` against property `p`, whose schema path is `schemaPath`
 * (the enclosing definition's name and the field); errors in visiting order.
 */
function visit(value: unknown, p: PropSchema, path: string, schemaPath: string, errs: string[]): void {
  const want = expected(p, schemaPath);
  const actual = kindOf(value);
  if (p.t === 'any') return;
  if (!accepts(want.type, actual)) {
    errs.push(`ValidationError(${path}): invalid type for ${want.path}: got "${actual}", expected "${want.type}"`);
    return;
  }
  if (p.t === 'ref') visitKind(value as Record<string, unknown>, p.r!, path, errs);
  else if (p.t === 'array') {
    (value as unknown[]).forEach((v, i) => {
      if (v === null || v === undefined) errs.push(`ValidationError(${path}): ${nilError(`${path}[${i}]`)}`);
      else visit(v, p.it!, `${path}[${i}]`, schemaPath, errs);
    });
  } else if (p.t === 'map') {
    const m = value as Record<string, unknown>;
    for (const k of Object.keys(m).sort()) {
      if (m[k] === null || m[k] === undefined) errs.push(nilError(`${path}.${k}`));
      else visit(m[k], p.it!, `${path}.${k}`, schemaPath, errs);
    }
  }
}

function visitKind(obj: Record<string, unknown>, id: string, path: string, errs: string[]): void {
  const d = def(id);
  if (!d) return;
  const name = componentName(id);
  for (const k of Object.keys(obj).sort()) {
    const v = obj[k];
    if (v === null || v === undefined) continue;
    const prop = Object.hasOwn(d.p, k) ? d.p[k] : undefined;
    if (!prop) errs.push(`ValidationError(${path}): unknown field "${k}" in ${name}`);
    else visit(v, prop, `${path}.${k}`, `${name}.${k}`, errs);
  }
  for (const r of d.req ?? []) if (obj[r] === null || obj[r] === undefined) errs.push(`ValidationError(${path}): missing required field "${r}" in ${name}`);
}

/** The validation errors of one object of definition `id` (path starting at its kind, as kubectl prints it). */
export function v2ValidationErrors(obj: Record<string, unknown>, id: string, kind: string): string[] {
  const errs: string[] = [];
  visitKind(obj, id, kind, errs);
  return errs;
}
