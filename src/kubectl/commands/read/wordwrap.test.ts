import { describe, expect, it } from 'vitest';
import { wrapString } from './wordwrap';

// go-wordwrap's own cases (github.com/mitchellh/go-wordwrap wordwrap_test.go), re-expressed
describe('wrapString', () => {
  it.each([
    ['foo', 4, 'foo'],
    ['foobarbaz', 4, 'foobarbaz'],
    ['foo bar baz', 4, 'foo\nbar\nbaz'],
    ['foo bar baz', 3, 'foo\nbar\nbaz'],
    ['foo bar baz', 6, 'foo\nbar\nbaz'],
    ['foo bar baz', 7, 'foo bar\nbaz'],
    ['foo bar baz', 11, 'foo bar baz'],
    ['foo\nb ar\nbaz', 4, 'foo\nb ar\nbaz'],
    ['foo bar\n baz', 5, 'foo\nbar\n baz'],
  ])('%j at %i', (s, n, want) => expect(wrapString(s, n)).toBe(want));
});
