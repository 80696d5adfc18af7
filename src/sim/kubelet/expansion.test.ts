import { describe, expect, it } from 'vitest';
import { expand, mappingOf } from './expansion';

const ctx = { VAR_A: 'A', VAR_B: 'B', VAR_C: 'C', VAR_REF: '$(VAR_A)', VAR_EMPTY: '' };
const map = mappingOf(ctx);

// upstream TestMapping (third_party/forked/golang/expansion/expand_test.go)
const table: [string, string][] = [
  ['$(VAR_A)', 'A'],
  ['$(VAR_A)-$(VAR_A)', 'A-A'],
  ['___$(VAR_B)___', '___B___'],
  ['$$(VAR_B)_$(VAR_A)', '$(VAR_B)_A'],
  ['$$(VAR_A)_$$(VAR_B)', '$(VAR_A)_$(VAR_B)'],
  ['f000-$$VAR_A', 'f000-$VAR_A'],
  ['foo\\$(VAR_C)bar', 'foo\\Cbar'],
  ['$(VAR_A$(VAR_B))', '$(VAR_A$(VAR_B))'],
  ['$(VAR_REF)', '$(VAR_A)'],
  ['foo$(VAR_EMPTY)bar', 'foobar'],
  ['foo$(VAR_Awhoops!', 'foo$(VAR_Awhoops!'],
  ['$?_boo_$!', '$?_boo_$!'],
  ['$VAR_A', '$VAR_A'],
  ['$(VAR_DNE)', '$(VAR_DNE)'],
  ['$$$$$$(BIG_MONEY)', '$$$(BIG_MONEY)'],
  ['$$$$$$(VAR_A)', '$$$(VAR_A)'],
  ['$$$$$$$(GOOD_ODDS)', '$$$$(GOOD_ODDS)'],
  ['$$$$$$$(VAR_A)', '$$$A'],
  ['${VAR_A}', '${VAR_A}'],
  ['$(VAR_B)_______$(A', 'B_______$(A'],
  ['$(VAR_A)foobarzab$', 'Afoobarzab$'],
  ['--$($($($($--', '--$($($($($--'],
  ['$(foo$$var)', '$(foo$$var)'],
];

describe('env var expansion', () => {
  it.each(table)('expands %s to %s', (input, want) => {
    expect(expand(input, map)).toBe(want);
  });

  it('chains earlier variables without recursion', () => {
    const env: Record<string, string> = {};
    for (const [k, v] of [['FOO', 'bar'], ['ZOO', '$(FOO)-1'], ['BLU', '$(ZOO)-2']] as const) env[k] = expand(v, mappingOf(env));
    expect(env).toEqual({ FOO: 'bar', ZOO: 'bar-1', BLU: 'bar-1-2' });
  });
});
