/**
 * sed against the real ones: every expected text is what GNU sed 4.9 and busybox 1.35's sed printed
 * for the same arguments over the same two files (Debian 12).
 */
import { describe, expect, it } from 'vitest';
import type { Flavor, UtilCtx } from './context';
import { sed } from './sed';

const FILES: Record<string, string> = {"f.yaml":"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n","nonl":"a\nb"};

function run(flavor: Flavor, args: string[]) {
  const files = { ...FILES };
  const ctx: UtilCtx = {
    read: (p) => files[p] ?? { error: 'ENOENT' },
    flavor,
    shell: '',
    stat: () => undefined,
    list: () => undefined,
    remove: () => 'EROFS',
    write: (p, text) => {
      files[p] = text;
      return undefined;
    },
    userName: () => undefined,
    groupName: () => undefined,
  };
  const r = sed(args, ctx);
  return { result: [r.stdout, r.stderr, r.code], files };
}

type Result = [out: string, err: string, code: number];

const ROWS: [string[], Result, Result][] = [
  // the text commands, y and the hold space
  [["2a foo", "f.yaml"], ["apiVersion: v1\nkind: Pod\nfoo\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nfoo\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["1i\\\nbar", "f.yaml"], ["bar\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["bar\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["/metadata/,/spec/c X", "f.yaml"], ["apiVersion: v1\nkind: Pod\nX\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nX\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["3c\\\nchanged\\\ntwice", "f.yaml"], ["apiVersion: v1\nkind: Pod\nchanged\ntwice\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nchanged\ntwice\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["y/abc/xyz/", "nonl"], ["x\ny", "", 0], ["x\ny", "", 0]],
  [["y/ab/x/", "nonl"], ["", "sed: -e expression #1, char 7: strings for `y' command are different lengths\n", 1], ["x\nb", "", 0]],
  [["1!G;h;$!d", "f.yaml"], ["    image: nginx:1.27\n  - name: c\n  containers:\nspec:\n  name: web\nmetadata:\nkind: Pod\napiVersion: v1\n", "", 0], ["    image: nginx:1.27\n  - name: c\n  containers:\nspec:\n  name: web\nmetadata:\nkind: Pod\napiVersion: v1\n", "", 0]],
  [["$a end", "nonl"], ["a\nb\nend\n", "", 0], ["a\nb\nend\n", "", 0]],
  [["a", "nonl"], ["", "sed: -e expression #1, char 1: expected \\ after `a', `c' or `i'\n", 1], ["a\n\nb\n\n", "", 0]],
  [["-n", "/kind/{h;d};/spec/{G;p}", "f.yaml"], ["spec:\nkind: Pod\n", "", 0], ["spec:\nkind: Pod\n", "", 0]],
  [["1a foo;p", "nonl"], ["a\nfoo;p\nb", "", 0], ["a\nfoo;p\nb", "", 0]],
  [["2!c\\\nno", "nonl"], ["no\nb", "", 0], ["no\nb", "", 0]],
  [["s/nginx/httpd/","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: httpd:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: httpd:1.27\n", "", 0]],
  [["-n","/name/p","f.yaml"], ["  name: web\n  - name: c\n", "", 0], ["  name: web\n  - name: c\n", "", 0]],
  [["s/\\(name\\): \\(.*\\)/\\2 is \\1/","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  web is name\nspec:\n  containers:\n  - c is name\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  web is name\nspec:\n  containers:\n  - c is name\n    image: nginx:1.27\n", "", 0]],
  [["-E","s/(name): (.*)/\\2=\\1/g","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  web=name\nspec:\n  containers:\n  - c=name\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  web=name\nspec:\n  containers:\n  - c=name\n    image: nginx:1.27\n", "", 0]],
  [["2,4d","f.yaml"], ["apiVersion: v1\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["/metadata/,/spec/d","f.yaml"], ["apiVersion: v1\nkind: Pod\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["$d","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n", "", 0]],
  [["3q","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n", "", 0]],
  [["-n","$=","f.yaml"], ["8\n", "", 0], ["8\n", "", 0]],
  [["s/a/X/2","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadXta:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadXta:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["s/a/X/2g","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadXtX:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["XpiVersion: v1\nkind: Pod\nmetXdXtX:\n  nXme: web\nspec:\n  contXiners:\n  - nXme: c\n    imXge: nginx:1.27\n", "", 0]],
  [["s/[[:digit:]]\\+/N/g","f.yaml"], ["apiVersion: vN\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:N.N\n", "", 0], ["apiVersion: vN\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:N.N\n", "", 0]],
  [["s/[aeiou]//g","f.yaml"], ["pVrsn: v1\nknd: Pd\nmtdt:\n  nm: wb\nspc:\n  cntnrs:\n  - nm: c\n    mg: ngnx:1.27\n", "", 0], ["pVrsn: v1\nknd: Pd\nmtdt:\n  nm: wb\nspc:\n  cntnrs:\n  - nm: c\n    mg: ngnx:1.27\n", "", 0]],
  [["1!d","f.yaml"], ["apiVersion: v1\n", "", 0], ["apiVersion: v1\n", "", 0]],
  [["-e","1d","-e","$d","f.yaml"], ["kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n", "", 0], ["kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n", "", 0]],
  [["s/e/&&/","f.yaml"], ["apiVeersion: v1\nkind: Pod\nmeetadata:\n  namee: web\nspeec:\n  containeers:\n  - namee: c\n    imagee: nginx:1.27\n", "", 0], ["apiVeersion: v1\nkind: Pod\nmeetadata:\n  namee: web\nspeec:\n  containeers:\n  - namee: c\n    imagee: nginx:1.27\n", "", 0]],
  [["s|: |=|p","f.yaml"], ["apiVersion=v1\napiVersion=v1\nkind=Pod\nkind=Pod\nmetadata:\n  name=web\n  name=web\nspec:\n  containers:\n  - name=c\n  - name=c\n    image=nginx:1.27\n    image=nginx:1.27\n", "", 0], ["apiVersion=v1\napiVersion=v1\nkind=Pod\nkind=Pod\nmetadata:\n  name=web\n  name=web\nspec:\n  containers:\n  - name=c\n  - name=c\n    image=nginx:1.27\n    image=nginx:1.27\n", "", 0]],
  [["/^  /!d","f.yaml"], ["  name: web\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["  name: web\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["s/.*/[&]/","nonl"], ["[a]\n[b]", "", 0], ["[a]\n[b]", "", 0]],
  [["p","nonl"], ["a\na\nb\nb", "", 0], ["a\na\nb\nb", "", 0]],
  [["-n","2,$p","f.yaml"], ["kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["s/POD/x/I","f.yaml"], ["apiVersion: v1\nkind: x\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: x\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["s/a","f.yaml"], ["", "sed: -e expression #1, char 3: unterminated `s' command\n", 1], ["", "sed: unmatched '/'\n", 1]],
  [["s/a/b","f.yaml"], ["", "sed: -e expression #1, char 5: unterminated `s' command\n", 1], ["", "sed: unmatched '/'\n", 1]],
  [["s/a/b/z","f.yaml"], ["", "sed: -e expression #1, char 7: unknown option to `s'\n", 1], ["", "sed: bad option in substitution expression\n", 1]],
  [["k","f.yaml"], ["", "sed: -e expression #1, char 1: unknown command: `k'\n", 1], ["", "sed: unsupported command k\n", 1]],
  [["/a","f.yaml"], ["", "sed: -e expression #1, char 2: unterminated address regex\n", 1], ["", "sed: unmatched '/'\n", 1]],
  [["s/\\(a/b/","f.yaml"], ["", "sed: -e expression #1, char 8: Unmatched ( or \\(\n", 1], ["", "sed: bad regex '\\(a': Unmatched ( or \\(\n", 1]],
  [["s/x/y/","nofile"], ["", "sed: can't read nofile: No such file or directory\n", 2], ["", "sed: nofile: No such file or directory\n", 1]],
  [["s/x/y/","nofile","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginy:1.27\n", "sed: can't read nofile: No such file or directory\n", 2], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginy:1.27\n", "sed: nofile: No such file or directory\n", 1]],
  [["-e","p","-e","k","f.yaml"], ["", "sed: -e expression #2, char 1: unknown command: `k'\n", 1], ["", "sed: unsupported command k\n", 1]],
  [["s/a*/X/g","nonl"], ["X\nXbX", "", 0], ["X\nXbX", "", 0]],
  [["s/^*a/X/","nonl"], ["a\nb", "", 0], ["a\nb", "", 0]],
  [["s/image: .*/image: nginx:1.28/; s/web/api/","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: c\n    image: nginx:1.28\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: c\n    image: nginx:1.28\n", "", 0]],
  [["2q5","f.yaml"], ["apiVersion: v1\nkind: Pod\n", "", 5], ["", "sed: missing command\n", 1]],
  [["-n","/kind/{p}","f.yaml"], ["kind: Pod\n", "", 0], ["kind: Pod\n", "", 0]],
  [["s/a/\\n/","nonl"], ["\n\nb", "", 0], ["\n\nb", "", 0]],
  [["s/x\\|y/Z/g","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginZ:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginZ:1.27\n", "", 0]],
  [["-E","s/(a|e)+/<\\1>/g","f.yaml"], ["<a>piV<e>rsion: v1\nkind: Pod\nm<e>t<a>d<a>t<a>:\n  n<a>m<e>: w<e>b\nsp<e>c:\n  cont<a>in<e>rs:\n  - n<a>m<e>: c\n    im<a>g<e>: nginx:1.27\n", "", 0], ["<a>piV<e>rsion: v1\nkind: Pod\nm<e>t<a>d<a>t<a>:\n  n<a>m<e>: w<e>b\nsp<e>c:\n  cont<a>in<e>rs:\n  - n<a>m<e>: c\n    im<a>g<e>: nginx:1.27\n", "", 0]],
  [["s/[^a-z]//g","nonl"], ["a\nb", "", 0], ["a\nb", "", 0]],
  [["4,2p","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["-n","/spec/,$p","f.yaml"], ["spec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0], ["spec:\n  containers:\n  - name: c\n    image: nginx:1.27\n", "", 0]],
  [["s/\\./_/g","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1_27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx:1_27\n", "", 0]],
  [["s/\\s\\+/ /g","f.yaml"], ["apiVersion: v1\nkind: Pod\nmetadata:\n name: web\nspec:\n containers:\n - name: c\n image: nginx:1.27\n", "", 0], ["apiVersion: v1\nkind: Pod\nmetadata:\n name: web\nspec:\n containers:\n - name: c\n image: nginx:1.27\n", "", 0]],
];

describe('sed', () => {
  it.each(ROWS)('%j prints what GNU sed and busybox sed print', (args, gnu, busybox) => {
    expect(run('gnu', args).result).toEqual(gnu);
    expect(run('busybox', args).result).toEqual(busybox);
  });

  it.each(['gnu', 'busybox'] as const)('-i writes the result back to the file and prints nothing (%s)', (flavor) => {
    const r = run(flavor, ['-i', 's/nginx:1.27/nginx:1.28/', 'f.yaml']);
    expect(r.result).toEqual(['', '', 0]);
    expect(r.files['f.yaml']).toBe(FILES['f.yaml'].replace('nginx:1.27', 'nginx:1.28'));
    expect(run(flavor, ['-i', '-n', '/name/p', 'f.yaml']).files['f.yaml']).toBe('  name: web\n  - name: c\n');
  });

  it('words -i without files and a missing file as each does', () => {
    expect(run('gnu', ['-i', 's/x/y/']).result).toEqual(['', 'sed: no input files\n', 4]);
    expect(run('busybox', ['-i', 's/x/y/']).result).toEqual(['', 'sed: -i requires an argument\n', 1]);
    expect(run('gnu', ['-i', 's/x/y/', 'nofile']).result).toEqual(['', "sed: can't read nofile: No such file or directory\n", 2]);
    expect(run('busybox', ['-i', 's/x/y/', 'nofile']).result).toEqual(['', 'sed: nofile: No such file or directory\n', 1]);
  });
});
