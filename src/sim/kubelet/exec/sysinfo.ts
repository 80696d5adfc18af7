import { SIM_EPOCH_MS } from '../../clock';
import type { Command } from './host';
import { commandProc } from './command-proc';
import { mountTable } from './mount-table';
import type { ProcLine } from '../proc-line';

/** What ps prints of a process (its credentials are /proc's business). */
type PsLine = Omit<ProcLine, 'creds'>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** procps' STIME: `HH:MM` within a day, `MmmDD` within the year, else the year (the container's TZ is UTC). */
function stime(startMs: number, nowMs: number): string {
  const d = new Date(startMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (nowMs - startMs < 24 * 3600_000) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (d.getUTCFullYear() === new Date(nowMs).getUTCFullYear()) return `${MONTHS[d.getUTCMonth()]}${pad(d.getUTCDate())}`;
  return String(d.getUTCFullYear());
}

/**
 * procps' layouts: BSD `aux` / `x`, UNIX `-f` (full), else `PID TTY TIME CMD`; `-e` selects what the
 * default already shows here. The images that ship ps (jessie, trusty, xenial bases) have procps
 * 3.3.9 / 3.3.10, whose PID columns are 5 wide (procps-ng 3.3.16 widened them to 7).
 */
function procpsLayout(args: string[], procs: PsLine[], nowMs: number): string {
  const pid = (n: number) => String(n).padStart(5);
  const bsd = args.filter((a) => !a.startsWith('-')).join('');
  const unix = args.filter((a) => a.startsWith('-') && !a.startsWith('--')).map((a) => a.slice(1)).join('');
  const tty = (p: PsLine) => p.tty ?? '?';
  if (bsd.includes('a') || bsd.includes('u') || unix === 'aux') {
    let out = 'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
    for (const p of procs) out += `${p.user.padEnd(8)} ${pid(p.pid)}  0.0  0.1   2480  1536 ${tty(p).padEnd(8)} Ss   ${stime(p.startMs ?? SIM_EPOCH_MS, nowMs)}   0:00 ${p.cmd}\n`;
    return out;
  }
  if (bsd.includes('x')) {
    let out = '  PID TTY      STAT   TIME COMMAND\n';
    procs.forEach((p, i) => (out += `${pid(p.pid)} ${tty(p).padEnd(8)} ${i === 0 ? 'Ss ' : i === procs.length - 1 ? 'Rs+' : 'S  '}    0:00 ${p.cmd}\n`));
    return out;
  }
  if (unix.includes('f')) {
    let out = 'UID        PID  PPID  C STIME TTY          TIME CMD\n';
    for (const p of procs) {
      out += `${p.user.padEnd(8)} ${pid(p.pid)} ${pid(p.ppid)}  0 ${stime(p.startMs ?? SIM_EPOCH_MS, nowMs)} ${tty(p).padEnd(8)} 00:00:00 ${p.cmd}\n`;
    }
    return out;
  }
  let out = '  PID TTY          TIME CMD\n';
  for (const p of procs) out += `${pid(p.pid)} ${tty(p).padEnd(8)} 00:00:00 ${p.cmd.split(' ')[0].split('/').pop()}\n`;
  return out;
}

/** ps: busybox's `PID USER TIME COMMAND` whatever the options (it honours only -o and -T), procps' layouts on debian images. */
export const psCmd: Command = (argv, c) => {
  const listed = c.host.procs();
  const now = c.host.now();
  const self: PsLine = commandProc(c.host, argv);
  const procs = [...listed, self];
  if (c.host.def.flavor === 'gnu') return { out: procpsLayout(argv.slice(1), procs, now), code: 0 };
  let out = 'PID   USER     TIME  COMMAND\n';
  for (const p of procs) out += `${String(p.pid).padStart(5)} ${p.user.padEnd(8)}  0:00 ${p.cmd}\n`;
  return { out, code: 0 };
};

export const mountCmd: Command = (_argv, c) => ({
  out: mountTable(c.host.fs).map((m) => `${m.dev} on ${m.path} type ${m.type} (${m.ro ? 'ro' : 'rw'},relatime)\n`).join(''),
  code: 0,
});
