/**
 * klog's text header, as every Kubernetes binary (and kubectl) writes it before a line:
 * `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`: L the severity letter (I, W, E, F), the date
 * without its year, the time with microseconds (UTC in the playground: the virtual clock, which
 * counts milliseconds), the thread id right-aligned in 7 columns.
 */

type Severity = 'I' | 'W' | 'E' | 'F';

/** The thread id a simulated process logs: it runs no threads, so its main one's. */
const THREAD = 1;

/** One klog line at virtual time `ms` (no newline): `at` is `file:line`. */
export function klogLine(severity: Severity, ms: number, at: string, msg: string): string {
  const iso = new Date(ms).toISOString();
  return `${severity}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 23)}000 ${String(THREAD).padStart(7)} ${at}] ${msg}`;
}
