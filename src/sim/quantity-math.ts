/**
 * resource.Quantity arithmetic as quota does it (Add, Sub, Cmp, RoundUp), exact on BigInt: a value is
 * mantissa × 10^exponent with a signed mantissa, and keeps the format that Go's Add keeps.
 */
import { formatQuantity, quantityParts, type Format } from './quantity-string';

/** An exact quantity value with its format. */
export interface Quantity {
  mantissa: bigint;
  exponent: number;
  format: Format;
}

/** `resource.Quantity{Format: DecimalSI}`: the zero every sum starts from. */
export const ZERO: Quantity = {
  mantissa: 0n,
  exponent: 0,
  format: 'DecimalSI',
};

/** `resource.NewQuantity(n, DecimalSI)`. */
export const count = (n: number): Quantity => ({
  mantissa: BigInt(n),
  exponent: 0,
  format: 'DecimalSI',
});

/** ParseQuantity, or undefined for a malformed value (validation reports those). */
export function toQuantity(v: unknown): Quantity | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const q = quantityParts(v);
  if (typeof q === 'string') return undefined;
  return {
    mantissa: q.negative ? -q.mantissa : q.mantissa,
    exponent: q.exponent,
    format: q.format,
  };
}

/** Both mantissas at the smaller exponent. */
function align(a: Quantity, b: Quantity): [bigint, bigint, number] {
  const e = Math.min(a.exponent, b.exponent);
  return [a.mantissa * 10n ** BigInt(a.exponent - e), b.mantissa * 10n ** BigInt(b.exponent - e), e];
}

/** Quantity.Add: a zero receiver takes the other's format. */
export function add(a: Quantity, b: Quantity): Quantity {
  const [x, y, e] = align(a, b);
  return {
    mantissa: x + y,
    exponent: e,
    format: a.mantissa === 0n ? b.format : a.format,
  };
}

/** Quantity.Sub: the receiver's format. */
export function sub(a: Quantity, b: Quantity): Quantity {
  const [x, y, e] = align(a, b);
  return {
    mantissa: x - y,
    exponent: e,
    format: a.mantissa === 0n ? b.format : a.format,
  };
}

/** Quantity.Cmp: -1, 0 or 1. */
export function cmp(a: Quantity, b: Quantity): number {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Quantity.RoundUp(0): whole units, rounded away from zero. */
export function roundUp(q: Quantity): Quantity {
  if (q.exponent >= 0) return q;
  const div = 10n ** BigInt(-q.exponent);
  const whole = q.mantissa / div;
  const rest = q.mantissa % div;
  return {
    mantissa: rest === 0n ? whole : whole + (q.mantissa < 0n ? -1n : 1n),
    exponent: 0,
    format: q.format,
  };
}

/** Quantity.String(). */
export function quantityString(q: Quantity): string {
  const negative = q.mantissa < 0n;
  return formatQuantity({
    negative,
    mantissa: negative ? -q.mantissa : q.mantissa,
    exponent: q.exponent,
    format: q.format,
    int64: false,
  });
}
