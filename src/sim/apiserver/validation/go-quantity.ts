/**
 * apimachinery's `resource.Quantity` as a Go value: `{i: int64Amount{value, scale}, d, s, Format}`.
 * `ParseQuantity` keeps the input in the `s` cache only when it is already canonical (its cheap
 * test, reproduced here); an object read back from etcd holds the canonical form `String()` wrote.
 */
import { basic, int32, int64, ptr, struct, type GoStruct, type GoType } from './go-types';

const BINARY = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const RE = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

interface Amount {
  /** The value is `value * 10^scale`. */
  value: number;
  scale: number;
  format: 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
  /** The `s` cache: the input when ParseQuantity found it canonical. */
  s: string;
}

function parseAmount(input: string | number): Amount {
  const str = String(input).trim();
  const m = RE.exec(str);
  if (!m) return { value: 0, scale: 0, format: 'DecimalSI', s: '' };
  const [, sign, num = '', denom = '', suffix = ''] = m;
  const negative = sign === '-';
  const shifted = (num + denom).replace(/^0+(?=\d)/, '') || '0';
  if (BINARY.includes(suffix)) {
    const exponent = 10 * (BINARY.indexOf(suffix) + 1);
    const mantissa = Number(num + denom) / 10 ** denom.length;
    const total = mantissa * 2 ** exponent * (negative ? -1 : 1);
    const canonical = denom === '' && exponent % 10 === 0 && (Number(num) & 7) !== 0;
    return { value: total, scale: 0, format: 'BinarySI', s: canonical ? str : '' };
  }
  const exponent = suffix.startsWith('e') || suffix.startsWith('E') ? Number(suffix.slice(1)) : DECIMAL[suffix];
  const format = suffix.startsWith('e') || suffix.startsWith('E') ? 'DecimalExponent' : 'DecimalSI';
  const scale = exponent - denom.length;
  const value = Number(num + denom) * (negative ? -1 : 1);
  const canonical = scale % 3 === 0 && !shifted.endsWith('000') && (num + denom)[0] !== '0';
  return { value, scale, format, s: canonical ? str : '' };
}

/** The amount as an exact-enough number for comparison. */
function magnitude(a: Amount): number {
  return a.value * 10 ** a.scale;
}

/** `Quantity.String()`: the canonical form (largest suffix that keeps an integer mantissa). */
export function canonicalQuantity(input: string | number): string {
  const a = parseAmount(input);
  const total = magnitude(a);
  if (a.format === 'BinarySI' && Math.abs(total) >= 1024 && Number.isInteger(total)) {
    let v = total;
    let i = -1;
    while (i < BINARY.length - 1 && v % 1024 === 0) {
      v /= 1024;
      i++;
    }
    return i < 0 ? String(v) : `${v}${BINARY[i]}`;
  }
  // Decimal: strip trailing zeros into the scale, then round the exponent down to a multiple of 3.
  let value = a.value;
  let scale = a.scale;
  while (value !== 0 && value % 10 === 0) {
    value /= 10;
    scale++;
  }
  if (value === 0) return '0';
  const e3 = Math.floor(scale / 3) * 3;
  const bounded = Math.min(Math.max(e3, -9), 18);
  const mantissa = value * 10 ** (scale - bounded);
  if (a.format === 'DecimalExponent') return `${Math.round(mantissa)}${bounded ? `e${bounded}` : ''}`;
  const suffix = Object.keys(DECIMAL).find((k) => DECIMAL[k] === bounded) ?? '';
  return `${Math.round(mantissa)}${suffix}`;
}

const int64Amount = struct('resource.int64Amount', [
  ['value', int64],
  ['scale', basic('resource.Scale', 'int32')],
]);
const infDecAmount = struct('resource.infDecAmount', [['Dec', ptr(struct('inf.Dec', [['scale', int32]]))]]);

function quantityValue(j: unknown): GoStruct {
  const a = parseAmount(typeof j === 'number' ? j : typeof j === 'string' ? j : '0');
  return { i: { value: a.value, scale: a.scale }, d: { Dec: null }, s: a.s, Format: a.format };
}

/** `resource.Quantity`; `Equal` compares the amounts, so `1000m` equals `1`. */
export const quantity: GoType = {
  kind: 'struct',
  name: 'resource.Quantity',
  fields: [
    { name: 'i', type: int64Amount },
    { name: 'd', type: infDecAmount },
    { name: 's', type: basic('string') },
    { name: 'Format', type: basic('resource.Format') },
  ],
  fromJson: quantityValue,
  equal: (x, y) => {
    const [ax, ay] = [x.i as GoStruct, y.i as GoStruct];
    const low = Math.min(ax.scale as number, ay.scale as number);
    return (ax.value as number) * 10 ** ((ax.scale as number) - low) === (ay.value as number) * 10 ** ((ay.scale as number) - low);
  },
};
