import { describe, expect, it } from 'vitest';
import { quantity } from './go-quantity';
import { fromJson, type GoStruct } from './go-types';

const q = (s: string) => fromJson(quantity, s) as GoStruct;

describe('resource.Quantity as a Go value', () => {
  it('keeps the input in the string cache only when ParseQuantity finds it canonical', () => {
    expect(q('100m')).toMatchObject({ i: { value: 100, scale: -3 }, s: '100m', Format: 'DecimalSI' });
    expect(q('1000m')).toMatchObject({ i: { value: 1000, scale: -3 }, s: '' });
    expect(q('0.5')).toMatchObject({ i: { value: 5, scale: -1 }, s: '' });
    expect(q('10Gi')).toMatchObject({ i: { value: 10737418240, scale: 0 }, s: '10Gi', Format: 'BinarySI' });
    expect(q('128Mi')).toMatchObject({ i: { value: 134217728 }, s: '' });
  });

  it('compares by amount, as its Equal method', () => {
    expect(quantity.kind === 'struct' && quantity.equal!(q('1'), q('1000m'))).toBe(true);
    expect(quantity.kind === 'struct' && quantity.equal!(q('0.1'), q('100m'))).toBe(true);
    expect(quantity.kind === 'struct' && quantity.equal!(q('1Gi'), q('1G'))).toBe(false);
  });
});
