import { describe, expect, it } from 'vitest';
import { parseToLabelSelector, toLabelSelector } from './label-selector-string';

describe('ParseToLabelSelector', () => {
  it('puts equality requirements in matchLabels (the last one of a key wins) and set-based ones in matchExpressions', () => {
    expect(parseToLabelSelector('b=1,a==2,a=3,x in (z,y,y),!w')).toEqual({
      matchLabels: { a: '3', b: '1' },
      matchExpressions: [
        { key: 'w', operator: 'DoesNotExist', values: [] },
        { key: 'x', operator: 'In', values: ['y', 'z'] },
      ],
    });
  });

  it('keeps an API selector without empty parts', () => {
    expect(toLabelSelector('a,b=c')).toEqual({ matchLabels: { b: 'c' }, matchExpressions: [{ key: 'a', operator: 'Exists' }] });
    expect(toLabelSelector('')).toEqual({});
  });

  it.each([
    ['a!=b', '"!=" is not a valid label selector operator'],
    ['a>1', '"gt" isn\'t supported in label selectors'],
    ['a=b=c', 'couldn\'t parse the selector string "a=b=c": found \'=\', expected: \',\' or \'end of string\''],
  ])('refuses %s', (text, message) => expect(() => parseToLabelSelector(text)).toThrow(message));

  it('refuses __proto__ as a key or a value before any object is written', () => {
    expect(() => parseToLabelSelector('__proto__=x')).toThrow(/name part must consist/);
    expect(() => parseToLabelSelector('a=__proto__')).toThrow(/a valid label must be/);
  });
});
