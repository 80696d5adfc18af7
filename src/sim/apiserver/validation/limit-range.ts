/**
 * ValidateLimitRange (k/k pkg/apis/core/validation): type names, one item per type, resource
 * names per type, and the order min ≤ defaultRequest ≤ default ≤ max with a ratio ≥ 1 that
 * max/min allows. A quantity is printed as its `String()` (canonical, unquoted).
 */
import type { Json } from '../../json';
import { canonicalQuantity, quantityParts } from '../../quantity-string';
import type { KObject } from '../../types';
import { duplicate, eachInvalid, forbidden, invalidStringer, invalidValue, isQualifiedName, required, type Causes } from './field';
import { isNative, validateContainerResourceName, validateResourceName } from './resource-names';

const STANDARD_TYPES = new Set(['Pod', 'Container', 'PersistentVolumeClaim']);

type Amount = { n: bigint; exp: number };

/** A quantity as ±n × 10^exp (undefined when it does not parse: decoding reports that). */
function amount(v: Json): Amount | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const q = quantityParts(v);
  if (typeof q === 'string') return undefined;
  return { n: q.negative ? -q.mantissa : q.mantissa, exp: q.exponent };
}

/** Quantity.Cmp. */
function cmp(a: Amount, b: Amount): number {
  const low = Math.min(a.exp, b.exp);
  const x = a.n * 10n ** BigInt(a.exp - low);
  const y = b.n * 10n ** BigInt(b.exp - low);
  return x === y ? 0 : x > y ? 1 : -1;
}

/** Value() or MilliValue(): the amount scaled by 10^shift, rounded up. */
function scaled(a: Amount, shift: number): bigint {
  const exp = a.exp + shift;
  if (exp >= 0) return a.n * 10n ** BigInt(exp);
  const div = 10n ** BigInt(-exp);
  const q = a.n / div;
  return a.n % div > 0n ? q + 1n : q;
}

const MAX_MILLI_VALUE = 9223372036854775807n / 1000n;

/** Go's `%f`: six decimals, `+Inf` for a division by zero. */
const goFloat = (f: number): string => (f === Infinity ? '+Inf' : Number.isNaN(f) ? 'NaN' : f.toFixed(6));

function validateTypeName(type: string, path: string): Causes {
  const errs = eachInvalid(path, type, isQualifiedName(type));
  if (errs.length) return errs;
  if (!type.includes('/') && !STANDARD_TYPES.has(type)) errs.push(invalidValue(path, type, 'must be a standard limit type or fully qualified'));
  return errs;
}

/** Pod and Container items name container resources; other types (PVC, third-party) any resource. */
const resourceName = (type: string, name: string, path: string): Causes =>
  type === 'Pod' || type === 'Container' ? validateContainerResourceName(name, path) : validateResourceName(name, path);

const invalidQuantity = (path: string, q: Json, detail: string) => invalidStringer(path, canonicalQuantity(q), detail);

