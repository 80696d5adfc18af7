import { describe, expect, it } from 'vitest';
import { sanitizeTerminalOutput as clean } from './sanitize';

describe('terminal output filter', () => {
  it('keeps text, newlines, tabs and colours', () => {
    expect(clean('a\tb\r\n\x1b[1;31mred\x1b[0m 中文')).toBe('a\tb\r\n\x1b[1;31mred\x1b[0m 中文');
  });

  it('keeps cursor moves and erases', () => {
    expect(clean('x\x1b[2K\x1b[1A\x1b[10;5H\x1b[J')).toBe('x\x1b[2K\x1b[1A\x1b[10;5H\x1b[J');
  });

  it('drops OSC hyperlinks, titles and clipboard writes with either terminator', () => {
    expect(clean('\x1b]8;;https://evil.example\x07click\x1b]8;;\x07')).toBe('click');
    expect(clean('\x1b]0;title\x1b\\after')).toBe('after');
    expect(clean('\x1b]52;c;ZXZpbA==\x07x')).toBe('x');
  });

  it('drops device reports, private modes, DCS and resets', () => {
    expect(clean('\x1b[6n\x1b[?1049h\x1b[>c\x1bPq#0;2\x1b\\\x1bc\x1b(0ok')).toBe('ok');
  });

  it('drops other C0 and C1 controls, including 8-bit CSI and OSC', () => {
    expect(clean('a\x07b\x00c\x9b6nd\x9d0;t\x9ce\x85f')).toBe('abcdef');
  });

  it('drops an unterminated sequence at the end', () => {
    expect(clean('ok\x1b]8;;http://x')).toBe('ok');
    expect(clean('ok\x1b')).toBe('ok');
  });
});
