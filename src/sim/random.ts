/** Seeded PRNG (mulberry32): every random choice of the simulation goes through one of these. */
const HEX = '0123456789abcdef';
const VARIANT = '89ab';
/** `x` a hex digit, `y` the variant digit; the `4` is the version. */
const UUID_SHAPE = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx';

/** One reused list of char codes, sized for the string being made (nothing random is made twice at once). */
const codeBuffer: number[] = [];
function scratch(length: number): number[] {
  codeBuffer.length = length;
  return codeBuffer;
}

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
    const codes = scratch(length);
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(this.int(alphabet.length));
    return String.fromCharCode.apply(null, codes);
  }

  /**
   * A random (version 4, RFC 4122 variant) UUID as Go's uuid.New prints it: object UIDs, token IDs,
   * leader-election identities. Drawn left to right: 15 hex digits, the variant, then 15 more.
   */
  uuid(): string {
    const codes = scratch(36);
    for (let i = 0; i < 36; i++) {
      const c = UUID_SHAPE[i];
      codes[i] = c === 'x' ? HEX.charCodeAt(this.int(16)) : c === 'y' ? VARIANT.charCodeAt(this.int(4)) : UUID_SHAPE.charCodeAt(i);
    }
    return String.fromCharCode.apply(null, codes);
  }

  /** Lower-case hex digits (container IDs, etcd member IDs). */
  hex(length: number): string {
    return this.string(length, HEX);
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
