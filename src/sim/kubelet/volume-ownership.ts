/**
 * The kubelet's SetVolumeOwnership (pkg/volume/volume_linux.go): with a pod fsGroup, a volume whose
 * plugin manages ownership (emptyDir, the atomic-writer volumes, local PVs) is walked from its root:
 * every entry goes to the group, files gain group read (and write on a read-write volume),
 * directories also search and set-group-ID; symlinks are only re-grouped (lchown), never chmod-ed.
 */
import type { Inode } from './fs';

const RW_MASK = 0o660;
const RO_MASK = 0o440;
const EXEC_MASK = 0o110;
const SETGID = 0o2000;

function walk(n: Inode, fsGroup: number, mask: number): void {
  n.gid = fsGroup;
  if (n.type === 'link') return;
  n.mode |= n.type === 'dir' ? mask | SETGID | EXEC_MASK : mask;
  for (const c of n.children?.values() ?? []) walk(c, fsGroup, mask);
}

/** requiresPermissionChange: the root already has the group, set-group-ID and the group bits the mode needs. */
function rootMatches(root: Inode, fsGroup: number, readOnly: boolean): boolean {
  const perms = (readOnly ? RO_MASK : RW_MASK) | EXEC_MASK;
  return root.gid === fsGroup && (root.mode & SETGID) !== 0 && (root.mode & perms) === perms;
}

/** `policy` is the pod's fsGroupChangePolicy; OnRootMismatch skips the walk when the root already matches. */
export function setVolumeOwnership(root: Inode, fsGroup: number | undefined, readOnly: boolean, policy?: string): void {
  if (fsGroup === undefined) return;
  if (policy === 'OnRootMismatch' && rootMatches(root, fsGroup, readOnly)) return;
  walk(root, fsGroup, readOnly ? RO_MASK : RW_MASK);
}
