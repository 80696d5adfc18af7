/**
 * apimachinery's `resource.Quantity` as a Go value: `{i: int64Amount{value, scale}, d, s, Format}`.
 * `ParseQuantity` (src/sim/quantity-string.ts) keeps the input in the `s` cache only when its cheap
 * test finds it canonical; an object read back from etcd holds the canonical form `String()` wrote.
 */
import { quantityParts } from '../../quantity-string';
import { basic, int32, int64, ptr, struct, type GoStruct, type GoType } from './go-types';

/** Go's view of a quantity value: the int64Amount, the `s` cache, the format (a value that does not parse is Go's zero Quantity). */
function parseAmount(input: string | number): { value: number; scale: number; format: string; s: string } {
  const q = quantityParts(input);
  if (typeof q === 'string') return { value: 0, scale: 0, format: 'DecimalSI', s: '' };
  return { value: Number(q.mantissa) * (q.negative ? -1 : 1), scale: q.exponent, format: q.format, s: q.kept ?? '' };
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
