import { describe, expect, it } from 'vitest';
import { cleanPath } from './sources';

describe('cleanPath (Go path.Clean, as filepath.Walk names the files of a -f directory)', () => {
  it.each([
    ['./bad.yaml', 'bad.yaml'],
    ['./set/a.yaml', 'set/a.yaml'],
    ['set//a.yaml', 'set/a.yaml'],
    ['set/./sub/../a.yaml', 'set/a.yaml'],
    ['../x/a.yaml', '../x/a.yaml'],
    ['/../a.yaml', '/a.yaml'],
    ['.', '.'],
  ])('%s is %s', (input, want) => expect(cleanPath(input)).toBe(want));
});
