/** dd: copies blocks from a device or file; the bytes of /dev/zero and /dev/urandom are kept as a size only. */
import { fsErrorText } from '../../sh/utils/context';
import { gnu, path } from './args';
import type { Command, CmdCtx } from './host';

/** The simulated disk's throughput, so the status line is the same on every run. */
const BYTES_PER_SECOND = 1e9;

/** dd's block-size suffixes: c=1, w=2, b=512, kB/K, MB/M, GB/G (the B forms are decimal). */
function blockSize(v: string): number | undefined {
  const m = /^(\d+)(c|w|b|kB|K|k|MB|M|GB|G)?$/.exec(v);
  if (!m) return undefined;
  const mult: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, K: 1024, k: 1024, MB: 1e6, M: 2 ** 20, GB: 1e9, G: 2 ** 30 };
  return Number(m[1]) * mult[m[2] ?? ''];
}

/** busybox's make_human_readable_str: powers of 1024, one decimal once a unit is used. */
function busyboxHuman(n: number): string {
  const units = ['', 'K', 'M', 'G', 'T'];
  let u = 0;
  let v = n;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${Math.round(v)}` : `${v.toFixed(1)}${units[u]}`;
}

/** coreutils' human_readable with two significant digits: SI (kB, MB) or IEC (KiB, MiB). */
function gnuHuman(n: number, base: 1000 | 1024): string {
  const units = base === 1000 ? ['B', 'kB', 'MB', 'GB', 'TB'] : ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  let v = n;
  while (v >= base && u < units.length - 1) {
    v /= base;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

function status(c: CmdCtx, blocks: number, bytes: number): string {
  const seconds = bytes / BYTES_PER_SECOND;
  const records = `${blocks}+0 records in\n${blocks}+0 records out\n`;
  if (gnu(c)) {
    const size = bytes >= 1000 ? ` (${gnuHuman(bytes, 1000)}, ${gnuHuman(bytes, 1024)})` : '';
    return `${records}${bytes} bytes${size} copied, ${Number(seconds.toPrecision(6))} s, ${gnuHuman(BYTES_PER_SECOND, 1000)}/s\n`;
  }
  return `${records}${bytes} bytes (${busyboxHuman(bytes)}B) copied, ${seconds.toFixed(6)} seconds, ${busyboxHuman(BYTES_PER_SECOND)}B/s\n`;
}

export const dd: Command = (argv, c) => {
  const op: Record<string, string> = {};
  for (const a of argv.slice(1)) {
    const eq = a.indexOf('=');
    if (eq <= 0) return { out: '', err: gnu(c) ? `dd: unrecognized operand '${a}'\n` : `dd: invalid option -- '${a}'\n`, code: 1 };
    op[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const bs = blockSize(op.bs ?? '512');
  const count = op.count === undefined ? undefined : Number(op.count);
  if (bs === undefined || (count !== undefined && !Number.isInteger(count))) return { out: '', err: `dd: invalid number '${op.bs ?? op.count}'\n`, code: 1 };
  const input = op.if;
  let data: string | undefined;
  let size: number;
  if (input === undefined) data = c.stdin;
  else if (input === '/dev/zero' || input === '/dev/urandom' || input === '/dev/random') data = undefined;
  else {
    data = c.host.fs.read(path(c, input));
    if (data === undefined) return { out: '', err: gnu(c) ? `dd: failed to open '${input}': ${fsErrorText('ENOENT')}\n` : `dd: can't open '${input}': ${fsErrorText('ENOENT')}\n`, code: 1 };
  }
  if (data === undefined) {
    // an endless device: count blocks of bs bytes
    if (count === undefined) return { out: '', err: 'dd: error writing: No space left on device\n', code: 1 };
    size = bs * count;
  } else {
    const bytes = new TextEncoder().encode(data).length;
    size = count === undefined ? bytes : Math.min(bytes, bs * count);
    data = data.slice(0, size);
  }
  const blocks = Math.ceil(size / bs);
  if (op.of === undefined) return { out: data ?? '', err: status(c, blocks, size), code: 0 };
  const target = path(c, op.of);
  const e = c.host.fs.writeFile(target, data ?? '');
  if (e) return { out: '', err: gnu(c) ? `dd: failed to open '${op.of}': ${fsErrorText(e)}\n` : `dd: can't open '${op.of}': ${fsErrorText(e)}\n`, code: 1 };
  const node = c.host.fs.stat(target);
  if (node && data === undefined) node.size = size;
  else if (node) delete node.size;
  return { out: '', err: status(c, blocks, size), code: 0 };
};
