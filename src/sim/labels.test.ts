import { describe, expect, it } from 'vitest';
import { formatSelector, lexSelector, matchesRequirement, matchesSelector, parseSelector, selectorFromString, type LabelSelectorRequirement } from './labels';

type Req = LabelSelectorRequirement;
const SYMBOL: Partial<Record<Req['operator'], string>> = { Equals: '=', NotEquals: '!=', GreaterThan: '>', LessThan: '<' };

/** labels.Selector.String(): requirements joined by commas, as the parser returns them (sorted by key). */
function restring(reqs: Req[]): string {
  return reqs
    .map((r) => {
      if (r.operator === 'Exists') return r.key;
      if (r.operator === 'DoesNotExist') return `!${r.key}`;
      if (r.operator === 'In' || r.operator === 'NotIn') return `${r.key} ${r.operator.toLowerCase()} (${r.values!.join(',')})`;
      return `${r.key}${SYMBOL[r.operator]}${r.values![0]}`;
    })
    .join(',');
}

const has = (key: string): Req => ({ key, operator: 'Exists' });
const req = (key: string, operator: Req['operator'], values: string[]): Req => ({ key, operator, values });

// The tables of apimachinery pkg/labels/selector_test.go, as rows of ours.
describe('label selectors: upstream TestSelectorParse', () => {
  it.each(['x=a,y=b,z=c', '', 'x!=a,y=b', 'x=', 'x= ', 'x=,z= ', 'x= ,z= ', '!x', 'x>1', 'x>1,z<5'])('parses %j and prints it back without spaces', (s) => {
    expect(restring(parseSelector(s))).toBe(s.replaceAll(' ', ''));
  });

  it.each(['x=a||y=b', 'x==a==b', '!x=a', 'x<a'])('rejects %j', (s) => {
    expect(() => parseSelector(s)).toThrow();
  });

  it('parses deterministically: requirements sorted by key (TestDeterministicParse)', () => {
    expect(restring(parseSelector('x=a,a=x'))).toBe(restring(parseSelector('a=x,x=a')));
  });
});

describe('label selectors: upstream TestSelectorMatches', () => {
  const labelset = { foo: 'bar', baz: 'blah' };
  it.each([
    ['', { x: 'y' }, true],
    ['x=y', { x: 'y' }, true],
    ['x=y,z=w', { x: 'y', z: 'w' }, true],
    ['x!=y,z!=w', { x: 'z', z: 'a' }, true],
    ['notin=in', { notin: 'in' }, true],
    ['x', { x: 'z' }, true],
    ['!x', { y: 'z' }, true],
    ['x>1', { x: '2' }, true],
    ['x<1', { x: '0' }, true],
    ['x=z', {}, false],
    ['x=y', { x: 'z' }, false],
    ['x=y,z=w', { x: 'w', z: 'w' }, false],
    ['x!=y,z!=w', { x: 'z', z: 'w' }, false],
    ['x', { y: 'z' }, false],
    ['!x', { x: 'z' }, false],
    ['x>1', { x: '0' }, false],
    ['x<1', { x: '2' }, false],
    ['foo=bar', labelset, true],
    ['baz=blah', labelset, true],
    ['foo=bar,baz=blah', labelset, true],
    ['foo=blah', labelset, false],
    ['baz=bar', labelset, false],
    ['foo=bar,foobar=bar,baz=blah', labelset, false],
    // and ours
    ['app==kubia,env!=prod', { app: 'kubia', env: 'dev' }, true],
    ['env in (dev, qa)', { env: 'qa' }, true],
    ['env notin (dev)', {}, true],
    ['app', { app: '' }, true],
    ['x in ()', { x: '' }, true],
    ['x>1', { x: '1.5' }, false],
  ] as [string, Record<string, string>, boolean][])('%j on %j → %s', (sel, labels, want) => {
    expect(selectorFromString(sel)(labels)).toBe(want);
  });
});

