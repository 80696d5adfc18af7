/**
 * The container's /proc: one directory per process of its PID namespace, rebuilt on every look (the
 * process table changes), with the status fields fs/proc/array.c prints that the simulation knows
 * (no memory or CPU-affinity lines) and cmdline / comm.
 */
import { Tree, type Inode } from './fs';
import type { ProcCreds, ProcLine } from './proc-line';
import { KERNEL_CAPS } from './security';

/** A capability set as the kernel prints it: 16 hex digits, bit n for capability n. */
export function capMask(caps: Set<string>): string {
  let lo = 0;
  let hi = 0;
  KERNEL_CAPS.forEach((name, bit) => {
    if (!caps.has(name)) return;
    if (bit < 32) lo = (lo | (1 << bit)) >>> 0;
    else hi = (hi | (1 << (bit - 32))) >>> 0;
  });
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The Cap lines: root keeps its set as permitted and effective, another user's exec clears them; inheritable and ambient stay empty. */
function capLines(c: ProcCreds): string {
  const none = capMask(new Set());
  const held = c.uid === 0 ? capMask(c.bounding) : none;
  return `CapInh:\t${none}\nCapPrm:\t${held}\nCapEff:\t${held}\nCapBnd:\t${capMask(c.bounding)}\nCapAmb:\t${none}\n`;
}

/** comm: the program's base name, cut to 15 characters as TASK_COMM_LEN does. */
const comm = (p: ProcLine): string => (p.cmd.split(' ')[0].split('/').pop() ?? '').slice(0, 15);

function procStatus(p: ProcLine): string {
  const c = p.creds;
  const id = (n: number) => `${n}\t${n}\t${n}\t${n}`;
  const zero = '0'.repeat(16);
  return (
    `Name:\t${comm(p)}\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t${p.pid}\nNgid:\t0\nPid:\t${p.pid}\nPPid:\t${p.pid === 1 ? 0 : 1}\nTracerPid:\t0\n` +
    `Uid:\t${id(c.uid)}\nGid:\t${id(c.gid)}\nFDSize:\t64\nGroups:\t${c.groups.map((g) => `${g} `).join('')}\n` +
    `NStgid:\t${p.pid}\nNSpid:\t${p.pid}\nNSpgid:\t${p.pid}\nNSsid:\t${p.pid}\nThreads:\t1\nSigQ:\t0/31457\n` +
    `SigPnd:\t${zero}\nShdPnd:\t${zero}\nSigBlk:\t${zero}\nSigIgn:\t${zero}\nSigCgt:\t${zero}\n` +
    capLines(c) +
    `NoNewPrivs:\t${c.noNewPrivs ? 1 : 0}\nSeccomp:\t${c.seccomp}\nSeccomp_filters:\t${c.seccomp ? 1 : 0}\n`
  );
}

/** procfs: its entries are the processes `procs` lists at the moment of the look. */
export class ProcTree extends Tree {
  constructor(
    mtime: number,
    private readonly procs: () => ProcLine[],
  ) {
    super(mtime, 0o555);
  }

  override node(parts: string[]): Inode | undefined {
    const t = new Tree(this.root.mtime, 0o555);
    for (const p of this.procs()) {
      const { uid, gid } = p.creds;
      t.put(`${p.pid}/status`, () => procStatus(p), this.root.mtime, 0o444, uid, gid);
      t.put(`${p.pid}/cmdline`, () => p.cmd.split(' ').map((a) => `${a}\0`).join(''), this.root.mtime, 0o444, uid, gid);
      t.put(`${p.pid}/comm`, () => `${comm(p)}\n`, this.root.mtime, 0o444, uid, gid);
    }
    return t.node(parts);
  }
}
