import generated from '../../../generated/schema.json';
import { own } from '../../own';
import type { DefSchema, PropSchema, Schema } from './types';

/** The field schema generated at install time from the v1.34 API models (scripts/gen-schema.ts). */
export const SCHEMA = generated as unknown as Schema;

/** The definition of a top-level kind, e.g. `defIdForKind('apps/v1', 'Deployment')` → `apps.v1.Deployment`. */
export function defIdForKind(apiVersion: string, kind: string): string | undefined {
  return own<string>(SCHEMA.kinds, `${apiVersion}/${kind}`);
}

export function def(id: string): DefSchema | undefined {
  return own<DefSchema>(SCHEMA.defs, id);
}

/** Upstream's OpenAPI component name of a definition id (`core.v1.Pod` → `io.k8s.api.core.v1.Pod`). */
export function componentName(id: string): string {
  const [group] = id.split('.');
  if (group === 'meta') return `io.k8s.apimachinery.pkg.apis.${id}`;
  if (group === 'apiextensions') return `io.k8s.apiextensions-apiserver.pkg.apis.${id}`;
  if (group === 'apiregistration') return `io.k8s.kube-aggregator.pkg.apis.${id}`;
  return `io.k8s.api.${id}`;
}

/** The Go name of a definition's type, as `encoding/json` prints it: `v1.PodSpec`, `resource.Quantity`. */
export function goTypeName(id: string): string {
  const parts = id.split('.');
  return `${parts[parts.length - 2]}.${parts[parts.length - 1]}`;
}

/** The Go type of a property, as `encoding/json` prints it in UnmarshalTypeError. */
export function goType(p: PropSchema): string {
  if (p.n) return p.n;
  switch (p.t) {
    case 'ref':
      return goTypeName(p.r!);
    case 'array':
      return `[]${goType(p.it!)}`;
    case 'map':
      return `map[string]${goType(p.it!)}`;
    case 'bool':
      return 'bool';
    case 'intorstring':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'time':
      return 'v1.Time';
    case 'microtime':
      return 'v1.MicroTime';
    case 'bytes':
      return '[]uint8';
    case 'any':
      return 'interface {}';
    default:
      return p.t;
  }
}

/**
 * Walk a field path (`['spec', 'containers', 0, 'image']`) from a kind's definition to the property
 * it names. Array indices may be left out (`['spec', 'containers', 'image']`).
 */
export function propAt(rootId: string, path: (string | number)[]): PropSchema | undefined {
  let cur: PropSchema | undefined = { t: 'ref', r: rootId };
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') {
      if (cur.t !== 'array') return undefined;
      cur = cur.it;
      continue;
    }
    if (cur.t === 'array' && cur.it?.t === 'ref') cur = cur.it;
    if (cur.t === 'map') cur = cur.it;
    else if (cur.t === 'ref') cur = own<PropSchema>(def(cur.r!)?.p, seg);
    else return undefined;
  }
  return cur;
}
