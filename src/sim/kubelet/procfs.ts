/**
 * The container's /proc: one directory per process of its PID namespace, rebuilt on every look (the
 * process table changes), with the status fields fs/proc/array.c prints that the simulation knows
 * (no memory or CPU-affinity lines), cmdline, comm and cgroup, and `self`, the link to the reader's own directory.
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

/** `running`: the process reading its own status is on a CPU as it does. */
function procStatus(p: ProcLine, running: boolean): string {
  const c = p.creds;
  const id = (n: number) => `${n}\t${n}\t${n}\t${n}`;
  const zero = '0'.repeat(16);
  return (
    `Name:\t${comm(p)}\nUmask:\t0022\nState:\t${running ? 'R (running)' : 'S (sleeping)'}\nTgid:\t${p.pid}\nNgid:\t0\nPid:\t${p.pid}\nPPid:\t${p.ppid}\nTracerPid:\t0\n` +
    `Uid:\t${id(c.uid)}\nGid:\t${id(c.gid)}\nFDSize:\t64\nGroups:\t${c.groups.map((g) => `${g} `).join('')}\n` +
    `NStgid:\t${p.pid}\nNSpid:\t${p.pid}\nNSpgid:\t${p.pid}\nNSsid:\t${p.pid}\nThreads:\t1\nSigQ:\t0/31457\n` +
    `SigPnd:\t${zero}\nShdPnd:\t${zero}\nSigBlk:\t${zero}\nSigIgn:\t${zero}\nSigCgt:\t${zero}\n` +
    capLines(c) +
    `NoNewPrivs:\t${c.noNewPrivs ? 1 : 0}\nSeccomp:\t${c.seccomp}\nSeccomp_filters:\t${c.seccomp ? 1 : 0}\n`
  );
}

/** procfs: its entries are the processes `procs` lists at the moment of the look, and `reader`, the process looking (none from outside a command). */
export class ProcTree extends Tree {
  constructor(
    mtime: number,
    private readonly procs: () => ProcLine[],
    private readonly reader: () => ProcLine | undefined = () => undefined,
  ) {
    super(mtime, 0o555);
  }

  override node(parts: string[]): Inode | undefined {
    const t = new Tree(this.root.mtime, 0o555);
    const self = this.reader();
    const listed = this.procs();
    const all = self && !listed.some((p) => p.pid === self.pid) ? [...listed, self] : listed;
    for (const p of all) {
      const { uid, gid } = p.creds;
      t.put(`${p.pid}/status`, () => procStatus(p, p.pid === self?.pid), this.root.mtime, 0o444, uid, gid);
      t.put(`${p.pid}/cmdline`, () => p.cmd.split(' ').map((a) => `${a}\0`).join(''), this.root.mtime, 0o444, uid, gid);
      t.put(`${p.pid}/comm`, () => `${comm(p)}\n`, this.root.mtime, 0o444, uid, gid);
      // cgroup v2's one line, as the container's cgroup namespace roots it
      if (p.cgroup) t.put(`${p.pid}/cgroup`, `0::${p.cgroup}\n`, this.root.mtime, 0o444, uid, gid);
    }
    // the kernel resolves it per reader; ls -l shows a size of 0
    if (self) t.root.children!.set('self', { type: 'link', mode: 0o777, uid: 0, gid: 0, mtime: this.root.mtime, target: String(self.pid), size: 0 });
    return t.node(parts);
  }
}
