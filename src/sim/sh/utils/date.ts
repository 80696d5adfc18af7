/** What `date` prints, at the prompt and in containers: the C locale's default, or a `+FORMAT`. */
import { unixDate } from '../../images/util';

const p2 = (n: number) => String(n).padStart(2, '0');

/** `date` / `date +FORMAT` at `ms` (UTC): %T %H %M %S %Y %m %d %s; other text is printed as is. */
export function dateText(ms: number, format?: string): string {
  if (format === undefined) return unixDate(ms);
  const d = new Date(ms);
  return format
    .replace(/%T/g, `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`)
    .replace(/%H/g, p2(d.getUTCHours()))
    .replace(/%M/g, p2(d.getUTCMinutes()))
    .replace(/%S/g, p2(d.getUTCSeconds()))
    .replace(/%Y/g, String(d.getUTCFullYear()))
    .replace(/%m/g, p2(d.getUTCMonth() + 1))
    .replace(/%d/g, p2(d.getUTCDate()))
    .replace(/%s/g, String(Math.floor(ms / 1000)));
}
