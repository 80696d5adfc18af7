import { describe, expect, it } from 'vitest';
import { bytes, isQuantity, milliCpu } from './quantity';

describe('quantities', () => {
  it.each([
    ['100m', 100],
    ['1', 1000],
    ['0.5', 500],
    ['2', 2000],
  ])('cpu %s = %dm', (q, m) => expect(milliCpu(q)).toBe(m));

  it.each([
    ['128Mi', 128 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['500k', 5e5],
    ['1e3', 1000],
  ])('memory %s = %d bytes', (q, b) => expect(bytes(q)).toBe(b));

  it('rejects garbage', () => {
    expect(isQuantity('12 apples')).toBe(false);
    expect(isQuantity('1.5Gi')).toBe(true);
  });
});
