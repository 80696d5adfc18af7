import { describe, expect, it } from 'vitest';
import { goValue } from './go-format';

describe('Go %v of JSON values', () => {
  it.each([
    [{ image: 'nginx', ports: [{ containerPort: 80 }], tty: true, x: null }, 'map[image:nginx ports:[map[containerPort:80]] tty:true x:<nil>]'],
    [{ b: 1, a: [] }, 'map[a:[] b:1]'],
    [1000000, '1e+06'],
    [123456, '123456'],
    [1234567, '1.234567e+06'],
    [0.5, '0.5'],
    [0.00001, '1e-05'],
  ])('%j prints as %s', (v, want) => {
    expect(goValue(v)).toBe(want);
  });
});
