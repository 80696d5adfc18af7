/**
 * The terminal's line editor as a pure state machine: keys in, new state out. xterm only draws.
 * Handles cursor movement, history (↑/↓) and the usual readline shortcuts.
 */
export interface LineState {
  buffer: string;
  cursor: number;
  history: string[];
  /** Position while browsing history; history.length means "the line being typed". */
  histIdx: number;
  /** What was typed before browsing history. */
  draft: string;
}

export type KeyAction =
  | { kind: 'edit'; state: LineState }
  | { kind: 'submit'; line: string; state: LineState }
  | { kind: 'interrupt'; state: LineState }
  | { kind: 'complete'; state: LineState }
  | { kind: 'clear'; state: LineState }
  /** Ctrl+D on an empty line: end of input. */
  | { kind: 'eof'; state: LineState }
  | { kind: 'none' };

export function emptyLine(history: string[] = []): LineState {
  return { buffer: '', cursor: 0, history, histIdx: history.length, draft: '' };
}

const withBuf = (s: LineState, buffer: string, cursor: number): LineState => ({ ...s, buffer, cursor });

const isPair = (b: string, i: number) => /[\ud800-\udbff]/.test(b[i] ?? '') && /[\udc00-\udfff]/.test(b[i + 1] ?? '');
/** The index one character (code point) before `c`: an emoji is two UTF-16 units and one character. */
const before = (b: string, c: number) => (c >= 2 && isPair(b, c - 2) ? c - 2 : c - 1);
/** The index one character after `c`. */
const after = (b: string, c: number) => (isPair(b, c) ? c + 2 : c + 1);

/** Apply one xterm `onData` chunk that is a single key (escape sequence or control char). */
export function applyKey(s: LineState, key: string): KeyAction {
  const b = s.buffer;
  const c = s.cursor;
  switch (key) {
    case '\r':
      return { kind: 'submit', line: b, state: s };
    case '\x7f':
    case '\b':
      return c > 0 ? { kind: 'edit', state: withBuf(s, b.slice(0, before(b, c)) + b.slice(c), before(b, c)) } : { kind: 'none' };
    case '\x04':
      if (b.length === 0) return { kind: 'eof', state: s };
      return c < b.length ? { kind: 'edit', state: withBuf(s, b.slice(0, c) + b.slice(after(b, c)), c) } : { kind: 'none' };
    case '\x1b[3~':
      return c < b.length ? { kind: 'edit', state: withBuf(s, b.slice(0, c) + b.slice(after(b, c)), c) } : { kind: 'none' };
    case '\x1b[D':
    case '\x02':
      return c > 0 ? { kind: 'edit', state: withBuf(s, b, before(b, c)) } : { kind: 'none' };
    case '\x1b[C':
    case '\x06':
      return c < b.length ? { kind: 'edit', state: withBuf(s, b, after(b, c)) } : { kind: 'none' };
    case '\x1b[H':
    case '\x1bOH':
    case '\x01':
      return { kind: 'edit', state: withBuf(s, b, 0) };
    case '\x1b[F':
    case '\x1bOF':
    case '\x05':
      return { kind: 'edit', state: withBuf(s, b, b.length) };
    case '\x15':
      return { kind: 'edit', state: withBuf(s, b.slice(c), 0) };
    case '\x0b':
      return { kind: 'edit', state: withBuf(s, b.slice(0, c), c) };
    case '\x17': {
      const before = b.slice(0, c).replace(/\S+\s*$/, '');
      return { kind: 'edit', state: withBuf(s, before + b.slice(c), before.length) };
    }
    case '\x1b[A':
    case '\x10':
      return historyMove(s, -1);
    case '\x1b[B':
    case '\x0e':
      return historyMove(s, 1);
    case '\x03':
      return { kind: 'interrupt', state: { ...s, buffer: '', cursor: 0, histIdx: s.history.length, draft: '' } };
    case '\x0c':
      return { kind: 'clear', state: s };
    case '\t':
      return { kind: 'complete', state: s };
    default:
      if (key.startsWith('\x1b') || key.length === 0) return { kind: 'none' };
      return { kind: 'edit', state: insert(s, key.replace(/[\x00-\x1f]/g, '')) };
  }
}

/** Insert typed or pasted text at the cursor. */
export function insert(s: LineState, text: string): LineState {
  return withBuf(s, s.buffer.slice(0, s.cursor) + text + s.buffer.slice(s.cursor), s.cursor + text.length);
}

function historyMove(s: LineState, dir: -1 | 1): KeyAction {
  const idx = s.histIdx + dir;
  if (idx < 0 || idx > s.history.length) return { kind: 'none' };
  const draft = s.histIdx === s.history.length ? s.buffer : s.draft;
  const buffer = idx === s.history.length ? draft : s.history[idx];
  return { kind: 'edit', state: { ...s, buffer, cursor: buffer.length, histIdx: idx, draft } };
}

/** After running `line`: a fresh line with it appended to history (no blanks, no repeats). */
export function afterSubmit(s: LineState, line: string): LineState {
  const t = line.trim();
  const history = t && s.history[s.history.length - 1] !== line ? [...s.history, line] : s.history;
  return emptyLine(history.slice(-500));
}

/** Split an xterm data chunk into keys: escape sequences stay whole, other chars one by one. */
export function splitKeys(data: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < data.length; ) {
    if (data[i] === '\x1b') {
      const m = /^\x1b(\[[0-9;]*[~A-Za-z]|O[A-Za-z])/.exec(data.slice(i));
      const len = m ? m[0].length : 1;
      out.push(data.slice(i, i + len));
      i += len;
    } else {
      out.push(data[i]);
      i++;
    }
  }
  return out;
}

