import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from './shell';
import { scanScript } from '../sim/sh/lexer';
import { needsMoreInput } from '../sim/sh/parse';

function shell() {
  const fs = new MemoryWorkspace();
  const cluster = new Cluster({ seed: 7 });
  return { sh: new Shell({ cluster, fs }), fs, cluster };
}

describe('shell tokenizer', { timeout: 60_000 }, () => {
  it('keeps quoted text together and drops comments', () => {
    const [c] = scanScript(`echo "a b" 'c  d' e\\ f # comment\n`);
    expect(c.tokens.map((t) => (t.type === 'word' ? t.value : t.op))).toEqual(['echo', 'a b', 'c  d', 'e f']);
  });
  it('joins backslash-newline continuations into one command', () => {
    const cmds = scanScript('kubectl run x \\\n  --image=nginx\necho done\n');
    expect(cmds).toHaveLength(2);
    expect(cmds[0].tokens).toHaveLength(4);
  });
  it('reads heredoc bodies up to the delimiter and shows them as typed', () => {
    const cmds = scanScript("cat > f.yaml <<EOF\na: 1\nb: 2\nEOF\necho next\n");
    expect(cmds).toHaveLength(2);
    expect(cmds[0].source).toBe('cat > f.yaml <<EOF\na: 1\nb: 2\nEOF');
  });
  it('strips leading tabs for <<-', () => {
    const [c] = scanScript('cat <<-END\n\tx\n\tEND\n');
    const op = c.tokens.find((t) => t.type === 'op' && t.op === '<<-');
    expect(op && op.type === 'op' && op.heredoc?.body).toBe('x\n');
  });
  it('lets a quoted string span lines', () => {
    const cmds = scanScript(`echo '{\n  "a": 1\n}'\n`);
    expect(cmds).toHaveLength(1);
  });
});

