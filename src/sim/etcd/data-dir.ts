/**
 * An etcd member's data directory (--data-dir=/var/lib/etcd) as etcd 3.6 lays it out: `member/snap/db`,
 * the bbolt backend, growing with the revision; `member/wal/<seq>-<index>.wal`, write-ahead log segments
 * preallocated to wal.SegmentSizeBytes (64,000,000 bytes), with the next segment already allocated as
 * `<n>.tmp` by the WAL's file pipeline. kubeadm creates the directory 0700; etcd makes its directories
 * 0700 and its files 0600 (fileutil.PrivateDirMode, PrivateFileMode).
 */
import type { Inode, Tree } from '../kubelet/fs';

const SEGMENT_BYTES = 64_000_000;
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
const PAGE = 4096;

/** The bbolt file's size and the part of it in use after `revision` writes (etcdctl endpoint status's DB SIZE and IN USE). */
export function dbSizes(revision: number): { size: number; inUse: number } {
  const size = Math.ceil((1_500_000 + revision * 520) / PAGE) * PAGE;
  return { size, inUse: Math.floor((size * 0.62) / PAGE) * PAGE };
}

/** `%016x-%016x` (the WAL segment's sequence and first index; a snapshot's term and index). */
const pair = (a: number, b: number) => `${a.toString(16).padStart(16, '0')}-${b.toString(16).padStart(16, '0')}`;

/** A file whose size (and modification time) follow the member: its bytes are binary and never read as text. */
function sizedFile(size: () => number, mtime: () => number): Inode & { size: number } {
  return {
    type: 'file',
    mode: PRIVATE_FILE,
    uid: 0,
    gid: 0,
    content: '',
    get size() {
      return size();
    },
    get mtime() {
      return mtime();
    },
  };
}

/** kubeadm's --snapshot-count: a snapshot is taken once the applied index is more than this past the last one. */
export const SNAPSHOT_COUNT = 10_000;
/** etcd's --max-snapshots default: older .snap files are purged. */
const MAX_SNAP_FILES = 5;
/** Estimate, not measured: a snapshot holds the v2 store, which keeps only the membership (a few KB). */
const SNAP_BYTES = 8_192;

/** The raft indexes of the snapshots kept at applied index `index`: every SNAPSHOT_COUNT + 1 entries, the last five. */
export function snapshotIndexes(index: number): number[] {
  const every = SNAPSHOT_COUNT + 1;
  const last = Math.floor(index / every);
  const out: number[] = [];
  for (let k = Math.max(1, last - MAX_SNAP_FILES + 1); k <= last; k++) out.push(k * every);
  return out;
}

/** The member as its data directory shows it: its applied index and the term of any index. */
export interface MemberLog {
  index(): number;
  termAt(index: number): number;
}

/**
 * `member/snap`: the bbolt file and the kept `<term>-<index>.snap` files, listed as they are now. When a
 * snapshot was taken is not recorded: its time is interpolated between two looks at the directory.
 */
function snapDir(createdMs: number, log: MemberLog, now: () => number): Inode {
  const db = sizedFile(() => dbSizes(log.index()).size, now);
  const taken = new Map<number, number>();
  let seen = { index: log.index(), at: createdMs };
  const children = (): Map<string, Inode> => {
    const index = log.index();
    const at = now();
    const kept = snapshotIndexes(index);
    for (const i of kept) if (!taken.has(i)) taken.set(i, index > seen.index ? seen.at + Math.round(((at - seen.at) * (i - seen.index)) / (index - seen.index)) : at);
    seen = { index, at };
    const files = new Map<string, Inode>([['db', db]]);
    for (const i of kept) {
      const mtime = taken.get(i)!;
      files.set(`${pair(log.termAt(i), i)}.snap`, sizedFile(() => SNAP_BYTES, () => mtime));
    }
    return files;
  };
  return {
    type: 'dir',
    mode: PRIVATE_DIR,
    uid: 0,
    gid: 0,
    // a new .snap file changes the directory; the db file is written in place
    get mtime() {
      const kept = snapshotIndexes(log.index()).map((i) => taken.get(i) ?? createdMs);
      return Math.max(createdMs, ...kept);
    },
    get children() {
      return children();
    },
  };
}

/** Lay out the member's files in the data directory's tree. */
export function fillEtcdDataDir(tree: Tree, createdMs: number, log: MemberLog, now: () => number): void {
  tree.root.mode = PRIVATE_DIR;
  const member = tree.mkdirs(['member'], createdMs, PRIVATE_DIR);
  member.children!.set('snap', snapDir(createdMs, log, now));
  const wal = tree.mkdirs(['member', 'wal'], createdMs, PRIVATE_DIR);
  member.mode = wal.mode = PRIVATE_DIR;
  wal.children!.set(`${pair(0, 0)}.wal`, sizedFile(() => SEGMENT_BYTES, now));
  wal.children!.set('0.tmp', sizedFile(() => SEGMENT_BYTES, () => createdMs));
}
