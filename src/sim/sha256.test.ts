import { describe, expect, it } from 'vitest';
import { base32Lower, sha256 } from './sha256';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('hashes %j as FIPS 180-4 says', (input, digest) => {
    expect(hex(sha256(utf8(input)))).toBe(digest);
  });

  it('hashes a million a’s', () => {
    expect(hex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
});

describe('base32Lower', () => {
  it.each([
    ['f', 'my'],
    ['fo', 'mzxq'],
    ['foobar', 'mzxw6ytboi'],
  ])('encodes %j as RFC 4648 without padding, lower case', (input, out) => {
    expect(base32Lower(utf8(input))).toBe(out);
  });
});
