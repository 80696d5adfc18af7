import { describe, expect, it } from 'vitest';
import type { Dialect, ShellHost, ShellState, Sink, Yield } from './host';
import { runScript } from './interp';

/** The programs of the in-memory host: `echo`, `cat`, `fail` (exit 3), and `nap`, which takes half a second. */
function* program(files: Map<string, string>, argv: string[], st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  switch (argv[0]) {
    case 'echo':
      sink.out += argv.slice(1).join(' ') + '\n';
      return 0;
    case 'cat': {
      const path = argv[1] && (argv[1].startsWith('/') ? argv[1] : `${st.cwd}/${argv[1]}`);
      sink.out += path ? (files.get(path) ?? '') : (stdin ?? '');
      return 0;
    }
    case 'fail':
      return 3;
    case 'nap':
      yield 500;
      return 0;
  }
  sink.err += `sh: ${argv[0]}: not found\n`;
  return 127;
}

/** A host with no container: files in a map, its programs above, `echo` as the utility the shell builds in. */
function memoryHost(files: Map<string, string>): ShellHost {
  return {
    files: {
      read: (p) => files.get(p),
      write: (p, text, append) => {
        if (p.startsWith('/ro/')) return 'Read-only file system';
        files.set(p, (append ? (files.get(p) ?? '') : '') + text);
        return undefined;
      },
      isDir: (p) => p === '/' || [...files.keys()].some((f) => f.startsWith(p + '/')),
      list: (dir) => [...files.keys()].filter((f) => f.startsWith(dir === '/' ? '/' : dir + '/')).map((f) => f.slice(dir === '/' ? 1 : dir.length + 1)),
    },
    onPath: (name) => ['cat', 'fail', 'nap'].includes(name),
    run: (argv, _env, st, sink, stdin) => program(files, argv, st, sink, stdin),
    utility: (argv, _env, st, sink, stdin) => program(files, argv, st, sink, stdin),
  };
}

function start(script: string, files = new Map<string, string>(), shell: Dialect = 'ash') {
  const st: ShellState = { vars: {}, cwd: '/', last: 0, shell, main: false };
  const sink: Sink = { out: '', err: '' };
  return { gen: runScript(script, memoryHost(files), st, sink), sink, files };
}

/** Run to the end, ignoring sleeps. */
function run(script: string, files?: Map<string, string>, shell?: Dialect): { out: string; err: string; code: number } {
  const { gen, sink } = start(script, files, shell);
  for (;;) {
    const r = gen.next();
    if (r.done) return { ...sink, code: r.value };
  }
}

