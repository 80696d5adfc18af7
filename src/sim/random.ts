/** Seeded PRNG (mulberry32): every random choice of the simulation goes through one of these. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  string(length: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }

  /** Lower-case hex digits (container IDs, UIDs, etcd member IDs). */
  hex(length: number): string {
    return this.string(length, '0123456789abcdef');
  }

  /** A derived generator, so that one component's draws do not shift another's. */
  fork(salt: string): Rng {
    let h = 2166136261;
    for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 16777619);
    return new Rng((this.state ^ h) >>> 0);
  }
}

/** apimachinery rand.String alphabet: no vowels, no 0/1/3 (pod name suffixes). */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
