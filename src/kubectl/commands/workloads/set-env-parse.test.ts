import { describe, expect, it } from 'vitest';
import { parseEnv, splitEnvFromResources } from './set-env-parse';

describe('set env arguments (envutil)', () => {
  it.each([
    [['deploy/web', 'A=1', 'B-'], { resources: ['deploy/web'], envArgs: ['A=1', 'B-'] }],
    [['deploy', 'web', 'A='], { resources: ['deploy', 'web'], envArgs: ['A='] }],
    [['A=1'], { resources: [], envArgs: ['A=1'] }],
    [['A=1', 'deploy/web'], undefined],
  ])('splits %j', (args, want) => expect(splitEnvFromResources(args)).toEqual(want));

  it('parses KEY=VALUE (the first = splits) and KEY-', () => {
    expect(parseEnv(['A=1', 'B==x', 'C-', '__proto__=x'], undefined)).toEqual({
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '=x' },
        { name: '__proto__', value: 'x' },
      ],
      remove: ['C'],
    });
  });

  it('reads stdin lines cut at #, skipping those without =', () => {
    expect(parseEnv(['-'], 'X=1 # c\r\nY=two=2\nnoeq\n#Z=3\n').env).toEqual([
      { name: 'X', value: '1 ' },
      { name: 'Y', value: 'two=2' },
    ]);
  });

  it.each([
    [['1A=2'], /^"1A" is not a valid key name: a valid environment variable name must consist of alphabetic/],
    [['..x=1'], /^"\.\.x" is not a valid key name: must not start with '\.\.'$/],
    [['bad'], /^unknown environment variable: bad$/],
    [['A=1', 'A-'], /^can not both modify and remove the same environment variable in the same command$/],
  ])('refuses %j', (specs, message) => expect(() => parseEnv(specs, undefined)).toThrow(message));
});
