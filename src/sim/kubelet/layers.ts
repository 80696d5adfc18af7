/**
 * A container's root file system as the runtime stacks it: the image's read-only layers, the
 * kubelet's init files bind-mounted over them, the container's writable layer on top (gone with the
 * container), and the volumes mounted into it (kept across restarts).
 */
import type { Inode } from './fs';
import type { ContainerRt, PodRt } from './state';

export interface RootfsLayers {
  image: { name: string; id: string; files: number };
  /** The kubelet's files: /etc/hosts, /etc/hostname, /etc/resolv.conf. */
  init: string[];
  /** Files created or changed in the writable layer since the container started. */
  writable: { path: string; bytes: number }[];
  volumes: { path: string; volume: string; readOnly: boolean }[];
  restarts: number;
}

const INIT_FILES = ['/etc/hosts', '/etc/hostname', '/etc/resolv.conf'];

function walk(node: Inode, path: string, visit: (path: string, n: Inode) => void): void {
  for (const [name, child] of node.children ?? []) {
    const p = `${path}/${name}`;
    visit(p, child);
    if (child.type === 'dir') walk(child, p, visit);
  }
}

/** The layers of a container whose file system exists (`fs` is built on first use). */
export function rootfsLayers(rt: PodRt, c: ContainerRt, fs: { rootfs: { root: Inode }; mounts: { path: string }[] }): RootfsLayers {
  const created = Date.parse(rt.startTime ?? '') || 0;
  let imageFiles = 0;
  const writable: { path: string; bytes: number }[] = [];
  walk(fs.rootfs.root, '', (path, n) => {
    if (n.type !== 'file' || path.startsWith('/dev/')) return;
    // what the image brought is as old as the container; anything newer was written by it
    if (n.mtime > created) writable.push({ path, bytes: typeof n.content === 'string' ? n.content.length : 0 });
    else imageFiles++;
  });
  const volumes = (c.spec.volumeMounts ?? []).map((m: { name: string; mountPath: string; readOnly?: boolean }) => ({ path: m.mountPath, volume: m.name, readOnly: !!m.readOnly || !!rt.volumes.get(m.name)?.readOnly }));
  return {
    image: { name: c.imageName ?? String(c.spec.image ?? ''), id: c.imageID ?? '', files: imageFiles },
    init: INIT_FILES.filter((p) => fs.mounts.some((m) => m.path === p)),
    writable: writable.sort((a, b) => (a.path < b.path ? -1 : 1)),
    volumes,
    restarts: c.restartCount,
  };
}
