/**
 * Go text/tabwriter as kubectl configures it (cli-runtime printers/tabwriter.go: minwidth 6, padding 3,
 * pad char ' ', no flags that matter for one flush): every column but the last is padded to
 * max(6, widest cell + 3); the last cell of a line is written as is, so lines carry no trailing padding.
 */
const MIN_WIDTH = 6;
const PADDING = 3;

/** Align rows of cells. Returns the lines joined with '\n' plus a final newline ('' for no rows). */
export function tabwrite(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths: number[] = [];
  for (const r of rows) {
    for (let i = 0; i < r.length - 1; i++) widths[i] = Math.max(widths[i] ?? 0, textWidth(r[i]));
  }
  const out: string[] = [];
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < r.length; i++) {
      if (i === r.length - 1) line += r[i];
      else line += r[i] + ' '.repeat(Math.max(MIN_WIDTH, widths[i] + PADDING) - textWidth(r[i]));
    }
    out.push(line);
  }
  return out.join('\n') + '\n';
}

/** tabwriter counts runes (UTF-8 code points), not display columns. */
export function textWidth(s: string): number {
  // only surrogate pairs make UTF-16 length differ from the rune count
  if (!/[\uD800-\uDBFF]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** A form feed in the input forces a flush: column blocks never span it (PrefixWriter.Flush). */
export const TAB_FLUSH = '\f';

/**
 * Go text/tabwriter over arbitrary text (what `kubectl describe` writes through tabbedString:
 * minwidth 0, padding 2). Tab-terminated cells of consecutive lines form column blocks, and each
 * block is as wide as its widest cell plus padding; a line's last cell is never padded.
 */
export function goTabwrite(text: string, minWidth: number, padding: number): string {
  return text
    .split(TAB_FLUSH)
    .map((segment) => formatSegment(segment, minWidth, padding))
    .join('');
}

function formatSegment(text: string, minWidth: number, padding: number): string {
  if (text === '') return '';
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map((l) => l.split('\t'));
  const widths: number[][] = lines.map(() => []);
  layout(lines, widths, 0, lines.length, 0, minWidth, padding);
  const out = lines.map((cells, i) => cells.map((c, j) => (j === cells.length - 1 ? c : c + ' '.repeat(widths[i][j] - textWidth(c)))).join(''));
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

function layout(lines: string[][], widths: number[][], line0: number, line1: number, col: number, minWidth: number, padding: number): void {
  let i = line0;
  while (i < line1) {
    if (col >= lines[i].length - 1) {
      i++;
      continue;
    }
    // a column block: consecutive lines that have a tab-terminated cell in this column
    let j = i;
    let width = minWidth;
    while (j < line1 && col < lines[j].length - 1) {
      width = Math.max(width, textWidth(lines[j][col]) + padding);
      j++;
    }
    for (let k = i; k < j; k++) widths[k][col] = width;
    layout(lines, widths, i, j, col + 1, minWidth, padding);
    i = j;
  }
}
