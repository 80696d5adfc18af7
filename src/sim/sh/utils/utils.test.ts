/**
 * The shared utilities against the real ones: every expected text here is what GNU coreutils 9 /
 * bash 5.2 and busybox 1.35 printed for the same arguments and files (`sh -c` with each on PATH).
 */
import { describe, expect, it } from 'vitest';
import { UTILS } from '.';
import type { Flavor, UtilCtx } from './context';

const FILES: Record<string, string> = { f3: 'a\nb\nc\n', f6: 'abcdef', fnl: 'a\nb', u8: 'héllo wörld\nab\n', g9: '1\n2\nx\n4\n5\n6\n7\nx\n9\n' };
const DIRS = new Set(['/tmp']);

function run(flavor: Flavor, line: string, stdin?: string) {
  // `_` stands for a space inside one argument
  const [name, ...args] = line.split(' ').map((a) => a.replace(/_/g, ' '));
  const ctx: UtilCtx = {
    stdin,
    read: (p) => FILES[p] ?? { error: DIRS.has(p) ? 'EISDIR' : 'ENOENT' },
    flavor,
    shell: flavor === 'gnu' ? 'bash: line 1: ' : 'sh: ',
    stat: (p) => (FILES[p] !== undefined ? { type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, content: FILES[p] } : DIRS.has(p) ? { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 } : undefined),
    list: (p) => (DIRS.has(p) ? [] : undefined),
    remove: () => 'EROFS',
    write: () => 'EROFS',
    userName: () => undefined,
    groupName: () => undefined,
  };
  const r = UTILS[name](args, ctx);
  return { out: r.stdout, err: r.stderr, code: r.code };
}

type Row = [line: string, stdin: string | undefined, out: string, err?: string, code?: number];
type Result = [out: string, err?: string, code?: number];

/** Rows where GNU and busybox agree. */
const BOTH: Row[] = [
  ['tail -n +2 f3', undefined, 'b\nc\n'],
  ['tail +2 f3', undefined, 'b\nc\n'],
  ['tail -n 0 f3', undefined, ''],
  ['tail -n 1 fnl', undefined, 'b'],
  ['head -n -1 f3', undefined, 'a\nb\n'],
  ['head -c 3 f6', undefined, 'abc'],
  ['head -n 5 fnl', undefined, 'a\nb'],
  ['tail -n 2 f3 fnl', undefined, '==> f3 <==\nb\nc\n\n==> fnl <==\na\nb'],
  ['head -n 1 - f3', 'hi\n', '==> standard input <==\nhi\n\n==> f3 <==\na\n'],
  ['grep -c a f3 f3', undefined, 'f3:1\nf3:1\n'],
  ['grep x nofile', undefined, '', 'grep: nofile: No such file or directory\n', 2],
  ['grep -A1 x g9', undefined, 'x\n4\n--\nx\n9\n'],
  ['grep -n -B2 x g9', undefined, '1-1\n2-2\n3:x\n--\n6-6\n7-7\n8:x\n'],
  ['grep -C 1 -n x g9', undefined, '2-2\n3:x\n4-4\n--\n7-7\n8:x\n9-9\n'],
  ['grep -2 x g9', undefined, '1\n2\nx\n4\n5\n6\n7\nx\n9\n'],
  ['grep -c -A1 x g9', undefined, '2\n'],
  ['grep -A1 x g9 g9', undefined, 'g9:x\ng9-4\n--\ng9:x\ng9-9\n--\ng9:x\ng9-4\n--\ng9:x\ng9-9\n'],
  ['grep -vA1 x g9', undefined, '1\n2\nx\n4\n5\n6\n7\nx\n9\n'],
  ['grep --after-context=1 x g9', undefined, 'x\n4\n--\nx\n9\n'],
  ['cut -d: -f2', 'a:b:c\nabc\n', 'b\nabc\n'],
  ['cut -d: -f1,3', 'a:b:c\n', 'a:c\n'],
  ['cut -c2-3', 'abcd\n', 'bc\n'],
  ['seq 2 2 6', undefined, '2\n4\n6\n'],
  ['seq 3 -1 1', undefined, '3\n2\n1\n'],
  ['tr a-c A-C', 'abcd\n', 'ABCd\n'],
  ['sort -u', 'b\na\nb\n', 'a\nb\n'],
  ['sort -n', '10\n9\n', '9\n10\n'],
  ['printf %05d|%+d|%_d|%.2s\\n 42 5 7 abc', undefined, '00042|+5| 7|ab\n'],
  ['printf x%s\\n 1 2', undefined, 'x1\nx2\n'],
  ['base64 nofile', undefined, '', 'base64: nofile: No such file or directory\n', 1],
  ['wc -l', 'a\nb\nc\n', '3\n'],
  ['wc -l f3', undefined, '3 f3\n'],
  ['wc -c u8', undefined, '17 u8\n'],
];

