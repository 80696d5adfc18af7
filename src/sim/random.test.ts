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

  it('makes version 4 UUIDs with the RFC 4122 variant, the same for the same seed', () => {
    const r = new Rng(9);
    const ids = Array.from({ length: 200 }, () => r.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Rng(9).uuid()).toBe(ids[0]);
  });
});
