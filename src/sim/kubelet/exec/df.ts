/**
 * df: busybox's fixed columns (every mount with blocks, `df PATH` the first mount of PATH's device)
 * or coreutils' aligned table (pseudo filesystems and repeated devices left out, `df PATH` the mount
 * holding PATH), in 1K blocks or `-h` units as each rounds them.
 */
import { BUSYBOX_BANNER } from '../../sh/utils/busybox';
import { opts } from '../../sh/utils/options';
import { nodeStatfs, ownStatfs, type Statfs } from '../disk';
import { gnu, path } from './args';
import type { CmdCtx, Command } from './host';
import { mountTable, type MountLine } from './mount-table';

/** A mount with its statfs and device (st_dev): one filesystem mounted twice has one id. */
interface Row {
  line: MountLine;
  id: string;
  st: Statfs;
}

/** coreutils' pseudo filesystems (gnulib ME_DUMMY): listed only with -a. */
const DUMMY = new Set(['autofs', 'proc', 'subfs', 'debugfs', 'devpts', 'fusectl', 'fuse.portal', 'mqueue', 'rpc_pipefs', 'sysfs', 'devfs', 'kernfs', 'ignore']);

const BUSYBOX_USAGE =
  `${BUSYBOX_BANNER}Usage: df [-PkmhTai] [-B SIZE] [-t TYPE] [FILESYSTEM]...\n\nPrint filesystem usage statistics\n\n` +
  '\t-P\tPOSIX output format\n\t-k\t1024-byte blocks (default)\n\t-m\t1M-byte blocks\n\t-h\tHuman readable (e.g. 1K 243M 2G)\n\t-T\tPrint filesystem type\n' +
  '\t-t TYPE\tPrint only mounts of this type\n\t-a\tShow all filesystems\n\t-i\tInodes\n\t-B SIZE\tBlocksize\n';

function rows(c: CmdCtx): Row[] {
  const written = c.host.nodeDiskWritten();
  return mountTable(c.host.fs).map((line) => {
    const d = line.disk;
    const id = line.type === 'overlay' ? 'overlay' : !d ? `pseudo:${line.path}` : d.kind === 'node' ? 'node' : d.id;
    const st = !d ? { blocks: 0, used: 0, avail: 0 } : d.kind === 'node' ? nodeStatfs(written) : ownStatfs(d.bytes, line.root ?? { type: 'dir', children: new Map() });
    return { line, id, st };
  });
}

/** busybox make_human_readable_str: one decimal, the last division rounded to nearest. */
export function busyboxHuman(kib: number): string {
  if (kib === 0) return '0';
  let val = kib * 1024;
  let frac = 0;
  let u = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    u++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return `${val}.${frac}${' KMGTPEZY'[u]}`;
}

