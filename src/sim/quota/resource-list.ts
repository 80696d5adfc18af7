/** quota/v1's ResourceList helpers (Add, Subtract, Mask, LessThanOrEqual, RemoveZeros, IsNegative) over Maps, so that no resource name can reach an object's prototype. */
import { add, cmp, quantityString, sub, toQuantity, ZERO, type Quantity } from '../quantity-math';

export type ResourceList = Map<string, Quantity>;

/** A ResourceList from an API object's map; malformed values are left out (validation rejects them). */
export function fromJson(m: unknown): ResourceList {
  const out: ResourceList = new Map();
  if (!m || typeof m !== 'object' || Array.isArray(m)) return out;
  for (const [k, v] of Object.entries(m)) {
    const q = toQuantity(v);
    if (q) out.set(k, q);
  }
  return out;
}

/** The map an API object holds: canonical strings by name, in name order. */
export function toJson(l: ResourceList): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const k of [...l.keys()].sort()) out[k] = quantityString(l.get(k)!);
  return { ...out };
}

/** quota.Add: every name of either list, summed where both have it. */
export function addLists(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of a) out.set(k, b.has(k) ? add(v, b.get(k)!) : v);
  for (const [k, v] of b) if (!out.has(k)) out.set(k, v);
  return out;
}

/** quota.SubtractWithNonNegativeResult: a − b per name of a, never below zero. */
export function subtractNonNegative(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of a) {
    const d = b.has(k) ? sub(v, b.get(k)!) : v;
    out.set(k, d.mantissa < 0n ? { ...ZERO, format: d.format } : d);
  }
  return out;
}

/** quota.Mask: only the given names. */
export function mask(l: ResourceList, names: Iterable<string>): ResourceList {
  const out: ResourceList = new Map();
  for (const k of names) if (l.has(k)) out.set(k, l.get(k)!);
  return out;
}

/** quota.LessThanOrEqual: whether every name of a that b limits is within it, and the names that are not. */
export function lessThanOrEqual(a: ResourceList, b: ResourceList): { ok: boolean; exceeded: string[] } {
  const exceeded = [...a].filter(([k, v]) => b.has(k) && cmp(v, b.get(k)!) > 0).map(([k]) => k);
  return { ok: exceeded.length === 0, exceeded };
}

/** quota.RemoveZeros. */
export function removeZeros(l: ResourceList): ResourceList {
  return new Map([...l].filter(([, v]) => v.mantissa !== 0n));
}

/** quota.IsNegative: the names with a negative value. */
export function negativeNames(l: ResourceList): string[] {
  return [...l].filter(([, v]) => v.mantissa < 0n).map(([k]) => k);
}

/** quota.Equals: the same names with equal values. */
export function equalLists(a: ResourceList, b: ResourceList): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.has(k) && cmp(v, b.get(k)!) === 0);
}

/** The admission plugin's prettyPrint: `name=value` pairs sorted by name, comma-separated. */
export function prettyPrint(l: ResourceList): string {
  return [...l.keys()]
    .sort()
    .map((k) => `${k}=${quantityString(l.get(k)!)}`)
    .join(',');
}
