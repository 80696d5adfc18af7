/**
 * The lines kubectl logs through klog to stderr: `Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`,
 * L the severity (W for a warning), the time the local clock's (UTC in the playground: the virtual
 * clock), threadid the process id right-aligned in 7 columns.
 */

/** The id kubectl's process logs: the playground runs no processes, so every command line has this one. */
const PID = 1;

/** A klog warning line as kubectl v1.34 prints it from `file:line` at virtual time `now` (ms). */
export function klogWarning(now: number, at: string, msg: string): string {
  const d = new Date(now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const time = `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000`;
  return `W${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${time} ${String(PID).padStart(7)} ${at}] ${msg}`;
}
