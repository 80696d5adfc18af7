import { describe, expect, it } from 'vitest';
import { charCells, layoutInput, textCells } from './cells';

describe('terminal cells', () => {
  it('counts CJK, fullwidth and emoji as two cells, combining marks as none', () => {
    expect(textCells('kubectl')).toBe(7);
    expect(textCells('命名空间')).toBe(8);
    expect(textCells('ｋ８ｓ')).toBe(6);
    expect(textCells('🚀')).toBe(2);
    expect(textCells('é')).toBe(1);
    expect(charCells('\u200b')).toBe(0);
    expect(textCells('한국')).toBe(4);
  });

  it('wraps the way the terminal does: a wide character that does not fit moves to the next row', () => {
    // "$ " then 4 CJK characters on 9-cell rows: 2 + 2 + 2 + 2 = 8, the 4th (cells 8-9) does not fit
    const l = layoutInput(2, '命名空间', 4, 9);
    expect(l.end).toEqual({ row: 1, col: 2 });
    // the cursor on the 4th character (UTF-16 index 3) is drawn at the start of row 1
    expect(layoutInput(2, '命名空间', 3, 9).cursor).toEqual({ row: 1, col: 0 });
    expect(layoutInput(2, '命名空间', 1, 9).cursor).toEqual({ row: 0, col: 4 });
  });

  it('keeps ASCII arithmetic: an input that fills the row exactly ends at the start of the next', () => {
    expect(layoutInput(2, 'abcdefgh', 8, 10).end).toEqual({ row: 1, col: 0 });
    expect(layoutInput(2, 'abcdefgh', 3, 10).cursor).toEqual({ row: 0, col: 5 });
    expect(layoutInput(2, '', 0, 10)).toEqual({ cursor: { row: 0, col: 2 }, end: { row: 0, col: 2 } });
  });

  it('counts a surrogate pair as one character at its UTF-16 index', () => {
    // '🚀' is two UTF-16 units: the cursor after it is index 2
    expect(layoutInput(0, '🚀a', 2, 10).cursor).toEqual({ row: 0, col: 2 });
  });
});
