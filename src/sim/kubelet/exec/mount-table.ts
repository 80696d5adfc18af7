/** A container's /proc/mounts: the runtime's own mounts, then the kubelet's and containerd's in the order they were made. */
import { DEV_TMPFS_BYTES, type Disk } from '../disk';
import type { ContainerFs, Inode } from '../fs';

export interface MountLine {
  dev: string;
  path: string;
  type: string;
  ro: boolean;
  /** What statfs reports for it; none for a pseudo filesystem. */
  disk?: Disk;
  /** The files on it (for used blocks). */
  root?: Inode;
}

export function mountTable(fs: ContainerFs): MountLine[] {
  const lines: MountLine[] = [
    // the overlay's upper layer lives on the node's disk, but the overlay is a filesystem of its own
    { dev: 'overlay', path: '/', type: 'overlay', ro: false, disk: { kind: 'node', root: '/' } },
    { dev: 'proc', path: '/proc', type: 'proc', ro: false },
    { dev: 'tmpfs', path: '/dev', type: 'tmpfs', ro: false, disk: { kind: 'tmpfs', id: 'dev', bytes: DEV_TMPFS_BYTES } },
  ];
  for (const m of fs.table) {
    // the root and procfs are listed above, in the runtime's order
    if (m.path === '/' || m.fstype === 'proc') continue;
    lines.push({ dev: m.source, path: m.path, type: m.fstype, ro: m.readOnly, disk: m.disk, root: m.tree.root });
  }
  return lines;
}
