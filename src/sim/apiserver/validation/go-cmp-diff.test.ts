import { describe, expect, it } from 'vitest';
import { editScript } from './go-cmp-diff';
import { goQuote } from './go-quote';

const script = (x: string, y: string) =>
  editScript(x.length, y.length, (i, j) => (x[i] === y[j] ? { same: 1, diff: 0 } : { same: 0, diff: 2 })).join('');

describe('go-cmp edit script', () => {
  it('lines up equal elements and marks the rest as only in x or only in y', () => {
    expect(script('abc', 'abc')).toBe('...');
    expect(script('ab', 'abc')).toBe('..Y');
    expect(script('abc', 'ac')).toBe('.X.');
    expect(script('', 'ab')).toBe('YY');
  });
});

describe('Go string quoting', () => {
  it('quotes as strconv.Quote does', () => {
    expect(goQuote('nginx')).toBe('"nginx"');
    expect(goQuote('a"b\\c\n\t')).toBe('"a\\"b\\\\c\\n\\t"');
    expect(goQuote('\x01é')).toBe('"\\x01é"');
  });
});
