import { userName } from './exec/host';
import type { ProcCreds, ProcLine } from './proc-line';
import { containerCreds, NODE_ROOT_CREDS } from './security';
import type { ContainerRt, PodRt } from './state';

/** The node's own daemons, started at boot before any pod (kubeadm layout, containerd runtime). */
const NODE_DAEMONS = [
  '/sbin/init',
  '/lib/systemd/systemd-journald',
  '/lib/systemd/systemd-udevd',
  '/usr/sbin/sshd -D',
  '/usr/bin/containerd',
  '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock',
];

/** PIDs the kernel hands out between two processes we list (threads, short-lived helpers). */
const PID_GAP = 11;

function containerCmd(c: ContainerRt): string {
  const argv = c.proc?.argv ?? [];
  return (argv[0]?.endsWith('.sh') ? ['/bin/bash', ...argv] : argv).join(' ');
}

/** The sandbox's pause process: user 65535 (the pause image's USER), no capabilities left after exec. */
const PAUSE_CREDS: ProcCreds = { ...NODE_ROOT_CREDS, uid: 65535, gid: 65535, bounding: new Set() };

/**
 * The processes a container sees: with hostPID the node's, else its own PID 1 (a script shows its
 * interpreter) and the helpers its program forks.
 */
export function containerProcesses(pods: Iterable<PodRt>, rt: PodRt, c: ContainerRt): ProcLine[] {
  if (rt.pod.spec?.hostPID) return nodeProcesses(pods, rt.node);
  const creds = containerCreds(rt.pod, c);
  const user = userName(creds.uid) ?? String(creds.uid);
  const startMs = c.proc?.startedMs;
  const list: ProcLine[] = [{ pid: 1, ppid: 0, user, cmd: containerCmd(c), startMs, creds, cgroup: '/' }];
  // workers are forked by PID 1
  (c.proc?.program?.extraProcs ?? []).forEach((cmd, i) => list.push({ pid: 7 + i, ppid: 1, user, cmd, startMs, creds, cgroup: '/' }));
  return list;
}

/**
 * What `ps` shows from a container sharing the node's PID namespace (hostPID): the node's init as
 * PID 1, its daemons, and for each pod a containerd shim, the pause process and its running containers.
 */
function nodeProcesses(pods: Iterable<PodRt>, node: string): ProcLine[] {
  const lines: ProcLine[] = NODE_DAEMONS.map((cmd, i) => ({ pid: i === 0 ? 1 : 300 + i * PID_GAP, ppid: i === 0 ? 0 : 1, user: 'root', cmd, creds: NODE_ROOT_CREDS }));
  let pid = 1000;
  const onNode = [...pods].filter((rt) => rt.node === node && rt.sandboxReady);
  for (const rt of onNode) {
    const shim = (pid += PID_GAP);
    lines.push({ pid: shim, ppid: 1, user: 'root', cmd: `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${rt.uid.replace(/-/g, '')} -address /run/containerd/containerd.sock`, creds: NODE_ROOT_CREDS });
    lines.push({ pid: (pid += PID_GAP), ppid: shim, user: '65535', cmd: '/pause', creds: PAUSE_CREDS });
    for (const c of rt.containers) {
      if (!c.proc?.alive) continue;
      const creds = containerCreds(rt.pod, c);
      lines.push({ pid: (pid += PID_GAP), ppid: shim, user: userName(creds.uid) ?? String(creds.uid), cmd: containerCmd(c), startMs: c.proc.startedMs, creds });
    }
  }
  return lines;
}