function validateItem(item: Json, path: string, seenTypes: Set<string>): Causes {
  const type = String(item?.type ?? '');
  const out: Causes = [...validateTypeName(type, `${path}.type`)];
  if (seenTypes.has(type)) out.push(duplicate(`${path}.type`, type));
  seenTypes.add(type);

  const lists: Record<string, Record<string, Json>> = {};
  const keys = new Set<string>();
  const collect = (field: string) => {
    const list: Record<string, Json> = item?.[field] && typeof item[field] === 'object' ? item[field] : {};
    for (const k of Object.keys(list).sort()) {
      out.push(...resourceName(type, k, `${path}.${field}[${k}]`));
      keys.add(k);
    }
    lists[field] = list;
  };
  collect('max');
  collect('min');
  if (type === 'Pod') {
    if (Object.keys(item?.default ?? {}).length) out.push(forbidden(`${path}.default`, "may not be specified when `type` is 'Pod'"));
    if (Object.keys(item?.defaultRequest ?? {}).length) out.push(forbidden(`${path}.defaultRequest`, "may not be specified when `type` is 'Pod'"));
    lists.default = lists.defaultRequest = {};
  } else {
    collect('default');
    collect('defaultRequest');
  }
  if (type === 'PersistentVolumeClaim' && !Object.hasOwn(lists.min, 'storage') && !Object.hasOwn(lists.max, 'storage')) {
    out.push(required(`${path}.limits`, 'either minimum or maximum storage value is required, but neither was provided'));
  }
  collect('maxLimitRequestRatio');

  for (const k of [...keys].sort()) {
    const get = (field: string) => (Object.hasOwn(lists[field], k) ? { raw: lists[field][k], q: amount(lists[field][k]) } : undefined);
    const [min, max, def, defReq, ratio] = ['min', 'max', 'default', 'defaultRequest', 'maxLimitRequestRatio'].map(get);
    const s = (v: { raw: Json }) => canonicalQuantity(v.raw);
    const gt = (a?: { q?: Amount }, b?: { q?: Amount }) => !!(a?.q && b?.q && cmp(a.q, b.q) > 0);
    if (gt(min, max)) out.push(invalidQuantity(`${path}.min[${k}]`, min!.raw, `min value ${s(min!)} is greater than max value ${s(max!)}`));
    if (gt(min, defReq)) out.push(invalidQuantity(`${path}.defaultRequest[${k}]`, defReq!.raw, `min value ${s(min!)} is greater than default request value ${s(defReq!)}`));
    if (gt(defReq, max)) out.push(invalidQuantity(`${path}.defaultRequest[${k}]`, defReq!.raw, `default request value ${s(defReq!)} is greater than max value ${s(max!)}`));
    if (gt(defReq, def)) out.push(invalidQuantity(`${path}.defaultRequest[${k}]`, defReq!.raw, `default request value ${s(defReq!)} is greater than default limit value ${s(def!)}`));
    // upstream reports min here, and max for the next one
    if (gt(min, def)) out.push(invalidQuantity(`${path}.default[${k}]`, min!.raw, `min value ${s(min!)} is greater than default value ${s(def!)}`));
    if (gt(def, max)) out.push(invalidQuantity(`${path}.default[${k}]`, max!.raw, `default value ${s(def!)} is greater than max value ${s(max!)}`));
    if (ratio?.q && cmp(ratio.q, { n: 1n, exp: 0 }) < 0) out.push(invalidQuantity(`${path}.maxLimitRequestRatio[${k}]`, ratio.raw, `ratio ${s(ratio)} is less than 1`));
    if (ratio?.q && min?.q && max?.q) {
      let [r, lo, hi] = [Number(scaled(ratio.q, 0)), scaled(min.q, 0), scaled(max.q, 0)];
      if (scaled(ratio.q, 0) < MAX_MILLI_VALUE && lo < MAX_MILLI_VALUE && hi < MAX_MILLI_VALUE) {
        [r, lo, hi] = [Number(scaled(ratio.q, 3)) / 1000, scaled(min.q, 3), scaled(max.q, 3)];
      }
      const limit = Number(hi) / Number(lo);
      if (r > limit) out.push(invalidQuantity(`${path}.maxLimitRequestRatio[${k}]`, ratio.raw, `ratio ${s(ratio)} is greater than max/min = ${goFloat(limit)}`));
    }
    // hugepages and extended resources cannot be overcommitted: the default limit is the request
    const overcommit = isNative(k) && !k.startsWith('hugepages-');
    if (!overcommit && def?.q && defReq?.q && cmp(def.q, defReq.q) !== 0) {
      out.push(invalidQuantity(`${path}.defaultRequest[${k}]`, defReq.raw, `default value ${s(def)} must equal to defaultRequest value ${s(defReq)} in ${k}`));
    }
  }
  return out;
}

export function validateLimitRange(obj: KObject): Causes {
  const limits: Json[] = Array.isArray(obj.spec?.limits) ? obj.spec.limits : [];
  const seen = new Set<string>();
  return limits.flatMap((item, i) => validateItem(item, `spec.limits[${i}]`, seen));
}