/** gnulib human_readable with -h: powers of 1024, rounded up; one decimal below 10. */
export function gnuHuman(kib: number): string {
  const units = ' KMGTPEZY';
  const bytes = kib * 1024;
  if (bytes < 1024) return String(bytes);
  let e = 0;
  let p = 1;
  while (bytes / p >= 1024 && e < 8) {
    p *= 1024;
    e++;
  }
  // p is a power of two, so these divisions are exact
  const tenths = Math.ceil((bytes * 10) / p);
  if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${units[e]}`;
  const n = Math.ceil(bytes / p);
  return n === 1024 && e < 8 ? `1.0${units[e + 1]}` : `${n}${units[e]}`;
}

function busyboxTable(list: Row[], human: boolean): string {
  const num = (k: number) => (human ? busyboxHuman(k) : String(k));
  let out = '';
  for (const { line, st } of list) {
    const total = st.used + st.avail;
    const pct = total ? Math.floor((st.used * 100 + Math.floor(total / 2)) / total) : 0;
    // a device name wider than its column gets a line of its own
    out += line.dev.length > 20 ? `${line.dev}\n${' '.repeat(20)}` : line.dev.padEnd(20);
    out += ` ${num(st.blocks).padStart(9)} ${num(st.used).padStart(9)} ${num(st.avail).padStart(9)} ${String(pct).padStart(3)}% ${line.path}\n`;
  }
  return out;
}

function gnuTable(list: Row[], human: boolean): string {
  const num = (k: number) => (human ? gnuHuman(k) : String(k));
  const head = ['Filesystem', human ? 'Size' : '1K-blocks', 'Used', human ? 'Avail' : 'Available', 'Use%', 'Mounted on'];
  const cells = [
    head,
    ...list.map(({ line, st }) => {
      const total = st.used + st.avail;
      // the percentage is rounded up, and undefined for an empty filesystem
      const pct = total ? `${Math.ceil((st.used * 100) / total)}%` : '-';
      return [line.dev, num(st.blocks), num(st.used), num(st.avail), pct, line.path];
    }),
  ];
  const min = [14, 5, 5, 5, 4, 0];
  const width = min.map((w, i) => Math.max(w, ...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((x, i) => (i === 0 ? x.padEnd(width[i]) : i === 5 ? x : x.padStart(width[i]))).join(' ') + '\n').join('');
}

/** coreutils filter_mount_list: one entry per device, preferring a mount nearer the root whose source is not deeper in the device. */
function distinct(list: Row[]): Row[] {
  const kept: Row[] = [];
  const byId = new Map<string, number>();
  const srcLen = (r: Row) => (r.line.disk?.kind === 'node' ? r.line.disk.root.length : 1);
  for (const r of list) {
    const at = byId.get(r.id);
    if (at === undefined) {
      byId.set(r.id, kept.length);
      kept.push(r);
      continue;
    }
    const seen = kept[at];
    const nearer = seen.line.path.length > r.line.path.length && !(srcLen(seen) < srcLen(r));
    const realDevice = r.line.dev.includes('/') && !seen.line.dev.includes('/');
    if (realDevice || nearer) kept[at] = r;
  }
  return kept;
}

export const dfCmd: Command = (argv, c) => {
  const isGnu = gnu(c);
  const { flags, args } = opts(argv);
  const valid = isGnu ? 'aBhHiklPtTxv' : 'kPTtaiBhHm';
  const bad = [...flags].find((f) => f.length === 1 && !valid.includes(f));
  if (bad !== undefined) {
    return { out: '', err: `df: invalid option -- '${bad}'\n${isGnu ? "Try 'df --help' for more information.\n" : BUSYBOX_USAGE}`, code: 1 };
  }
  const human = flags.has('h') || flags.has('human-readable');
  const all = flags.has('a') || flags.has('all');
  const table = rows(c);
  const fs = c.host.fs;
  let err = '';
  let list: Row[] = [];
  for (const a of args) {
    const p = path(c, a);
    if (!fs.exists(p)) {
      err += isGnu ? `df: ${a}: No such file or directory\n` : `df: ${a}: can't find mount point\n`;
      continue;
    }
    const holder = fs.mountOf(p)?.path ?? '/';
    const own = table.find((r) => r.line.path === holder)!;
    // busybox takes the first mount of the path's device (or of the name as typed)
    list.push(isGnu ? own : table.find((r) => r.line.path === a || r.line.dev === a || r.id === own.id)!);
  }
  if (!args.length) {
    const shown = isGnu && !all ? distinct(table.filter((r) => !DUMMY.has(r.line.type))) : table;
    list = all ? shown : shown.filter((r) => r.st.blocks > 0);
  }
  const code = err ? 1 : 0;
  if (isGnu) return { out: list.length ? gnuTable(list, human) : '', err: err || undefined, code };
  const header = `Filesystem           ${human ? '     Size' : '1K-blocks'}      Used Available Use% Mounted on\n`;
  return { out: header + busyboxTable(list, human), err: err || undefined, code };
};
