import type { KObject } from '../types';
import { primaryGroup, type ProcUser } from './exec/host';
import type { ContainerRt } from './state';

/** root's supplementary groups in busybox/alpine's /etc/group. */
const ROOT_GROUPS_BUSYBOX = [0, 1, 2, 3, 4, 6, 10, 11, 20, 26, 27];

/** The user the container's processes run as: securityContext over the image's USER. */
export function effectiveUser(pod: KObject, c: ContainerRt): ProcUser {
  const psc = pod.spec?.securityContext ?? {};
  const csc = c.spec.securityContext ?? {};
  const imgUid = c.def?.user.uid ?? 0;
  const uid: number = csc.runAsUser ?? psc.runAsUser ?? imgUid;
  const gid: number = csc.runAsGroup ?? psc.runAsGroup ?? (uid === imgUid ? (c.def?.user.gid ?? primaryGroup(uid)) : primaryGroup(uid));
  const extra: number[] = [...(psc.supplementalGroups ?? [])];
  if (psc.fsGroup !== undefined) extra.unshift(psc.fsGroup);
  let groups = extra;
  if (uid === 0 && !extra.length) groups = c.def?.flavor === 'busybox' ? ROOT_GROUPS_BUSYBOX : [0];
  else if (extra.length && uid === 0) groups = [0, ...extra];
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