describe('label selectors: upstream TestLexer and TestLexerSequence', () => {
  it.each([
    ['', 'end'],
    [',', ','],
    ['notin', 'notin'],
    ['in', 'in'],
    ['=', '='],
    ['==', '=='],
    ['>', '>'],
    ['<', '<'],
    // the longest operator a run of special characters starts with
    ['!', '!'],
    ['!=', '!='],
    ['(', '('],
    [')', ')'],
    // characters that are not special belong to an identifier
    ['~', 'id'],
    ['||', 'id'],
  ])('lexes %j as %s', (s, tok) => {
    const [first] = lexSelector(s);
    expect(first.tok).toBe(tok);
    if (tok !== 'end') expect(first.lit).toBe(s);
  });

  it.each([
    ['key in ( value )', 'id in ( id )'],
    ['key notin ( value )', 'id notin ( id )'],
    ['key in ( value1, value2 )', 'id in ( id , id )'],
    ['key', 'id'],
    ['!key', '! id'],
    ['()', '( )'],
    ['x in (),y', 'id in ( ) , id'],
    ['== != (), = notin', '== != ( ) , = notin'],
    ['key>2', 'id > id'],
    ['key<1', 'id < id'],
  ])('lexes %j as %s', (s, toks) => {
    expect(lexSelector(s).map((i) => i.tok).join(' ')).toBe(`${toks} end`);
  });
});

describe('label selectors: upstream TestSetSelectorParser', () => {
  it.each([
    ['', []],
    ['\rx', [has('x')]],
    ['this-is-a-dns.domain.com/key-with-dash', [has('this-is-a-dns.domain.com/key-with-dash')]],
    ['this-is-another-dns.domain.com/key-with-dash in (so,what)', [req('this-is-another-dns.domain.com/key-with-dash', 'In', ['so', 'what'])]],
    ['0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)', [req('0.1.2.domain/99', 'NotIn', ['10.10.100.1', 'tick.tack.clock'])]],
    ['foo  in\t (abc)', [req('foo', 'In', ['abc'])]],
    ['x notin\n (abc)', [req('x', 'NotIn', ['abc'])]],
    ['x  notin\t\t\t(abc,def)', [req('x', 'NotIn', ['abc', 'def'])]],
    ['x in (abc,def)', [req('x', 'In', ['abc', 'def'])]],
    ['x in (abc,)', [req('x', 'In', ['', 'abc'])]],
    ['x in ()', [req('x', 'In', [''])]],
    ['x notin (abc,,def),bar,z in (),w', [has('bar'), has('w'), req('x', 'NotIn', ['', 'abc', 'def']), req('z', 'In', [''])]],
    ['x,y in (a)', [has('x'), req('y', 'In', ['a'])]],
    ['x=a', [req('x', 'Equals', ['a'])]],
    ['x>1', [req('x', 'GreaterThan', ['1'])]],
    ['x<7', [req('x', 'LessThan', ['7'])]],
    ['x=a,y!=b', [req('x', 'Equals', ['a']), req('y', 'NotEquals', ['b'])]],
    ['x=a,y!=b,z in (h,i,j)', [req('x', 'Equals', ['a']), req('y', 'NotEquals', ['b']), req('z', 'In', ['h', 'i', 'j'])]],
    ['x notin ( )', [req('x', 'NotIn', [''])]],
    ['x notin (, a)', [req('x', 'NotIn', ['', 'a'])]],
    ['a ', [has('a')]],
    ['a in (x,y,notin, z,in)', [req('a', 'In', ['in', 'notin', 'x', 'y', 'z'])]],
  ] as [string, Req[]][])('parses %j', (s, want) => {
    expect(parseSelector(s)).toEqual(want);
  });

  it.each(['x=a||y=b', 'x,,y', ',x,y', 'x nott in (y)', 'a in (xyz),', 'a in (xyz)b notin ()', 'a in (xyz abc)', 'a notin(', 'a (', '('])('rejects %j', (s) => {
    expect(() => parseSelector(s)).toThrow();
  });
});

describe('label selectors: upstream TestRequirementConstructor (through the parser)', () => {
  it.each([
    ['x in (foo)', true],
    ['x notin (foo)', true],
    ['x', true],
    ['!x', true],
    ['1foo in (bar)', true],
    ['1234 in (bar)', true],
    ['y>1', true],
    ['z<6', true],
    ['foo>bar', false],
    ['barz<blah', false],
    [`${'a'.repeat(254)}`, false],
  ] as [string, boolean][])('%s is valid: %s', (s, valid) => {
    if (valid) expect(() => parseSelector(s)).not.toThrow();
    else expect(() => parseSelector(s)).toThrow();
  });
});