/** Rows where they differ: [line, stdin, gnu, busybox]. */
const APART: [line: string, stdin: string | undefined, gnu: Result, busybox: Result][] = [
  ['head nofile', undefined, ['', "head: cannot open 'nofile' for reading: No such file or directory\n", 1], ['', 'head: nofile: No such file or directory\n', 1]],
  ['head /tmp', undefined, ['', "head: error reading '/tmp': Is a directory\n", 1], ['', 'head: /tmp: Input/output error\n', 1]],
  ['cat nofile', undefined, ['', 'cat: nofile: No such file or directory\n', 1], ['', "cat: can't open 'nofile': No such file or directory\n", 1]],
  ['cat /tmp', undefined, ['', 'cat: /tmp: Is a directory\n', 1], ['', 'cat: read error: Is a directory\n', 1]],
  ['sort nofile', undefined, ['', 'sort: cannot read: nofile: No such file or directory\n', 2], ['', 'sort: nofile: No such file or directory\n', 2]],
  ['wc f3', undefined, ['3 3 6 f3\n'], ['        3         3         6 f3\n']],
  ['wc', 'a\nb\nc\n', ['      3       3       6\n'], ['        3         3         6\n']],
  // -m: bytes in GNU's C locale, UTF-8 characters in busybox; a single count of several files is padded in busybox
  ['wc -m u8', undefined, ['17 u8\n'], ['15 u8\n']],
  ['wc -cm u8', undefined, ['17 17 u8\n'], ['       15        17 u8\n']],
  ['wc -mlw u8', undefined, [' 2  3 17 u8\n'], ['        2         3        15 u8\n']],
  ['wc -c f3 f6', undefined, [' 6 f3\n 6 f6\n12 total\n'], ['        6 f3\n        6 f6\n       12 total\n']],
  ['wc -m', 'héllo', ['6\n'], ['5\n']],
  ['printf %d x', undefined, ['0', 'bash: line 1: printf: x: invalid number\n', 1], ['0', "sh: invalid number 'x'\n", 1]],
];

describe('grep context options (GNU grep 3.8)', () => {
  it.each([
    ['grep -A', "grep: option requires an argument -- 'A'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"],
    ['grep -A -1 x g9', 'grep: -1: invalid context length argument\n'],
    ['grep --context=x x g9', 'grep: x: invalid context length argument\n'],
  ])('%s', (line, err) => expect(run('gnu', line)).toEqual({ out: '', err, code: 2 }));
});

describe('shared text utilities', () => {
  for (const flavor of ['gnu', 'busybox'] as const) {
    for (const [line, stdin, out, err = '', code = 0] of BOTH) {
      it(`${flavor}: ${line}`, () => {
        expect(run(flavor, line, stdin)).toEqual({ out, err, code });
      });
    }
  }
  for (const [line, stdin, gnu, busybox] of APART) {
    it(`gnu and busybox apart: ${line}`, () => {
      expect(run('gnu', line, stdin)).toEqual({ out: gnu[0], err: gnu[1] ?? '', code: gnu[2] ?? 0 });
      expect(run('busybox', line, stdin)).toEqual({ out: busybox[0], err: busybox[1] ?? '', code: busybox[2] ?? 0 });
    });
  }
});
