import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64 without Buffer', () => {
  it.each(['', 'admin', 'p@ss:wörd\n', '你好'])('round-trips %j like Buffer does', (s) => {
    expect(encodeBase64(s)).toBe(Buffer.from(s, 'utf8').toString('base64'));
    expect(decodeBase64(encodeBase64(s))).toBe(s);
  });

  it('has a URL-safe form without padding', () => {
    expect(encodeBase64('{"alg":"RS256"}?>', true)).toBe(Buffer.from('{"alg":"RS256"}?>').toString('base64url'));
  });

  it('rejects malformed input', () => {
    expect(() => decodeBase64('***')).toThrow();
  });
});
