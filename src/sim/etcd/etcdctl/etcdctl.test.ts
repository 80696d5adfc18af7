import { describe, expect, it } from 'vitest';
import { humanBytes } from './etcdctl';
import { renderTable } from './tablewriter';

describe('etcdctl output', () => {
  it("formats sizes as go-humanize's Bytes does", () => {
    const table: [number, string][] = [
      [0, '0 B'],
      [9, '9 B'],
      [82, '82 B'],
      [1000, '1.0 kB'],
      [1500, '1.5 kB'],
      [42_000_000, '42 MB'],
      [2_199_552, '2.2 MB'],
      [2 * 1024 ** 3, '2.1 GB'],
    ];
    for (const [n, s] of table) expect(humanBytes(n)).toBe(s);
  });

  it('draws tables as tablewriter does for etcdctl: centred upper-case headers, cells aligned right', () => {
    expect(
      renderTable(
        ['endpoint', 'health'],
        [
          ['a:2379', 'true'],
          ['longer:2379', 'false'],
        ],
      ),
    ).toBe(['+-------------+--------+', '|  ENDPOINT   | HEALTH |', '+-------------+--------+', '|      a:2379 |   true |', '| longer:2379 |  false |', '+-------------+--------+', ''].join('\n'));
  });
});