describe('shell', { timeout: 60_000 }, () => {
  it('pipes echo into base64 and back', () => {
    const { sh } = shell();
    expect(sh.run('echo -n abc | base64').out).toBe('YWJj\n');
    expect(sh.run('echo YWJj | base64 -d').out).toBe('abc');
    expect(sh.run('echo -n admin | base64').out).toBe('YWRtaW4=\n');
  });

  it('writes a workspace file with cat and a heredoc, and appends with >>', () => {
    const { sh, fs } = shell();
    sh.run("cat > f.yaml <<'EOF'\nkind: Pod\nEOF");
    sh.run('echo more >> f.yaml');
    expect(fs.read('f.yaml')).toBe('kind: Pod\nmore\n');
    expect(sh.run('cat f.yaml | wc -l').out).toBe('2\n');
    expect(sh.run('ls').out).toBe('f.yaml\n');
  });

  // GNU ls 9.1 in a directory holding f.yaml, dir/g.yaml and dir/sub/h (output not a terminal)
  it.each([
    ['ls', 'dir\nf.yaml\n', 0],
    ['ls dir', 'g.yaml\nsub\n', 0],
    ['ls dir/', 'g.yaml\nsub\n', 0],
    ['ls nope f.yaml', "ls: cannot access 'nope': No such file or directory\nf.yaml\n", 2],
    ['ls dir f.yaml', 'f.yaml\n\ndir:\ng.yaml\nsub\n', 0],
    ['ls -R', '.:\ndir\nf.yaml\n\n./dir:\ng.yaml\nsub\n\n./dir/sub:\nh\n', 0],
    ['ls -d dir', 'dir\n', 0],
    ['ls /root/nope', "ls: cannot access '/root/nope': No such file or directory\n", 2],
    ['ls /root/dir/sub', 'h\n', 0],
  ])('lists the workspace as GNU ls does: %s', (line, out, code) => {
    const { sh, fs } = shell();
    for (const [p, text] of [['f.yaml', 'a\n'], ['dir/g.yaml', 'b\n'], ['dir/sub/h', 'c\n']]) fs.write(p, text);
    expect(sh.run(line)).toEqual({ out, code });
  });

  it('shows workspace files long, owned by the learner (root), with their sizes', () => {
    const { sh, fs } = shell();
    fs.write('f.yaml', 'kind: Pod\n');
    expect(sh.run('ls -l f.yaml').out).toMatch(/^-rw-r--r-- 1 root root    10 \w{3} [ \d]\d \d\d:\d\d f\.yaml\n$/);
  });

  // GNU rm 9.1 in the same directory
  it.each([
    ['rm f.yaml; ls', 'dir\n', 0, ['dir/g.yaml', 'dir/sub/h']],
    ['rm nofile', "rm: cannot remove 'nofile': No such file or directory\n", 1, undefined],
    ['rm -f nofile', '', 0, undefined],
    ['rm', "rm: missing operand\nTry 'rm --help' for more information.\n", 1, undefined],
    ['rm dir', "rm: cannot remove 'dir': Is a directory\n", 1, undefined],
    ['rm -r .', "rm: refusing to remove '.' or '..' directory: skipping '.'\n", 1, undefined],
    ['rm -rv dir', "removed 'dir/g.yaml'\nremoved 'dir/sub/h'\nremoved directory 'dir/sub'\nremoved directory 'dir'\n", 0, ['f.yaml']],
    ['rm -v /root/f.yaml', "removed '/root/f.yaml'\n", 0, ['dir/g.yaml', 'dir/sub/h']],
  ])('removes workspace files as GNU rm does: %s', (line, out, code, left) => {
    const { sh, fs } = shell();
    for (const [p, text] of [['f.yaml', 'a\n'], ['dir/g.yaml', 'b\n'], ['dir/sub/h', 'c\n']]) fs.write(p, text);
    expect(sh.run(line)).toEqual({ out, code });
    expect(fs.list()).toEqual(left ?? ['dir/g.yaml', 'dir/sub/h', 'f.yaml']);
  });

  it('edits a manifest with sed -i that kubectl then applies, as on a laptop', () => {
    const { sh, fs } = shell();
    fs.write('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  color: blue\n');
    expect(sh.run("sed -i 's/blue/green/' cm.yaml && kubectl apply -f cm.yaml")).toEqual({ out: 'configmap/web created\n', code: 0 });
    expect(sh.run("kubectl get cm web -o jsonpath='{.data.color}'").out).toBe('green');
    expect(sh.run("sed -n '/name/p' cm.yaml | sed 's/ *name: //'").out).toBe('web\n');
    expect(sh.run('sed s/a/b/ nofile')).toEqual({ out: "sed: can't read nofile: No such file or directory\n", code: 2 });
  });

  it('expands unquoted heredoc bodies as bash does (a quoted delimiter keeps them as typed)', () => {
    const { sh, fs } = shell();
    sh.run('X=1');
    expect(sh.run('cat > a <<EOF\n$X ${X}2 $(echo s) \\$x $(VAR)\nEOF').out).toBe('bash: VAR: command not found\n');
    expect(fs.read('a')).toBe('1 12 s $x \n');
    sh.run("cat > b <<'EOF'\n$X $(VAR)\nEOF");
    expect(fs.read('b')).toBe('$X $(VAR)\n');
  });

  it('reports unknown commands with exit 127', () => {
    const { sh } = shell();
    expect(sh.run('foo bar')).toEqual({ out: 'bash: foo: command not found\n', code: 127 });
  });

  it('says the playground prompt stays open on exit (a container shell is left with exit, not this one)', () => {
    const { sh } = shell();
    const r = sh.run('exit');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^exit: this is the playground's own shell and stays open/);
    // in a subshell or a substitution, exit is bash's: it ends that copy of the shell with its status
    expect(sh.run('(exit 3); echo $?; X=$(exit 4); echo $?')).toEqual({ out: '3\n4\n', code: 0 });
    expect(sh.run('echo a; exit 5; echo b')).toEqual({ out: "a\nexit: this is the playground's own shell and stays open (exit leaves a shell opened with kubectl exec -it or kubectl run -it)\n", code: 5 });
    expect(sh.run('echo $?; type exit; type sleep').out).toBe('5\nexit is a shell builtin\nsleep is /usr/bin/sleep\n');
  });

  it('advances the virtual clock with sleep', () => {
    const { sh, cluster } = shell();
    const t = cluster.now();
    sh.run('sleep 90');
    sh.run('sleep 2m');
    sh.run('sleep 1s');
    expect(cluster.now() - t).toBe(90_000 + 120_000 + 1000);
    const before = cluster.now();
    expect(sh.run('sleep 30d').out).toBe('sleep: the playground moves its clock at most 24h per sleep; sleeping 24h\n');
    expect(cluster.now() - before).toBe(24 * 3600 * 1000);
    expect(sh.run('sleep abc').out).toBe("sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n");
  });


  it('runs && and || by exit code and ; unconditionally', () => {
    const { sh } = shell();
    expect(sh.run('false && echo no; echo yes').out).toBe('yes\n');
    expect(sh.run('false || echo fallback').out).toBe('fallback\n');
  });

  it('filters with grep, head and tail', () => {
    const { sh } = shell();
    sh.run('cat > f <<EOF\none\ntwo\nthree\nEOF');
    expect(sh.run('grep t f').out).toBe('two\nthree\n');
    expect(sh.run('grep -v t f').out).toBe('one\n');
    expect(sh.run('grep -c o f').out).toBe('2\n');
    expect(sh.run('grep zzz f').code).toBe(1);
    expect(sh.run('head -n 1 f').out).toBe('one\n');
    expect(sh.run('tail -2 f').out).toBe('two\nthree\n');
    expect(sh.run('cat f | wc').out).toBe('      3       3      14\n');
  });

  it('sends stderr to the terminal and stdout down the pipe', () => {
    const { sh } = shell();
    expect(sh.run('cat missing | wc -l').out).toBe('cat: missing: No such file or directory\n0\n');
    expect(sh.run('cat missing 2>/dev/null | wc -l').out).toBe('0\n');
  });

  it('shows a syntax error for a dangling pipe', () => {
    const { sh } = shell();
    expect(sh.run('echo hi |')).toEqual({ out: "bash: syntax error near unexpected token `newline'\n", code: 2 });
  });

  it('prints a transcript with each command and its output; failures do not stop the script', () => {
    const { sh } = shell();
    const t = sh.transcript('# setup\necho one\nnope\n\necho -n two\necho three\n');
    expect(t).toBe('$ echo one\none\n$ nope\nbash: nope: command not found\n$ echo -n two\ntwo\n$ echo three\nthree\n');
  });

  it('feeds a heredoc through a pipe (cat <<EOF | kubectl apply -f -)', () => {
    const { sh } = shell();
    const r = sh.run('cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: piped\nEOF');
    expect(r.out).toBe('configmap/piped created\n');
  });

  it('lets a caller intercept kubectl commands', () => {
    const fs = new MemoryWorkspace();
    const seen: string[][] = [];
    const sh = new Shell({
      cluster: new Cluster({ seed: 1 }),
      fs,
      interceptKubectl: (argv) => {
        seen.push(argv);
        return argv[0] === 'edit' ? { out: 'opened in the editor\n', code: 0 } : undefined;
      },
    });
    expect(sh.run('k edit deploy/kubia').out).toBe('opened in the editor\n');
    expect(sh.run('kubectl creat').out).toContain('unknown command');
    expect(seen).toEqual([['edit', 'deploy/kubia'], ['creat']]);
  });

  it('prints the virtual time with date, and a +FORMAT of it as GNU date does', () => {
    const { sh, cluster } = shell();
    expect(sh.run('date +%s').out).toBe(`${Math.floor(cluster.now() / 1000)}\n`);
    expect(sh.run('date').out).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\n$/);
  });

  it('routes k to kubectl', () => {
    const { sh } = shell();
    expect(sh.run('k creat').out).toContain('error: unknown command "creat" for "kubectl"');
  });
});

describe('needsMoreInput (the terminal\'s continuation prompt)', () => {
  it.each([
    ['kubectl get pods', false],
    ["echo 'open", true],
    ['kubectl run x \\', true],
    ['kubectl get pods |', true],
    ['kubectl apply -f - <<EOF\nkind: Pod', true],
    ['kubectl apply -f - <<EOF\nkind: Pod\nEOF', false],
    ['echo "a" && ', true],
    ['for i in 1 2; do', true],
    ['for i in 1 2; do\n  echo $i', true],
    ['for i in 1 2; do\n  echo $i\ndone', false],
    ['if true; then echo y; fi', false],
    ['echo a; fi', false],
    ['cat <<EOF\nit\'s\nEOF', false],
    ['', false],
  ])('%j → %s', (text, want) => {
    expect(needsMoreInput(text)).toBe(want);
  });
});
