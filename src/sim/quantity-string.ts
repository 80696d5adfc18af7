/**
 * resource.Quantity as the API server reads and writes it: ParseQuantity's scanner and errors, and
 * the canonical string every stored quantity is written back as (`0.5` → `500m`, `0.5Gi` → `512Mi`,
 * `1024Mi` → `1Gi`). Exact decimal arithmetic on BigInt: a value is ±mantissa × 10^exponent.
 */

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

export type Format = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** Decimal SI suffixes by power of ten. */
const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_BY_EXP = new Map(Object.entries(DECIMAL_SUFFIX).map(([s, e]) => [e, s]));
/** Binary SI suffixes by power of two. */
const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const BINARY_BY_EXP = new Map(Object.entries(BINARY_SUFFIX).map(([s, e]) => [e, s]));
const SUFFIX_CHARS = 'eEinumkKMGTP';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** Quantities with more digits than this leave Go's int64 fast path. */
const MAX_INT64_FACTORS = 18;
const MAX_ALLOWED = 2n ** 63n - 1n;

interface Scanned {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
}

/** parseQuantityString: sign, numerator without leading zeros, fraction digits, suffix. */
function scan(str: string): Scanned | undefined {
  let pos = 0;
  let positive = true;
  if (str[0] === '-' || str[0] === '+') {
    positive = str[0] === '+';
    pos++;
  }
  while (str[pos] === '0') pos++;
  if (pos >= str.length) return { positive, num: '0', denom: '', suffix: '' };
  let start = pos;
  while (isDigit(str[pos])) pos++;
  const num = str.slice(start, pos) || '0';
  let denom = '';
  if (str[pos] === '.') {
    start = ++pos;
    while (isDigit(str[pos])) pos++;
    denom = str.slice(start, pos);
  }
  const suffixStart = pos;
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos < str.length) return undefined;
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

function interpret(suffix: string): { base: 2 | 10; exponent: number; format: Format } | undefined {
  if (suffix in DECIMAL_SUFFIX) return { base: 10, exponent: DECIMAL_SUFFIX[suffix], format: 'DecimalSI' };
  if (suffix in BINARY_SUFFIX) return { base: 2, exponent: BINARY_SUFFIX[suffix], format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1))) {
    const exponent = Number(suffix.slice(1));
    if (Number.isSafeInteger(exponent)) return { base: 10, exponent, format: 'DecimalExponent' };
  }
  return undefined;
}

/** A parsed quantity: its value ±mantissa × 10^exponent, its format, and the input when Go keeps it as the string. */
export interface QuantityParts {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
  format: Format;
  kept?: string;
  /** Held in Go's int64Amount (the fast path), not an inf.Dec. */
  int64: boolean;
}

/** ParseQuantity: the quantity, or Go's error text. */
function parse(str: string): QuantityParts | string {
  if (str === '') return QUANTITY_FORMAT_ERROR;
  const s = scan(str);
  if (!s) return QUANTITY_FORMAT_ERROR;
  const suffix = interpret(s.suffix);
  if (!suffix) return QUANTITY_SUFFIX_ERROR;
  const digits = BigInt(s.num + s.denom);
  const negative = !s.positive;
  // the int64 fast path keeps an input that is already canonical as the string itself
  if (suffix.base === 10 && MAX_INT64_FACTORS - (s.num.length + s.denom.length) >= 0) {
    const scale = suffix.exponent - s.denom.length;
    if (scale >= -9) {
      const shifted = s.num + s.denom;
      const kept = scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0' ? str : undefined;
      return { negative, mantissa: digits, exponent: scale, format: suffix.format, kept, int64: true };
    }
  }
  if (suffix.base === 2 && s.denom === '') {
    const precision = 15 - s.num.length - Math.trunc((suffix.exponent * 3) / 10) - 1;
    const value = digits << BigInt(suffix.exponent);
    if (precision >= 0 && value <= MAX_ALLOWED) {
      const kept = (digits & 7n) !== 0n ? str : undefined;
      return { negative, mantissa: value, exponent: 0, format: 'BinarySI', kept, int64: true };
    }
  }
  let mantissa = digits;
  let exponent = -s.denom.length;
  if (suffix.base === 10) exponent += suffix.exponent;
  else mantissa <<= BigInt(suffix.exponent);
  let format = suffix.format;
  // anything finer than a nano is rounded up to it: ask for some, get some
  if (mantissa !== 0n && exponent < -9) {
    const shift = -9 - exponent;
    // a shift past all the mantissa's digits leaves the smallest unit (and spares a huge power of ten)
    if (shift > String(mantissa).length) mantissa = 1n;
    else {
      const div = 10n ** BigInt(shift);
      mantissa = (mantissa + div - 1n) / div;
    }
    exponent = -9;
  }
  if (format === 'BinarySI' && compare(mantissa, exponent, MAX_ALLOWED) > 0) [mantissa, exponent] = [MAX_ALLOWED, 0];
  if (format === 'BinarySI' && mantissa !== 0n && compare(mantissa, exponent, 1n) < 0) format = 'DecimalSI';
  return { negative, mantissa, exponent, format, int64: false };
}