describe('the shell interpreter behind a ShellHost', () => {
  it.each<[string, string, number]>([
    ['for i in 1 "2 3"; do echo $i; done', '1\n2 3\n', 0],
    ['X=a; echo ${X:-b} ${Y:-c} [$Y]', 'a c []\n', 0],
    ["cat <<'EOF'\nhi $X\nEOF", 'hi $X\n', 0],
    ['X=a; cat <<EOF\nhi $X ${X}b $(echo s) `echo q` \\$X "d" \'e\'\nEOF', 'hi a ab s q $X "d" \'e\'\n', 0],
    ['echo x > /f; echo y >> /f; cat < /f', 'x\ny\n', 0],
    ['if fail; then echo y; else echo n $?; fi', 'n 3\n', 0],
    ['fail || echo $?; fail && echo never', '3\n', 3],
    ['echo $(echo inner) `echo back`', 'inner back\n', 0],
    ['cd /d && pwd && cat f', '/d\nin d\n', 0],
    ['A="x  y"; B=$A; echo "$B" $B', 'x  y x y\n', 0],
    // read splits off the leading names' fields; the last name keeps the rest with its inner blanks (bash 5.2, busybox 1.35)
    ['read a b <<EOF\n  one  two\tthree  \nEOF\necho "[$a][$b]"', '[one][two\tthree]\n', 0],
    ['read l <<EOF\n Name:\tbash \nEOF\necho "[$l]"', '[Name:\tbash]\n', 0],
    // a subshell and each command of a pipeline keep what they set, where they cd and their exit to themselves
    ['X=1; (X=2; cd /d; echo $X $(pwd)); echo $X $(pwd)', '2 /d\n1 /\n', 0],
    ['(exit 4); echo $?', '4\n', 0],
    ['echo a | read X; echo "[$X]"', '[]\n', 0],
    // case: the first matching arm runs; quoted patterns are literal; no match is status 0 (bash 5.2, busybox 1.35)
    [
      "for x in apple b.txt c 'a*' Z; do case $x in a|b) echo \"$x: a or b\";; 'a*') echo \"$x: quoted\";; a*) echo \"$x: starts a\";; *.txt) echo \"$x: txt\";; [!a-z]) echo \"$x: not lower\";; ?) echo \"$x: one\";; esac; done",
      'apple: starts a\nb.txt: txt\nc: one\na*: quoted\nZ: not lower\n',
      0,
    ],
    ['case yes in (y*) echo y ;; esac; echo $?', 'y\n0\n', 0],
    ['fail; case no in y) echo y;; esac; echo $?', '0\n', 0],
    // an unquoted expansion is a pattern, a quoted one literal (bash 5.2, dash, busybox 1.35 alike)
    [
      `p='a*'; x=ab; q='[!x]b'; for s in abc ab 'a*' xb cb; do case $s in "$p") echo "$s lit";; $x) echo "$s x";; $p) echo "$s pat";; $q) echo "$s set";; *) echo "$s none";; esac; done`,
      'abc pat\nab x\na* lit\nxb none\ncb set\n',
      0,
    ],
    ['p=b; case abc in a$p*) echo m;; esac', 'm\n', 0],
  ])('%j', (script, out, code) => {
    const files = new Map([['/d/f', 'in d\n']]);
    expect(run(script, files)).toEqual({ out, err: '', code });
  });

  it('expands globs against the host files, unquoted only', () => {
    const files = new Map([
      ['/a.txt', ''],
      ['/b.txt', ''],
      ['/c.log', ''],
    ]);
    expect(run('echo *.txt "*.txt"', files).out).toBe('a.txt b.txt *.txt\n');
  });

  it("words errors in the host's dialect: files the host refuses, missing programs, syntax", () => {
    expect(run('echo x > /ro/f')).toEqual({ out: '', err: "sh: can't create /ro/f: Read-only file system\n", code: 2 });
    expect(run('nosuch')).toEqual({ out: '', err: 'sh: nosuch: not found\n', code: 127 });
    expect(run('cd /nope')).toEqual({ out: '', err: "sh: cd: can't cd to /nope: No such file or directory\n", code: 2 });
    expect(run('echo "open')).toEqual({ out: '', err: 'sh: unterminated quoted string\n', code: 2 });
  });

  it('yields each sleep and resumes where it stopped: the host decides when time passes', () => {
    const { gen, sink } = start('echo a; sleep 2; echo b; nap | cat; sleep 1m; echo c');
    const seen: (Yield | string)[] = [];
    for (let r = gen.next(); !r.done; r = gen.next()) seen.push(r.value, sink.out);
    expect(seen).toEqual([2000, 'a\n', 500, 'a\nb\n', 60_000, 'a\nb\n']);
    expect(sink.out).toBe('a\nb\nc\n');
  });

  it('stops a loop that never sleeps with SPIN instead of running forever', () => {
    const { gen } = start('while true; do :; done');
    expect(gen.next().value).toEqual({ spin: true });
  });
});

