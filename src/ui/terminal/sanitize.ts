/**
 * What of a program's output may reach the terminal: text, tabs, newlines, backspace, and the CSI
 * sequences a session needs (SGR colours, cursor moves, erase in line/display). OSC (titles,
 * hyperlinks, clipboard), DCS, APC/PM/SOS, mode changes, device reports (which make the terminal
 * answer as if the learner typed), other escapes, C0 and C1 controls are dropped.
 */

/** CSI final bytes kept: cursor up/down/forward/back/next/previous line/column, position, erase, SGR. */
const KEPT_CSI = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'f', 'J', 'K', 'm']);
const ESC = '\x1b';

/** Output text with every sequence outside the allowed set removed. */
export function sanitizeTerminalOutput(s: string): string {
  // the common case: nothing to filter
  if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(s)) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const code = c.charCodeAt(0);
    if (c === ESC) {
      i = skipEscape(s, i, (seq) => (out += seq));
      continue;
    }
    if (code === 0x9b || code === 0x9d || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f) {
      // 8-bit CSI / OSC / DCS / SOS / PM / APC: drop the whole sequence
      i = code === 0x9b ? skipCsi(s, i + 1).end : skipString(s, i + 1);
      continue;
    }
    if (code < 0x20 && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\b') {
      i++;
      continue;
    }
    if (code >= 0x7f && code <= 0x9f) {
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** The end of a CSI sequence starting at `i` (after `ESC [`), and whether it is one we keep. */
function skipCsi(s: string, i: number): { end: number; params: string; final: string } {
  let j = i;
  // parameter and intermediate bytes
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x3f) j++;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  const final = j < s.length && s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e ? s[j] : '';
  return { end: final ? j + 1 : j, params: s.slice(i, j), final };
}

/** Skip a control string (OSC, DCS, SOS, PM, APC) up to its terminator: BEL or ST (`ESC \` or 0x9c). */
function skipString(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s[j];
    if (c === '\x07' || c === '\x9c') return j + 1;
    if (c === ESC && s[j + 1] === '\\') return j + 2;
    j++;
  }
  return j;
}

function skipEscape(s: string, i: number, keep: (seq: string) => void): number {
  const next = s[i + 1];
  if (next === '[') {
    const { end, params, final } = skipCsi(s, i + 2);
    // only plain numeric parameters: private modes (`?`, `>`, `=`) are never needed for output
    if (KEPT_CSI.has(final) && /^[0-9;:]*$/.test(params)) keep(s.slice(i, end));
    return end;
  }
  if (next === ']' || next === 'P' || next === 'X' || next === '^' || next === '_') return skipString(s, i + 2);
  if (next === undefined) return i + 1;
  // any other escape (reset, charset designation, keypad modes …) is two or three bytes long
  if (next === '(' || next === ')' || next === '*' || next === '+' || next === '#' || next === '%') return Math.min(s.length, i + 3);
  return i + 2;
}
