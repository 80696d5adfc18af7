/**
 * How many terminal cells text takes, as xterm draws it with the Unicode 11 widths of
 * @xterm/addon-unicode11: East Asian wide and fullwidth characters and emoji take two cells,
 * combining marks and zero-width characters none.
 */
import { Unicode11Addon } from '@xterm/addon-unicode11';
import type { IUnicodeVersionProvider, Terminal } from '@xterm/xterm';

/** The addon's own width table: its activate only registers the provider, so a registrar is enough to receive it. */
const UNICODE11: IUnicodeVersionProvider = (() => {
  let provider: IUnicodeVersionProvider | undefined;
  new Unicode11Addon().activate({ unicode: { register: (p: IUnicodeVersionProvider) => (provider = p) } } as unknown as Terminal);
  return provider!;
})();

/** The cells one character (a code point) takes. */
export function charCells(ch: string): 0 | 1 | 2 {
  return UNICODE11.wcwidth(ch.codePointAt(0)!);
}

/** The cells a string takes on one row. */
export function textCells(s: string): number {
  let n = 0;
  for (const ch of s) n += charCells(ch);
  return n;
}

/** A cell on the input's rows (row 0 is the prompt's). */
export interface CellPos {
  row: number;
  col: number;
}

/**
 * Lay out a prompt of `promptCells` followed by `text` on rows of `cols` cells the way the terminal
 * wraps: a wide character that does not fit in the last column moves to the next row. Returns where
 * the character at `cursor` (a UTF-16 index) is drawn, and where the text ends.
 */
export function layoutInput(promptCells: number, text: string, cursor: number, cols: number): { cursor: CellPos; end: CellPos } {
  let row = Math.floor(promptCells / cols);
  let col = promptCells % cols;
  let at: CellPos | undefined;
  let i = 0;
  for (const ch of text) {
    const w = charCells(ch);
    if (col + w > cols) {
      row++;
      col = 0;
    }
    if (i === cursor) at = { row, col };
    col += w;
    i += ch.length;
  }
  // the end of the input: at the last column's edge the cursor goes on to the next row
  if (col >= cols) {
    row++;
    col = 0;
  }
  const end = { row, col };
  return { cursor: at ?? end, end };
}
