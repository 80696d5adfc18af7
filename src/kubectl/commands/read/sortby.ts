/** `--sort-by=<jsonpath>` (kubectl get/sorter.go): numbers numerically, quantities by value, other strings byte-wise. */
import type { KObject } from '../../../sim/types';
import { parseQuantity, isQuantity } from '../../../sim/quantity';
import { KubectlError } from '../../errors';
import { JsonPath, JsonPathError } from '../../jsonpath';
import { relaxedJsonPath } from '../../printers/templates';

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    if (isQuantity(a) && isQuantity(b)) return parseQuantity(a) < parseQuantity(b);
    return a < b;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return false;
}

/** Stable sort of objects by the first value the expression yields; objects without it come first. */
export function sortObjects<T>(items: T[], expr: string, objOf: (t: T) => KObject): T[] {
  let jp: JsonPath;
  const spec = (() => {
    try {
      return relaxedJsonPath(expr);
    } catch {
      return expr;
    }
  })();
  try {
    jp = new JsonPath(spec, { allowMissingKeys: true });
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(`sorting error: ${e.message}`);
    throw e;
  }
  const keyed = items.map((t, i) => {
    const r = jp.results(objOf(t));
    return { t, i, has: r.length > 0 && r[0].length > 0, v: r[0]?.[0] };
  });
  if (items.length > 0 && !keyed.some((k) => k.has)) throw new KubectlError(`couldn't find any field with path "${spec}" in the list of objects`);
  keyed.sort((x, y) => {
    if (!x.has && !y.has) return x.i - y.i;
    if (!x.has) return -1;
    if (!y.has) return 1;
    if (less(x.v, y.v)) return -1;
    if (less(y.v, x.v)) return 1;
    return x.i - y.i;
  });
  return keyed.map((k) => k.t);
}
