import { describe, expect, it } from 'vitest';
import { deepCopy } from './clone';

describe('deepCopy', () => {
  it('copies JSON data like structuredClone: same keys in the same order, nothing shared', () => {
    const src = { b: 1, a: { list: [1, { x: null }], s: 'v' }, u: undefined };
    const out = deepCopy(src);
    expect(out).toStrictEqual(structuredClone(src));
    expect(Object.keys(out)).toEqual(['b', 'a', 'u']);
    expect(out.a).not.toBe(src.a);
    expect(out.a.list[1]).not.toBe(src.a.list[1]);
  });

  it('keeps __proto__ an ordinary own key and gives objects the plain prototype', () => {
    const src = JSON.parse('{"__proto__":{"nodeName":"x"}}');
    const out = deepCopy(src);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).nodeName).toBeUndefined();
    expect(Object.getPrototypeOf(deepCopy(Object.create(null)))).toBe(Object.prototype);
  });
});
