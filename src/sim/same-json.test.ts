import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson, sameJsonWithout } from './same-json';

describe('sameJson', () => {
  it('agrees with comparing serializations', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: undefined }, {}],
      [[1, undefined], [1, null]],
      [[], {}],
      [null, undefined],
      [NaN, null],
      [Infinity, -Infinity],
      [0, -0],
      ['1', 1],
      ['null', null],
      [{ a: [{ b: 'x' }] }, { a: [{ b: 'x' }] }],
      [{ a: [{ b: 'x' }] }, { a: [{ b: 'y' }] }],
      [{ d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' }],
      [{ a: 1, f: () => 1 }, { a: 1 }],
      [true, 'true'],
    ];
    for (const [a, b] of cases) expect(sameJson(a, b), JSON.stringify([a, b])).toBe(JSON.stringify(a) === JSON.stringify(b));
  });

  it('agrees with comparing serializations for any JSON-shaped values', () => {
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.constantFrom(null, undefined, 0, 1, 'a', 'b', true), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('v'), { maxKeys: 3 })),
    })).v;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out the top-level keys it is told to, as a serialization of the rest would', () => {
    const skip = new Set(['metadata', 'status']);
    const body = (o: Record<string, unknown>) => {
      const { metadata: _m, status: _s, ...rest } = o;
      return JSON.stringify(rest);
    };
    const obj = fc.dictionary(fc.constantFrom('spec', 'metadata', 'status', 'kind'), fc.constantFrom(undefined, 1, 'x', { a: 1 }), { maxKeys: 4 });
    fc.assert(
      fc.property(obj, obj, (a, b) => {
        expect(sameJsonWithout(a, b, skip)).toBe(body(a) === body(b));
      }),
      { numRuns: 2000 },
    );
  });
});
