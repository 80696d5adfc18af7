import { describe, expect, it } from 'vitest';
import { add, cmp, quantityString, roundUp, sub, toQuantity, ZERO } from './quantity-math';

const q = (s: string) => toQuantity(s)!;

describe('quantity arithmetic', () => {
  it.each([
    ['100m', '400m', '500m'],
    ['500m', '500m', '1'],
    ['1Gi', '512Mi', '1536Mi'],
    ['128Mi', '100M', '234217728'],
    ['1', '1.5', '2500m'],
    ['2', '250m', '2250m'],
    ['1k', '1', '1001'],
  ])('%s + %s is %s, in the first summand’s format', (a, b, sum) => {
    expect(quantityString(add(q(a), q(b)))).toBe(sum);
  });

  it('a zero sum takes the format of what is added (Quantity{Format: DecimalSI} + 64Mi)', () => {
    expect(quantityString(add(ZERO, q('64Mi')))).toBe('64Mi');
    expect(quantityString(add(add(ZERO, q('64Mi')), q('64Mi')))).toBe('128Mi');
  });

  it('compares across suffixes and subtracts', () => {
    expect(cmp(q('1'), q('1000m'))).toBe(0);
    expect(cmp(q('1Gi'), q('1G'))).toBe(1);
    expect(cmp(q('999m'), q('1'))).toBe(-1);
    expect(quantityString(sub(q('2'), q('500m')))).toBe('1500m');
  });

  it('rounds up to whole units', () => {
    expect(quantityString(roundUp(q('1500m')))).toBe('2');
    expect(quantityString(roundUp(q('2')))).toBe('2');
  });

  it('malformed values are not quantities', () => {
    expect(toQuantity('abc')).toBeUndefined();
    expect(toQuantity({})).toBeUndefined();
  });
});