describe('label selectors: upstream TestRequirementSelectorMatching', () => {
  it.each([
    [{ x: 'foo', y: 'baz' }, [req('x', 'In', ['foo']), req('y', 'NotIn', ['alpha'])], true],
    [{ x: 'foo', y: 'baz' }, [req('x', 'In', ['foo']), req('y', 'In', ['alpha'])], false],
    [{ y: '' }, [req('x', 'NotIn', ['']), has('y')], true],
    [{ y: '' }, [{ key: 'x', operator: 'DoesNotExist' }, has('y')], true],
    [{ y: '' }, [req('x', 'NotIn', ['']), { key: 'y', operator: 'DoesNotExist' }], false],
    [{ y: 'baz' }, [req('x', 'In', [''])], false],
    [{ z: '2' }, [req('z', 'GreaterThan', ['1'])], true],
    [{ z: 'v2' }, [req('z', 'GreaterThan', ['1'])], false],
  ] as [Record<string, string>, Req[], boolean][])('%j against %j → %s', (labels, reqs, want) => {
    expect(reqs.every((r) => matchesRequirement(r, labels))).toBe(want);
  });
});

// Messages as kubectl v1.34.5 prints them (`kubectl create pdb p --selector=... --dry-run=client`
// parses client-side, through the same labels.Parse the API server uses).
describe('label selectors: error messages of kubectl v1.34.5', () => {
  const LABEL_VALUE = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  it.each([
    ['x<a', `unable to parse requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a b', 'unable to parse requirement: found \'b\', expected: in, notin, =, ==, !=, gt, lt'],
    ['a in (x y)', "unable to parse requirement: found 'y', expected: ',' or ')'"],
    ['x=a b', "found 'b', expected: ',' or 'end of string'"],
    ['a/', `unable to parse requirement: <nil>: Invalid value: "a/": name part must be non-empty; name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`],
    ['a in (xyz),', "found '', expected: identifier after ','"],
    ['x=-a', `unable to parse requirement: values[0][x]: Invalid value: "-a": ${LABEL_VALUE}`],
    ['x>a-', `unable to parse requirement: [values[0]: Invalid value: "a-": for 'Gt', 'Lt' operators, the value must be an integer, values[0][x]: Invalid value: "a-": ${LABEL_VALUE}]`],
    ['x in (-a,b)', `unable to parse requirement: values[0][x]: Invalid value: "-a": ${LABEL_VALUE}`],
    ['!x=a', "found '=', expected: ',' or 'end of string'"],
    ['x==a==b', "found '==', expected: ',' or 'end of string'"],
    ['x=a||y=b', `unable to parse requirement: values[0][x]: Invalid value: "a||y": ${LABEL_VALUE}`],
    [',x', "found ',', expected: !, identifier, or 'end of string'"],
    ['x,,y', "found ',', expected: identifier after ','"],
    ['x nott in (y)', 'unable to parse requirement: found \'nott\', expected: in, notin, =, ==, !=, gt, lt'],
    ['a notin(', "unable to parse requirement: found '', expected: ',', ')' or identifier"],
    ['a (', "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"],
    ['(', "found '(', expected: !, identifier, or 'end of string'"],
    ['a in (xyz)b notin ()', "found 'b', expected: ',' or 'end of string'"],
    ['x>1.5', `unable to parse requirement: values[0]: Invalid value: "1.5": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['x in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['!', "unable to parse requirement: found '', expected: identifier"],
    ['!!x', "unable to parse requirement: found '!', expected: identifier"],
    ['x!', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
    ['x=(a)', "unable to parse requirement: found '(', expected: identifier"],
    ['x in a', "unable to parse requirement: found 'a' expected: '('"],
    ['x in (a,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
  ])('%j: %s', (s, message) => {
    let got = '';
    try {
      parseSelector(s);
    } catch (e) {
      got = (e as Error).message;
    }
    expect(got).toBe(message);
  });

  it('accepts a tab between words and an empty value set, as kubectl does', () => {
    expect(parseSelector('x\tin (a)')).toEqual([req('x', 'In', ['a'])]);
    expect(parseSelector('x in ()')).toEqual([req('x', 'In', [''])]);
  });
});

describe('label selectors: the API form', () => {
  it('treats a null API selector as matching nothing and an empty one as everything', () => {
    expect(matchesSelector(null, { a: 'b' })).toBe(false);
    expect(matchesSelector({}, { a: 'b' })).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: ['b'] }] }, { a: 'b' })).toBe(true);
  });

  it('formats selectors sorted by key', () => {
    expect(formatSelector({ matchLabels: { b: '2', a: '1' } })).toBe('a=1,b=2');
    expect(formatSelector({})).toBe('<none>');
  });
});
