/**
 * Go strings as bytes: UTF-8 encoding, strconv.Quote (%q) and go-cmp's choice between a quoted
 * and a backquoted literal. Byte-level because go-cmp cuts long strings into byte chunks, which
 * may split a character (its halves then print as \x escapes).
 */

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
export const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '"': '\\"', '\\': '\\\\' };

export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** The characters of a byte string; `null` for a byte that starts no valid UTF-8 sequence. */
export function decodeUtf8(b: number[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    const tail = b.slice(i + 1, i + n);
    if (n === 0 || tail.length !== n - 1 || tail.some((t) => (t & 0xc0) !== 0x80)) {
      out.push(null);
      i++;
      continue;
    }
    let cp = n === 1 ? c : c & (0xff >> (n + 1));
    for (const t of tail) cp = (cp << 6) | (t & 63);
    out.push(String.fromCodePoint(cp));
    i += n;
  }
  return out;
}

/** strconv.Quote of a byte string. */
function goQuoteBytes(b: number[]): string {
  let out = '"';
  let i = 0;
  for (const ch of decodeUtf8(b)) {
    if (ch === null) {
      out += `\\x${b[i].toString(16).padStart(2, '0')}`;
      i++;
      continue;
    }
    i += utf8Bytes(ch).length;
    const c = ch.codePointAt(0)!;
    if (ESCAPES[ch]) out += ESCAPES[ch];
    else if (PRINTABLE.test(ch)) out += ch;
    else if (c < 0x80) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** strconv.Quote (Go's %q). */
export function goQuote(s: string): string {
  return goQuoteBytes(utf8Bytes(s));
}

/** go-cmp's formatString: quoted, or backquoted when quoting would add escapes and the text allows it. */
export function quoteBytes(b: number[]): string {
  const q = goQuoteBytes(b);
  if (utf8Bytes(q).length === b.length + 2) return q;
  const chars = decodeUtf8(b);
  const rawOk = chars.every((ch) => ch !== null && ch !== '`' && ch !== '\n' && (PRINTABLE.test(ch) || ch === '\t'));
  return rawOk ? `\`${chars.join('')}\`` : q;
}

export function quoteString(s: string): string {
  return quoteBytes(utf8Bytes(s));
}
