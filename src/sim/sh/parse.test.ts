import { describe, expect, it } from 'vitest';
import { parse, ParseError, readCommands, type Node } from './parse';

/** The words of a tree's simple commands, in order, as the lexer left them (quotes removed). */
function words(n: Node): string[][] {
  switch (n.kind) {
    case 'simple':
      return [n.words.map((w) => w.value)];
    case 'pipeline':
      return n.cmds.flatMap(words);
    case 'andor':
      return [...words(n.first), ...n.rest.flatMap((r) => words(r.node))];
    case 'seq':
      return n.items.flatMap((i) => words(i.node));
    case 'while':
      return [...words(n.cond), ...words(n.body)];
    case 'for':
      return [n.words.map((w) => w.value), ...words(n.body)];
    case 'redirected':
      return words(n.node);
    case 'subshell':
    case 'group':
    case 'function':
      return words(n.body);
    case 'case':
      return [[n.subject.value, ...n.arms.flatMap((a) => a.patterns.map((w) => w.value))], ...n.arms.flatMap((a) => words(a.body))];
    case 'if':
      return [...words(n.cond), ...words(n.then), ...n.elifs.flatMap((e) => [...words(e.cond), ...words(e.then)]), ...(n.else ? words(n.else) : [])];
  }
}

describe('the one shell grammar', () => {
  it.each<[string, string[][]]>([
    ['echo a; echo b | grep b && echo ok || echo no', [['echo', 'a'], ['echo', 'b'], ['grep', 'b'], ['echo', 'ok'], ['echo', 'no']]],
    ['while true\ndo\n  sleep 1\ndone', [['true'], ['sleep', '1']]],
    ['for i in 1 "2 3"; do echo $i; done', [['1', '2 3'], ['echo', '$i']]],
    ['if test -f x; then echo y; elif false; then :; else echo n; fi', [['test', '-f', 'x'], ['echo', 'y'], ['false'], [':'], ['echo', 'n']]],
    ['echo "do" done', [['echo', 'do', 'done']]],
    ['(cd /tmp; ls) | wc -l', [['cd', '/tmp'], ['ls'], ['wc', '-l']]],
    ['case $x in\n  a|b) echo ab;;\n  (*) echo other\nesac', [['$x', 'a', 'b', '*'], ['echo', 'ab'], ['echo', 'other']]],
  ])('%j', (src, want) => {
    expect(words(parse(src))).toEqual(want);
  });

  it('keeps redirections as data, heredoc bodies included', () => {
    const n = parse("cat <<'EOF' >> out 2>&1\n$x\nEOF\necho e >&2 &> both");
    expect(n.kind).toBe('seq');
    const [cat, echo] = n.kind === 'seq' ? n.items.map((i) => i.node) : [];
    expect(cat.kind === 'simple' && cat.redirects.map((r) => r.kind)).toEqual(['heredoc', 'out', 'errToOut']);
    expect(cat.kind === 'simple' && cat.redirects[0]).toEqual({ kind: 'heredoc', body: '$x\n' });
    expect(echo.kind === 'simple' && echo.redirects.map((r) => r.kind)).toEqual(['outToErr', 'both']);
  });

  it.each<[string, string, string | undefined]>([
    ['echo "open', 'dquote', 'dquote'],
    ['echo $(true', 'subst', 'subst'],
    ['while true; do :', 'syntax error: unexpected end of file (expecting "done")', undefined],
    ['fi', 'syntax error: unexpected "fi"', undefined],
    ['echo >', 'syntax error: unexpected redirection', undefined],
  ])('%j fails as the container shells say', (src, message, lex) => {
    const e = (() => {
      try {
        parse(src);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ParseError);
    expect(e).toMatchObject({ message, lex });
  });

  it.each<[string, string | undefined]>([
    ['echo hi |', 'newline'],
    ['echo a && ', 'newline'],
    ['; echo a', ';'],
    ['echo a ;; echo b', ';;'],
    ['echo \\$(echo no)', '('],
    ['echo >', 'newline'],
    ['for i in 1; do echo $i', undefined],
  ])('%j names the token bash stops at (undefined: the input ended inside a command)', (src, near) => {
    expect(() => parse(src)).toThrow(ParseError);
    try {
      parse(src);
    } catch (e) {
      expect(e instanceof ParseError && e.near).toBe(near);
    }
  });

  it('redirects a compound command as a whole', () => {
    const n = parse('for i in 1 2; do echo $i; done > out.txt 2>&1');
    expect(n.kind === 'redirected' && n.redirects.map((r) => r.kind)).toEqual(['out', 'errToOut']);
    expect(words(n)).toEqual([['1', '2'], ['echo', '$i']]);
  });

  it('reads an interactive script line by line, a compound command until its end, its lines indented as typed', () => {
    const cmds = readCommands('  echo a\nfor i in 1 2\ndo\n  echo $i\n\n\tif true; then :; fi\ndone\necho b |\n');
    expect(cmds.map((c) => c.source)).toEqual(['echo a', 'for i in 1 2\ndo\n  echo $i\n\tif true; then :; fi\ndone', 'echo b |']);
    expect(cmds.map((c) => c.error?.near)).toEqual([undefined, undefined, 'newline']);
  });

  it('defines functions: a brace group or any command as the body (ash, dash), a compound one only in bash', () => {
    const n = parse('f() { echo a; }; g ()\n( echo b )');
    expect(n.kind === 'seq' && n.items.map((i) => i.node.kind === 'function' && [i.node.name, i.node.body.kind])).toEqual([
      ['f', 'group'],
      ['g', 'subshell'],
    ]);
    expect(parse('f() echo hi').kind).toBe('function');
    expect(() => parse('f() echo hi', 'bash')).toThrow(expect.objectContaining({ near: 'echo' }));
    expect(() => parse('a-b() { :; }')).toThrow('syntax error: bad function name');
    expect(parse('a-b() { :; }', 'bash').kind).toBe('function');
    expect(() => parse('{ }')).toThrow('syntax error: unexpected "}"');
    expect(() => parse('f() { echo a }')).toThrow('syntax error: unexpected end of file (expecting "}")');
  });

  it('reads a function typed over several lines at the prompt as one command', () => {
    const cmds = readCommands('f() {\n  echo a\n}\nf');
    expect(cmds.map((c) => [c.source, c.error])).toEqual([
      ['f() {\n  echo a\n}', undefined],
      ['f', undefined],
    ]);
  });

  it('sends both streams with &> and &>> in bash, &> only in busybox ash; dash reads & then >', () => {
    const both = (src: string, g: 'bash' | 'ash' | 'dash') => {
      const n = parse(src, g);
      return n.kind === 'simple' ? n.redirects.map((r) => r.kind === 'both' && r.append) : n.kind;
    };
    expect(both('echo a &>>f', 'bash')).toEqual([true]);
    expect(both('echo a &>f', 'ash')).toEqual([false]);
    expect(() => parse('echo a &>>f', 'ash')).toThrow('syntax error: unexpected redirection');
    expect(both('echo a &>>f', 'dash')).toBe('seq');
  });
});
