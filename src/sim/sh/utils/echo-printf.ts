/** echo and printf, as the shells' builtins (bash's, busybox ash's) have them. */
import { StreamWriter } from '../streams';
import type { Util } from './context';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };

function unescape(s: string): string {
  return s.replace(/\\([ntr\\abefv])/g, (_, c: string) => ESCAPES[c]);
}

/** `-n` drops the newline, `-e` interprets backslash escapes, `-E` does not. */
export const echo: Util = (args) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const f of args[i].slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) text = unescape(text);
  return new StreamWriter().out(text + (newline ? '\n' : '')).done();
};

/** One printf writes at most this much: files are held in memory, as a full tmpfs would refuse more. */
const MAX_PRINTF_BYTES = 8 * 1024 * 1024;

/** A conversion's flags, field width and precision, applied as C's printf does for `%s` and `%d`. */
function pad(body: string, flags: string, width: number, numeric: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(body) ? body[0] : '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width);
}

/**
 * `printf FORMAT [ARG...]`: `%s`, `%d`/`%i` with flags (`-`, `0`, `+`, space), field width and
 * precision, `%%` and backslash escapes in the format, which is reused while arguments remain; a
 * missing argument is empty (or 0; busybox calls an empty number invalid).
 */
export const printf: Util = (args, ctx) => {
  const w = new StreamWriter();
  const busybox = ctx.flavor === 'busybox';
  if (!args.length) return busybox ? w.err(`${ctx.shell}printf: usage: printf FORMAT [ARGUMENT]...`, 2).done() : w.err(`${ctx.shell}printf: usage: printf [-v var] format [arguments]`, 2).done();
  const [format, ...rest] = args;
  const fmt = unescape(format);
  let k = 0;
  let text = '';
  do {
    let used = false;
    text += fmt.replace(/%([-0+ ]*)(\d*)(?:\.(\d*))?([%sdi])/g, (spec, flags: string, width: string, precision: string | undefined, conv: string) => {
      if (conv === '%' && spec === '%%') return '%';
      if (conv === '%') {
        w.err(`${ctx.shell}printf: \`%': invalid format character`);
        return '';
      }
      used = true;
      const arg = rest[k++] ?? '';
      const size = Math.min(Number(width || 0), MAX_PRINTF_BYTES + 1);
      if (conv === 's') return pad(precision === undefined ? arg : arg.slice(0, Number(precision || 0)), flags, size, false);
      const n = arg === '' && !busybox ? 0 : Number(arg);
      if (!Number.isInteger(n) || (busybox && arg === '')) {
        w.err(busybox ? `${ctx.shell}invalid number '${arg}'` : `${ctx.shell}printf: ${arg}: invalid number`);
        return '0';
      }
      const digits = String(Math.abs(n)).padStart(precision === undefined ? 0 : Number(precision || 0), '0');
      const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      return pad(sign + digits, precision === undefined ? flags : flags.replace(/0/g, ''), size, true);
    });
    if (text.length > MAX_PRINTF_BYTES) return w.err(`${ctx.shell}printf: write error: No space left on device`).done();
    if (!used) break;
  } while (k < rest.length);
  return w.out(text).done();
};
