/**
 * What statfs(2) reports for a mount, in 1K blocks: the node's disk (shared by the writable layers,
 * the kubelet's files, emptyDirs, configMap volumes and hostPaths), a tmpfs of the size the kubelet
 * gave it, or a volume with a filesystem of its own (a PV's capacity, an NFS export).
 */
import { bytes } from '../quantity';

export type Disk =
  /** `root`: the bind mount's source on the node's disk (coreutils df keeps the entry nearest the device's root). */
  | { kind: 'node'; root: string }
  /** `id` names the filesystem (its st_dev); `bytes` its size. */
  | { kind: 'tmpfs' | 'volume'; id: string; bytes: number };

/** The node's disk as a fresh kubeadm node's root partition reports it (capacity matches the node's ephemeral-storage). */
const NODE_DISK = { blocks: 20466256, used: 5482140, reserved: 1023312 };

/** The /dev and /dev/shm tmpfs mounts: 64 MiB each (containerd's default shm size). */
export const DEV_TMPFS_BYTES = 64 * 1024 * 1024;

export interface Statfs {
  blocks: number;
  used: number;
  avail: number;
}

const PAGE = 4096;

/** What df needs of an inode (fs.ts's Inode, which holds Disks itself). */
interface Inode {
  type: string;
  size?: number;
  content?: string;
  children?: Map<string, Inode>;
}

/** 1K blocks the files under a node take: each file whole 4K blocks (an empty one none). */
export function treeKiB(n: Inode, seen = new Set<Inode>()): number {
  if (seen.has(n)) return 0;
  seen.add(n);
  if (n.type === 'dir') {
    let sum = 0;
    for (const c of n.children!.values()) sum += treeKiB(c, seen);
    return sum;
  }
  if (n.type === 'link') return 0;
  const size = n.size ?? new TextEncoder().encode(n.content ?? '').length;
  return Math.ceil(size / PAGE) * (PAGE / 1024);
}

/** A filesystem of `size` bytes (whole pages) holding the files of `root`. */
export function ownStatfs(size: number, root: Inode): Statfs {
  const blocks = Math.ceil(size / PAGE) * (PAGE / 1024);
  const used = Math.min(blocks, treeKiB(root));
  return { blocks, used, avail: blocks - used };
}

/** The node's disk with `written` KiB more on it than a fresh node; ext4 keeps its reserved blocks from non-root users. */
export function nodeStatfs(written: number): Statfs {
  const used = Math.min(NODE_DISK.blocks, NODE_DISK.used + written);
  return { blocks: NODE_DISK.blocks, used, avail: Math.max(0, NODE_DISK.blocks - used - NODE_DISK.reserved) };
}

type Limited = { resources?: { limits?: { memory?: string } } };

/**
 * The size of a memory-backed emptyDir (and of the tmpfs under secret, projected and downwardAPI
 * volumes), as the emptyDir plugin's calculateEmptyDirMemorySize picks it: the node's allocatable
 * memory, else the pod's memory limit when every container declares one, else the volume's
 * sizeLimit, whichever is smallest and above zero.
 */
export function memoryVolumeBytes(allocatable: number, pod: { spec?: { containers?: Limited[]; initContainers?: Limited[] } }, sizeLimit?: string): number {
  let size = allocatable;
  const app = pod.spec?.containers ?? [];
  const init = pod.spec?.initContainers ?? [];
  const all = [...app, ...init];
  if (all.length && all.every((c) => c.resources?.limits?.memory !== undefined)) {
    // the pod cgroup's limit: the app containers together, or the largest init container if that is more
    const sum = app.reduce((s, c) => s + bytes(c.resources!.limits!.memory), 0);
    const limit = Math.max(sum, ...init.map((c) => bytes(c.resources!.limits!.memory)));
    if (limit > 0 && limit <= size) size = limit;
  }
  const own = sizeLimit === undefined ? 0 : bytes(sizeLimit);
  if (own > 0 && own <= size) size = own;
  return size;
}
