import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from './shell';
import { needsMoreInput } from '../sim/sh/parse';

function shell() {
  const fs = new MemoryWorkspace();
  return { sh: new Shell({ cluster: new Cluster({ seed: 3 }), fs }), fs };
}

/** Each argument on its own line, bracketed, so field splitting shows. */
const ARGS = "printf '[%s]\\n'";

describe('command substitution and variables at the page prompt', { timeout: 60_000 }, () => {
  it.each([
    // unquoted results are split into fields at spaces, tabs and newlines
    [`${ARGS} $(echo 'a  b'; echo c)`, '[a]\n[b]\n[c]\n'],
    // inside double quotes there is no splitting, inner newlines stay, trailing ones go
    [`${ARGS} "$(echo 'a  b'; echo c)"`, '[a  b\nc]\n'],
    [`${ARGS} "$(printf 'x\\n\\n\\n')"`, '[x]\n'],
    // text around a substitution joins its first and last fields
    [`${ARGS} pre$(echo ' 1 2 ')post`, '[pre]\n[1]\n[2]\n[post]\n'],
    [`${ARGS} pre$(echo 1 2)post`, '[pre1]\n[2post]\n'],
    // an empty unquoted result is no word at all; quoted it is one empty word
    [`${ARGS} a $(true) b`, '[a]\n[b]\n'],
    [`${ARGS} a "$(true)" b`, '[a]\n[]\n[b]\n'],
    // nesting, backquotes, and quotes that hold a closing parenthesis
    ['echo $(echo $(echo inner) outer)', 'inner outer\n'],
    ['echo `echo back` "`echo quoted`"', 'back quoted\n'],
    ['echo `echo \\`echo nested\\``', 'nested\n'],
    [`echo $(echo ')' "(")`, ') (\n'],
    // single quotes keep everything; \\$ is a dollar (unquoted, the `(` after it is bash's syntax error)
    [`echo '$(echo no)' "\\$(echo no)"`, '$(echo no) $(echo no)\n'],
    [`echo \\$(echo no)`, "bash: syntax error near unexpected token `('\n"],
    // special parameters: no positional arguments at the prompt; ${NAME:-word} and ${NAME-word} give defaults
    ['echo [$1] [$#] [$0]', '[] [0] [bash]\n'],
    ['echo ${UNSET:-dflt} ${UNSET-dflt} [${UNSET}]', 'dflt dflt []\n'],
    ['echo "cost: \\$5"', 'cost: $5\n'],
    // a $ that starts no expansion stays
    ['echo a$ $ "$"', 'a$ $ $\n'],
  ])('%s', (line, want) => {
    expect(shell().sh.run(line).out).toBe(want);
  });

  it('sets variables, expands them split or not, and keeps assignments inside $(...) to the subshell', () => {
    const { sh } = shell();
    expect(sh.run('X="a  b"').out).toBe('');
    expect(sh.run(`${ARGS} $X "$X" \${X}c`).out).toBe('[a]\n[b]\n[a  b]\n[a]\n[bc]\n');
    sh.run('Y=$(X=changed; echo $X)');
    expect(sh.run('echo "$X / $Y"').out).toBe('a  b / changed\n');
    expect(sh.run('export Z=$(echo 1 2) W; echo "$Z"').out).toBe('1 2\n');
    expect(sh.run('unset Z; echo "[$Z]"').out).toBe('[]\n');
    expect(sh.run('export 1x=y')).toEqual({ out: "bash: export: `1x=y': not a valid identifier\n", code: 1 });
  });

  it('reports $? and gives an assignment the status of its substitution', () => {
    const { sh } = shell();
    expect(sh.run('false; echo $?').out).toBe('1\n');
    expect(sh.run('V=$(false)').code).toBe(1);
    expect(sh.run('V=$(true) && echo ok').out).toBe('ok\n');
    expect(sh.run('nope; echo "status ${?}"').out).toBe('bash: nope: command not found\nstatus 127\n');
  });

  it('shows the stderr of a substitution and passes only its stdout on', () => {
    const { sh } = shell();
    expect(sh.run('echo "[$(cat missing)]"').out).toBe('cat: missing: No such file or directory\n[]\n');
  });

  it('feeds kubectl output into another command, as TOKEN=$(kubectl ...) lines do', () => {
    const { sh } = shell();
    sh.run('kubectl create serviceaccount reader');
    sh.run('NAME=$(kubectl get sa reader -o jsonpath={.metadata.name})');
    expect(sh.run('kubectl get sa $NAME -o name').out).toBe('serviceaccount/reader\n');
    expect(sh.run('kubectl get `kubectl get sa reader -o name` -o jsonpath="{.metadata.namespace}"').out).toBe('default');
  });

  it('expands redirection targets and refuses one that names no single file', () => {
    const { sh, fs } = shell();
    sh.run('F=out.txt; echo hi > $F');
    expect(fs.read('out.txt')).toBe('hi\n');
    expect(sh.run('echo hi > $(echo a b)')).toEqual({ out: 'bash: $(echo a b): ambiguous redirect\n', code: 1 });
  });

  it('stops runaway nesting instead of recursing without end', () => {
    const { sh } = shell();
    const deep = 'echo ' + '$(echo '.repeat(40) + 'x' + ')'.repeat(40);
    expect(sh.run(deep).out).toContain('nested too deeply');
  });

  it('says an unclosed substitution is unfinished, so the terminal asks for more', () => {
    const { sh } = shell();
    expect(sh.run('echo $(echo a')).toEqual({ out: "bash: unexpected EOF while looking for matching `)'\n", code: 2 });
    expect(needsMoreInput('echo $(echo a')).toBe(true);
    expect(needsMoreInput('echo `date')).toBe(true);
    expect(needsMoreInput('echo $(echo a)')).toBe(false);
  });
});
