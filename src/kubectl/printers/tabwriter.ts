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
  let n = 0;
  for (const _ of s) n++;
  return n;
}
