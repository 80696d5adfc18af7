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

/** Lay out the member's files in the data directory's tree; `revision` is the member's applied index now. */
export function fillEtcdDataDir(tree: Tree, createdMs: number, revision: () => number, now: () => number): void {
  tree.root.mode = PRIVATE_DIR;
  const member = tree.mkdirs(['member'], createdMs, PRIVATE_DIR);
  const snap = tree.mkdirs(['member', 'snap'], createdMs, PRIVATE_DIR);
  const wal = tree.mkdirs(['member', 'wal'], createdMs, PRIVATE_DIR);
  member.mode = snap.mode = wal.mode = PRIVATE_DIR;
  snap.children!.set('db', sizedFile(() => dbSizes(revision()).size, now));
  wal.children!.set(`${pair(0, 0)}.wal`, sizedFile(() => SEGMENT_BYTES, now));
  wal.children!.set('0.tmp', sizedFile(() => SEGMENT_BYTES, () => createdMs));
}
