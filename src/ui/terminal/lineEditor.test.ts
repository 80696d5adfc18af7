import { describe, expect, it } from 'vitest';
import { afterSubmit, applyKey, emptyLine, insert, splitKeys, type LineState } from './lineEditor';

const typed = (s: LineState, text: string) => insert(s, text);
const key = (s: LineState, k: string) => {
  const a = applyKey(s, k);
  return a.kind === 'none' ? s : a.state;
};

describe('terminal line editor', () => {
  it('inserts at the cursor and deletes before it', () => {
    let s = typed(emptyLine(), 'kubectl get');
    s = key(s, '\x1b[D');
    s = key(s, '\x1b[D');
    s = key(s, '\x7f');
    expect(s.buffer).toBe('kubectl et');
    expect(s.cursor).toBe(8);
  });

  it('moves and deletes whole characters: an emoji is one step though two UTF-16 units', () => {
    let s = typed(emptyLine(), 'a🚀命b');
    s = key(s, '\x1b[D');
    s = key(s, '\x1b[D');
    expect(s.cursor).toBe(3);
    s = key(s, '\x1b[D');
    expect(s.cursor).toBe(1);
    s = key(s, '\x1b[3~');
    expect(s.buffer).toBe('a命b');
    s = key(s, '\x1b[C');
    s = key(s, '\x1b[C');
    s = typed(s, '😀');
    s = key(s, '\x7f');
    expect(s.buffer).toBe('a命b');
    expect(s.cursor).toBe(3);
  });

  it('walks history with up and down and keeps the draft', () => {
    let s = emptyLine(['kubectl get pods', 'kubectl get svc']);
    s = typed(s, 'draft');
    s = key(s, '\x1b[A');
    expect(s.buffer).toBe('kubectl get svc');
    s = key(s, '\x1b[A');
    expect(s.buffer).toBe('kubectl get pods');
    s = key(s, '\x1b[B');
    s = key(s, '\x1b[B');
    expect(s.buffer).toBe('draft');
  });

  it('submits the line and adds it to history once', () => {
    const s = typed(emptyLine(['a']), 'kubectl get pods');
    const a = applyKey(s, '\r');
    expect(a.kind).toBe('submit');
    const next = afterSubmit(s, 'kubectl get pods');
    expect(next.history).toEqual(['a', 'kubectl get pods']);
    expect(afterSubmit(next, 'kubectl get pods').history).toHaveLength(2);
  });

  it('Ctrl+C drops the line, Ctrl+W deletes a word, Ctrl+U the start of the line', () => {
    expect(applyKey(typed(emptyLine(), 'abc'), '\x03').kind).toBe('interrupt');
    expect(key(typed(emptyLine(), 'kubectl get pods'), '\x17').buffer).toBe('kubectl get ');
    expect(key(typed(emptyLine(), 'kubectl get'), '\x15').buffer).toBe('');
  });

  it('splits escape sequences from typed characters', () => {
    expect(splitKeys('a\x1b[Ab')).toEqual(['a', '\x1b[A', 'b']);
    expect(splitKeys('\x1b[3~')).toEqual(['\x1b[3~']);
  });
});