/** Sign of mantissa × 10^exponent − n, for non-negative values. */
function compare(mantissa: bigint, exponent: number, n: bigint): number {
  const [a, b] = exponent >= 0 ? [mantissa * 10n ** BigInt(exponent), n] : [mantissa, n * 10n ** BigInt(-exponent)];
  return a === b ? 0 : a > b ? 1 : -1;
}

/** Quantity.String(): the canonical form. */
export function formatQuantity(q: QuantityParts): string {
  if (q.kept !== undefined) return q.kept;
  if (q.mantissa === 0n) return '0';
  const sign = q.negative ? '-' : '';
  let format = q.format;
  if (format === 'BinarySI') {
    const integral = q.exponent >= 0 || q.mantissa % 10n ** BigInt(-q.exponent) === 0n;
    if (compare(q.mantissa, q.exponent, 1024n) < 0 || !integral) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let value = q.exponent >= 0 ? q.mantissa * 10n ** BigInt(q.exponent) : q.mantissa / 10n ** BigInt(-q.exponent);
    let power = 0;
    while (value >= 1024n && value % 1024n === 0n) [value, power] = [value / 1024n, power + 10];
    return sign + String(value) + (BINARY_BY_EXP.get(power) ?? '');
  }
  let mantissa = q.mantissa;
  let exponent = q.exponent;
  while (mantissa >= 10n && mantissa % 10n === 0n) [mantissa, exponent] = [mantissa / 10n, exponent + 1];
  // the exponent goes down to a multiple of three, as Go's % rounds towards zero
  while (exponent % 3 !== 0) [mantissa, exponent] = [mantissa * 10n, exponent - 1];
  if (format === 'DecimalExponent') return sign + String(mantissa) + (exponent === 0 ? '' : `e${exponent}`);
  // v1.34 has no suffix beyond E (10^18) and prints none (`1000E` is stored as `1`)
  return sign + String(mantissa) + (DECIMAL_BY_EXP.get(exponent) ?? '');
}

/** JSON's view of a quantity value: Quantity.UnmarshalJSON trims the text it is given. */
const text = (v: string | number): string => (typeof v === 'number' ? String(v) : v).trim();

/** Go's parse error for a quantity value, or undefined when it parses. */
export function quantityError(v: string | number): string | undefined {
  const q = parse(text(v));
  return typeof q === 'string' ? q : undefined;
}

/** ParseQuantity's result as Go holds it, or its error text. */
export function quantityParts(v: string | number): QuantityParts | string {
  return parse(text(v));
}

/** The string the API server stores for a quantity value (the value itself when it does not parse). */
export function canonicalQuantity(v: string | number): string {
  const q = parse(text(v));
  return typeof q === 'string' ? String(v) : formatQuantity(q);
}
