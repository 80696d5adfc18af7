import { userName, type Command } from './host';

/** ps: busybox's `PID USER TIME COMMAND`, procps' `PID TTY TIME CMD` on debian images. */
export const psCmd: Command = (argv, c) => {
  const procs = [...c.host.procs(), { pid: 0, user: userName(c.host.user.uid) ?? String(c.host.user.uid), cmd: argv.join(' ') }];
  procs[procs.length - 1].pid = (procs[procs.length - 2]?.pid ?? 1) + 6;
  if (c.host.def.flavor === 'gnu') {
    if (argv.slice(1).some((a) => a.includes('a') || a.includes('e'))) {
      let out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
      for (const p of procs) out += `${p.user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.1   2480  1536 ?        Ss   08:00   0:00 ${p.cmd}\n`;
      return { out, code: 0 };
    }
    if (argv.slice(1).some((a) => a.includes('x'))) {
      let out = '    PID TTY      STAT   TIME COMMAND\n';
      procs.forEach((p, i) => (out += `${String(p.pid).padStart(7)} ?        ${i === 0 ? 'Ss ' : i === procs.length - 1 ? 'Rs+' : 'S  '}    0:00 ${p.cmd}\n`));
      return { out, code: 0 };
    }
    let out = '    PID TTY          TIME CMD\n';
    for (const p of procs) out += `${String(p.pid).padStart(7)} ?        00:00:00 ${p.cmd.split(' ')[0].split('/').pop()}\n`;
    return { out, code: 0 };
  }
  let out = 'PID   USER     TIME  COMMAND\n';
  for (const p of procs) out += `${String(p.pid).padStart(5)} ${p.user.padEnd(8)}  0:00 ${p.cmd}\n`;
  return { out, code: 0 };
};

interface MountLine {
  dev: string;
  path: string;
  type: string;
  ro: boolean;
}

function mounts(c: Parameters<Command>[1]): MountLine[] {
  const lines: MountLine[] = [{ dev: 'overlay', path: '/', type: 'overlay', ro: false }];
  lines.push({ dev: 'proc', path: '/proc', type: 'proc', ro: false }, { dev: 'tmpfs', path: '/dev', type: 'tmpfs', ro: false });
  for (const m of [...c.host.fs.mounts].sort((a, b) => a.path.localeCompare(b.path))) {
    // the root and procfs are listed above, in the runtime's order
    if (m.path === '/' || m.fstype === 'proc') continue;
    lines.push({ dev: m.source, path: m.path, type: m.fstype, ro: m.readOnly });
  }
  return lines;
}

export const mountCmd: Command = (_argv, c) => ({
  out: mounts(c).map((m) => `${m.dev} on ${m.path} type ${m.type} (${m.ro ? 'ro' : 'rw'},relatime)\n`).join(''),
  code: 0,
});

export const dfCmd: Command = (argv, c) => {
  const human = argv.some((a) => a.startsWith('-') && a.includes('h'));
  let out = human ? 'Filesystem                Size      Used Available Use% Mounted on\n' : 'Filesystem           1K-blocks      Used Available Use% Mounted on\n';
  for (const m of mounts(c)) {
    if (m.type === 'proc') continue;
    const disk = m.type !== 'tmpfs';
    const [size, used] = disk ? [20466256, 5482140] : [65536, 0];
    const avail = size - used;
    const fmt = (k: number) => (human ? (k >= 1048576 ? `${(k / 1048576).toFixed(1)}G` : k === 0 ? '0' : `${(k / 1024).toFixed(1)}M`) : String(k));
    out += `${m.dev.padEnd(20)} ${fmt(size).padStart(9)} ${fmt(used).padStart(9)} ${fmt(avail).padStart(9)} ${String(Math.round((used / size) * 100)).padStart(3)}% ${m.path}\n`;
  }
  return { out, code: 0 };
};
