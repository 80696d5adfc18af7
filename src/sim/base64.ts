/** Base64, the one implementation: UTF-8 aware and without Node's Buffer, so it runs unchanged in a Web Worker. */

/** Standard base64 of bytes; `url` gives the unpadded URL alphabet (JWT segments). */
export function encodeBase64Bytes(bytes: Uint8Array, url = false): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  const s = btoa(bin);
  return url ? s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : s;
}

/** Bytes of standard base64 (whitespace not allowed); throws on malformed input. */
export function decodeBase64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Base64 of a text's UTF-8 bytes. */
export function encodeBase64(text: string, url = false): string {
  return encodeBase64Bytes(new TextEncoder().encode(text), url);
}

/** Decode standard base64 (whitespace ignored) to UTF-8 text; throws on malformed input. */
export function decodeBase64(b64: string): string {
  return new TextDecoder().decode(decodeBase64Bytes(b64.replace(/\s+/g, '')));
}

/** How many bytes a base64 string decodes to (whitespace ignored), without decoding it. */
export function base64DecodedLength(b64: string): number {
  const s = b64.replace(/\s/g, '');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - pad;
}
