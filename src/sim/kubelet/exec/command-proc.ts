import { userName, type ExecHost } from './host';
import type { ProcLine } from '../proc-line';

/**
 * The process a command run in the container gets: the next PID after the processes listed, a child
 * of the interactive shell it was typed into, else of the runtime (PPid 0, outside the PID namespace).
 * `ps` lists it as itself and /proc/self points at it.
 */
export function commandProc(host: ExecHost, argv: string[]): ProcLine {
  const listed = host.procs();
  const session = listed.find((p) => p.pid !== 1 && p.ppid === 0);
  return {
    pid: (listed.at(-1)?.pid ?? 1) + 6,
    ppid: session?.pid ?? 0,
    tty: session?.tty,
    user: userName(host.user.uid) ?? String(host.user.uid),
    cmd: argv.join(' '),
    startMs: host.now(),
    creds: host.creds,
    cgroup: '/',
  };
}
