/**
 * A minimal `Buffer` for sim code that reached for Node's (base64/utf8 conversions only), so the
 * worker runs it in the browser. Installed only where no Buffer exists. The sim should not need it:
 * src/sim is meant to be platform-free (reported to the lead).
 */
type Enc = 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'binary' | 'latin1' | undefined;

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function fromBase64(s: string): Uint8Array {
  // Node's decoder is lenient: url-safe alphabet, missing padding and stray characters are accepted
  const clean = s.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const bin = atob(padded.length % 4 === 0 ? padded : padded.slice(0, -(padded.length % 4)));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Bytes with Node's `Buffer.from(…).toString(enc)` conversions. */
class ShimBuffer {
  constructor(readonly bytes: Uint8Array) {}
  static from(v: string | ArrayLike<number>, enc?: Enc): ShimBuffer {
    if (typeof v !== 'string') return new ShimBuffer(Uint8Array.from(Array.from(v)));
    if (enc === 'base64' || enc === 'base64url') return new ShimBuffer(fromBase64(v));
    if (enc === 'binary' || enc === 'latin1') return new ShimBuffer(Uint8Array.from(v, (c) => c.charCodeAt(0) & 255));
    return new ShimBuffer(new TextEncoder().encode(v));
  }
  static isBuffer(v: unknown): boolean {
    return v instanceof ShimBuffer;
  }
  static byteLength(v: string, enc?: Enc): number {
    return ShimBuffer.from(v, enc).length;
  }
  get length(): number {
    return this.bytes.length;
  }
  toString(enc?: Enc): string {
    if (enc === 'base64') return toBase64(this.bytes);
    if (enc === 'base64url') return toBase64(this.bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    if (enc === 'binary' || enc === 'latin1') return Array.from(this.bytes, (b) => String.fromCharCode(b)).join('');
    return new TextDecoder().decode(this.bytes);
  }
}

const g = globalThis as unknown as { Buffer?: unknown };
if (typeof g.Buffer === 'undefined') g.Buffer = ShimBuffer;

export {};
