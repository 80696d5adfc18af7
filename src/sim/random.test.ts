import { describe, expect, it } from 'vitest';
import { NAME_ALPHABET, Rng } from './random';

describe('seeded random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = a.string(20, NAME_ALPHABET);
    expect(b.string(20, NAME_ALPHABET)).toBe(sa);
    expect(c.string(20, NAME_ALPHABET)).not.toBe(sa);
  });

  it('draws pod-name characters only from the upstream alphabet', () => {
    const r = new Rng(7);
    expect(r.string(500, NAME_ALPHABET)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
  });

  it('forks independent streams', () => {
    const r = new Rng(1);
    expect(r.fork('a').next()).not.toBe(r.fork('b').next());
  });
});
