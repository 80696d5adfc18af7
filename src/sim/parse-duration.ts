/** Go's time.ParseDuration (kubectl's Duration flags: `--timeout`, `--duration`, `--since`), with its error texts. */

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const MAX_NS = 2 ** 63;

/** Milliseconds, or the error ParseDuration returns (`time: invalid duration "x"`). */
export function goDuration(orig: string): { ms: number } | { error: string } {
  const invalid = { error: `time: invalid duration ${JSON.stringify(orig)}` };
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ms: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const hasDot = num[2] !== undefined;
    if (num[1] === '' && !(hasDot && num[2] !== '')) return invalid;
    s = s.slice(num[0].length);
    const unit = /^[^.\d]*/.exec(s)![0];
    if (unit === '') return { error: `time: missing unit in duration ${JSON.stringify(orig)}` };
    s = s.slice(unit.length);
    const ns = UNIT_NS[unit];
    if (ns === undefined) return { error: `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(orig)}` };
    total += Number(`${num[1] || '0'}.${num[2] ?? ''}0`) * ns;
    if (total > MAX_NS) return invalid;
  }
  return { ms: (neg ? -total : total) / 1e6 };
}

/** Milliseconds of a Go duration; undefined when malformed. */
export function parseGoDuration(text: string): number | undefined {
  const d = goDuration(text);
  return 'ms' in d ? d.ms : undefined;
}
