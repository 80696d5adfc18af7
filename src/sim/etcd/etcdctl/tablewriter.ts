/**
 * The tables etcdctl prints with `-w table` (olekukonko/tablewriter v0.0.5 as etcdctl sets it up):
 * `+`/`-`/`|` borders, headers upper-cased and centred (extra space on the right), cells aligned
 * right, one space of padding on each side.
 */
function center(s: string, width: number): string {
  const gap = width - s.length;
  if (gap <= 0) return s;
  const left = Math.floor(gap / 2);
  return ' '.repeat(left) + s + ' '.repeat(gap - left);
}

export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+\n';
  const head = '|' + header.map((h, i) => ` ${center(h.toUpperCase(), widths[i])} `).join('|') + '|\n';
  const body = rows.map((r) => '|' + widths.map((w, i) => ` ${(r[i] ?? '').padStart(w)} `).join('|') + '|\n').join('');
  return line + head + line + body + line;
}
