import type { KObject } from '../types';
import { primaryGroup, type ProcUser } from './exec/host';
import type { ProcCreds } from './proc-line';
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

/** containerd's default capability set for a container's processes (its oci defaults, Docker's list). */
const DEFAULT_CAPS = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'];

/** Every capability of the node's kernel (6.8: CAP_LAST_CAP is 40), by bit number. */
export const KERNEL_CAPS = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP', 'LINUX_IMMUTABLE', 'NET_BIND_SERVICE',
  'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN',
  'SYS_BOOT', 'SYS_NICE', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP', 'MAC_OVERRIDE',
  'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF', 'CHECKPOINT_RESTORE',
];

/**
 * The set containerd gives the container (bounding = permitted = effective for root; inheritable stays
 * empty since containerd 1.6.18): everything when privileged, else the default minus `drop` plus `add`,
 * where ALL means every capability.
 */
function containerCapSet(c: ContainerRt): Set<string> {
  const sc = c.spec.securityContext ?? {};
  if (sc.privileged) return new Set(KERNEL_CAPS);
  const strip = (x: string) => String(x).replace(/^CAP_/, '');
  const drop: string[] = (sc.capabilities?.drop ?? []).map(strip);
  const add: string[] = (sc.capabilities?.add ?? []).map(strip);
  const caps = new Set<string>(drop.includes('ALL') ? [] : DEFAULT_CAPS.filter((x) => !drop.includes(x)));
  for (const a of add.includes('ALL') ? KERNEL_CAPS : add) if (KERNEL_CAPS.includes(a)) caps.add(a);
  return caps;
}

/** Effective capabilities: the container's set for root, none for another user (unless privileged). */
export function capabilities(c: ContainerRt, uid = 0): { caps: Set<string>; privileged: boolean } {
  const caps = containerCapSet(c);
  // a non-root process has no effective capabilities
  if (uid !== 0 && !c.spec.securityContext?.privileged) caps.clear();
  return { caps, privileged: !!c.spec.securityContext?.privileged };
}

/** The credentials of a container's processes. */
export function containerCreds(pod: KObject, c: ContainerRt): ProcCreds {
  const u = effectiveUser(pod, c);
  const sc = c.spec.securityContext ?? {};
  const profile = sc.seccompProfile?.type ?? pod.spec?.securityContext?.seccompProfile?.type;
  return { uid: u.uid, gid: u.gid, groups: u.groups, bounding: containerCapSet(c), noNewPrivs: sc.allowPrivilegeEscalation === false, seccomp: profile === 'RuntimeDefault' || profile === 'Localhost' ? 2 : 0 };
}

/** A root daemon of the node itself: every capability, no filter. */
export const NODE_ROOT_CREDS: ProcCreds = { uid: 0, gid: 0, groups: [], bounding: new Set(KERNEL_CAPS), noNewPrivs: false, seccomp: 0 };

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
