import { describe, expect, it } from 'vitest';
import { canonicalQuantity, quantityError, QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from './quantity-string';

describe('canonicalQuantity', () => {
  // input → what kubectl v1.34.5 prints after resource.ParseQuantity and String() (`kubectl set resources --local -o jsonpath`)
  const oracle: [string, string][] = [
    ['0.5', '500m'], ['1.5', '1500m'], ['1200', '1200'], ['12000', '12k'], ['0.5Gi', '512Mi'], ['1024Mi', '1Gi'],
    ['1e9', '1e9'], ['1.5e3', '1500'], ['1000E', '1'], ['0.000000000001Ki', '2n'], ['.001Ki', '1024m'], ['1.1Ki', '1126400m'],
    ['10e0', '10e0'], ['+1', '+1'], ['0.1234567891', '123456790n'], ['1e21', '1e21'], ['80e-3', '80e-3'], ['3.001n', '4n'],
    ['99999999999999999999', '99999999999999999999'], ['9Ei', '9223372036854775807'], ['0.5Ki', '512'], ['1.5Gi', '1536Mi'],
    ['100Mi', '100Mi'], ['1000m', '1'], ['-1.5', '-1500m'], ['-0.5Gi', '-512Mi'], ['0', '0'], ['0.0', '0'], ['00', '0'],
    ['1E3', '1E3'], ['1e+3', '1e+3'],
  ];
  it.each(oracle)('%s is stored as %s', (input, want) => expect(canonicalQuantity(input)).toBe(want));

  // upstream's TestQuantityParseEmit and the alternates of TestQuantityString
  it.each([
    ['1Ki', '1Ki'], ['1024Mi', '1Gi'], ['1000M', '1G'], ['.000001Ki', '1024u'], ['.000000001Ki', '1024n'],
    ['307200Ki', '300Mi'], ['5000m', '5'], ['1000u', '1m'], ['1.08', '1080m'], ['1080000000n', '1080m'], ['0.001T', '1G'],
    ['.001e12', '1e9'], ['0.001e0', '1e-3'], ['1000e-12', '1e-9'],
  ])('%s → %s', (input, want) => expect(canonicalQuantity(input)).toBe(want));

  it('reads JSON numbers as their text', () => {
    expect(canonicalQuantity(1.5)).toBe('1500m');
    expect(canonicalQuantity(1e9)).toBe('1G');
    expect(canonicalQuantity(2)).toBe('2');
  });

  it('does not build huge powers of ten for extreme exponents', () => {
    expect(canonicalQuantity('1.5e-20')).toBe('1e-9');
    expect(canonicalQuantity('1.5e-999999999')).toBe('1e-9');
    expect(canonicalQuantity('1e999999999')).toBe('1e999999999');
  });
});

describe('quantityError', () => {
  it.each([
    ['1K', QUANTITY_SUFFIX_ERROR], ['1ki', QUANTITY_SUFFIX_ERROR], ['1e', QUANTITY_SUFFIX_ERROR],
    ['1.1.1', QUANTITY_FORMAT_ERROR], ['abc', QUANTITY_FORMAT_ERROR], ['0x10', QUANTITY_FORMAT_ERROR], ['', QUANTITY_FORMAT_ERROR],
    ['1 0', QUANTITY_FORMAT_ERROR],
  ])('%j: %s', (input, want) => expect(quantityError(input)).toBe(want));
  it('accepts what parses, spaces around it trimmed like UnmarshalJSON', () => {
    expect(quantityError(' 1 ')).toBeUndefined();
    expect(quantityError('1.G')).toBeUndefined();
  });
});