describe('shell functions', () => {
  // each row as bash 5.2, busybox ash 1.35 and dash 0.5.12 print it (run side by side)
  it.each<[string, string, number]>([
    ['f() { echo "$# [$1] [$2]"; for a in "$@"; do echo "<$a>"; done; echo "$*"; return 3; }; f a "b c"; echo $?', '2 [a] [b c]\n<a>\n<b c>\na b c\n3\n', 0],
    ['g() ( X=1; echo sub ); g; echo "[$X]"', 'sub\n[]\n', 0],
    ['f() { X=in; }; f; echo $X', 'in\n', 0],
    ['f() { echo "[$X]"; }; X=pre f; echo "[$X]"', '[pre]\n[]\n', 0],
    ['f() { echo "x$@y"; }; f 1 2; f; f() { echo $#; }; f "$@"', 'x1 2y\nxy\n0\n', 0],
    ['f() { for a; do echo "<$a>"; done; }; f x "y z"', '<x>\n<y z>\n', 0],
    ['f() { echo $1; }; set -- a b; f; echo $1 $#; shift; echo $@ $#', '\na 2\nb 1\n', 0],
    ['f() { echo in; } > /o; f; cat /o', 'in\n', 0],
    ['f() { read a; echo "got $a"; }; echo hi | f', 'got hi\n', 0],
    ['f() { (return 3); echo $?; echo $(return 5)$?; return 300; }; f; echo $?', '3\n0\n44\n', 0],
    ['f() { false; return; }; f; echo $?', '1\n', 0],
    ['f() { exit 3; echo no; }; f; echo after', '', 3],
    ['x=o; f() { local x; echo "[$x]"; x=2; }; f; echo "[$x]"', '[]\n[o]\n', 0],
    ['f() { g; echo "f:$x"; }; g() { local x=g; }; x=top; f', 'f:top\n', 0],
    ['cat() { echo mine; }; cat; command cat; f() { :; }; command f; echo $?', 'mine\n127\n', 0],
    ['f() { :; }; unset -f f; f; echo $?', '127\n', 0],
    ['return 4; echo no', '', 4],
  ])('%j', (script, out, code) => {
    expect({ out: run(script).out, code: run(script).code }).toEqual({ out, code });
  });

  it('is told apart by type and command -v, each shell in its words', () => {
    const script = 'f() { :; }; type f cd if cat; command -v f cd cat; type nosuch';
    expect(run(script)).toEqual({ out: 'f is a function\ncd is a shell builtin\nif is a shell keyword\ncat is /usr/bin/cat\nf\nnosuch: not found\n', err: '', code: 127 });
    expect(run(script, undefined, 'dash').out).toMatch(/^f is a shell function\n/);
    expect(run(script, undefined, 'bash')).toMatchObject({ err: 'bash: line 1: type: nosuch: not found\n', code: 1 });
    expect(run(script, undefined, 'bash').out).toMatch(/\nf\ncd\n\/usr\/bin\/cat\n$/);
  });

  it('words misuse as each shell does: bash goes on, ash and dash stop the script', () => {
    expect(run('f() { return x; }; f; echo $?', undefined, 'bash')).toEqual({ out: '2\n', err: 'environment: line 1: return: x: numeric argument required\n', code: 0 });
    expect(run('f() { return x; }; f; echo $?')).toEqual({ out: '', err: 'sh: return: Illegal number: x\n', code: 2 });
    expect(run('return 4; echo $?', undefined, 'bash')).toEqual({ out: '2\n', err: "bash: line 1: return: can only `return' from a function or sourced script\n", code: 0 });
    expect(run('local y=1; echo $?', undefined, 'dash')).toEqual({ out: '', err: 'sh: 1: local: not in a function\n', code: 2 });
    expect(run('shift 5; echo $?', undefined, 'dash')).toEqual({ out: '', err: "sh: 1: shift: can't shift that many\n", code: 2 });
  });

  it('stops recursion at the playground depth: dash with its message, ash and bash as their crash, the prompt as FUNCNEST does', () => {
    expect(run('f() { f; }; f; echo after', undefined, 'dash')).toEqual({ out: '', err: 'sh: 1: Maximum function recursion depth (100) reached\n', code: 2 });
    expect(run('f() { f; }; (f); echo $?; f; echo after')).toEqual({ out: '139\n', err: '', code: 139 });
    expect(run('f() { f; }; f; echo after', undefined, 'prompt')).toEqual({ out: '', err: 'bash: f: maximum function nesting level exceeded (100)\n', code: 1 });
    expect(run('f() { f; }; (f); echo $?', undefined, 'prompt').out).toBe('1\n');
    expect(run('FUNCNEST=3; f() { f; }; f', undefined, 'bash')).toEqual({ out: '', err: 'environment: line 1: f: maximum function nesting level exceeded (3)\n', code: 1 });
  });

  it('gives up on a flood of calls that lets no time pass, as on a loop that never sleeps', () => {
    const { gen } = start('f() { :; }; while true; do f; f; done');
    expect(gen.next().value).toEqual({ spin: true });
  });
});
