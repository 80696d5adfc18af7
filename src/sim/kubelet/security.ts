import type { KObject } from '../types';
import { primaryGroup, type ProcUser } from './exec/host';
import type { ContainerRt } from './state';

/** The groups alpine's /etc/group lists each of its system users in, by uid. */
const MEMBER_GROUPS_BUSYBOX: Record<number, number[]> = {
  0: [1, 2, 3, 4, 6, 10, 11, 20, 26, 27],
  1: [1, 2, 3],
  2: [1, 2, 4],
};

/**
 * The user the container's processes run as, as kubelet and containerd set it up:
 * - uid: the container's runAsUser, else the pod's, else the image's USER;
 * - gid: runAsGroup (container over pod); unset, the image's group for its own USER, or the group
 *   /etc/passwd gives an explicit runAsUser (0 when the uid is not there);
 * - groups: the gid, the image's /etc/group memberships of that user (not under
 *   supplementalGroupsPolicy: Strict), the pod's fsGroup and supplementalGroups; the kernel keeps
 *   them sorted, which is the order busybox's `id` prints.
 */
export function effectiveUser(pod: KObject, c: ContainerRt): ProcUser {
  const psc = pod.spec?.securityContext ?? {};
  const csc = c.spec.securityContext ?? {};
  const imgUid = c.def?.user.uid ?? 0;
  const runAsUser: number | undefined = csc.runAsUser ?? psc.runAsUser;
  const uid = runAsUser ?? imgUid;
  const gid: number = csc.runAsGroup ?? psc.runAsGroup ?? (runAsUser === undefined ? (c.def?.user.gid ?? primaryGroup(uid)) : primaryGroup(uid));
  const fromImage = psc.supplementalGroupsPolicy === 'Strict' || c.def?.flavor !== 'busybox' ? [] : (MEMBER_GROUPS_BUSYBOX[uid] ?? []);
  const fromPod: number[] = [...(psc.fsGroup !== undefined ? [psc.fsGroup] : []), ...(psc.supplementalGroups ?? [])];
  const groups = [...new Set([gid, ...fromImage, ...fromPod])].sort((x, y) => x - y);
  return { uid, gid, groups };
}

/** containerd's default capability set for a container's processes. */
const DEFAULT_CAPS = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'];

/** Effective capabilities: the runtime default plus `add` minus `drop` for root, everything when privileged. */
export function capabilities(c: ContainerRt, uid = 0): { caps: Set<string>; privileged: boolean } {
  const sc = c.spec.securityContext ?? {};
  const strip = (x: string) => x.replace(/^CAP_/, '');
  const drop: string[] = (sc.capabilities?.drop ?? []).map(strip);
  const caps = new Set<string>(drop.includes('ALL') ? [] : DEFAULT_CAPS.filter((x) => !drop.includes(x)));
  for (const a of sc.capabilities?.add ?? []) caps.add(strip(a));
  // a non-root process has no effective capabilities
  if (uid !== 0 && !sc.privileged) caps.clear();
  return { caps, privileged: !!sc.privileged };
}

/** The kubelet's verifyRunAsNonRoot messages (kuberuntime security_context_others.go). */
export function verifyNonRoot(pod: KObject, c: ContainerRt): string | undefined {
  const psc = pod.spec?.securityContext ?? {};
  const csc = c.spec.securityContext ?? {};
  const nonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot;
  if (!nonRoot) return undefined;
  const who = `(pod: "${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})", container: ${c.name})`;
  const runAs = csc.runAsUser ?? psc.runAsUser;
  if (runAs !== undefined) return runAs === 0 ? `container's runAsUser breaks non-root policy ${who}` : undefined;
  const u = c.def?.user;
  if (!u || u.uid === 0) return `container has runAsNonRoot and image will run as root ${who}`;
  if (u.uid === undefined) return `container has runAsNonRoot and image has non-numeric user (${u.name}), cannot verify user is non-root ${who}`;
  return undefined;
}
