import { userName, type ProcLine } from './exec/host';
import { effectiveUser } from './security';
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

/**
 * What `ps` shows from a container sharing the node's PID namespace (hostPID): the node's init as
 * PID 1, its daemons, and for each pod a containerd shim, the pause process and its running containers.
 */
export function nodeProcesses(pods: Iterable<PodRt>, node: string): ProcLine[] {
  const lines: ProcLine[] = NODE_DAEMONS.map((cmd, i) => ({ pid: i === 0 ? 1 : 300 + i * PID_GAP, ppid: i === 0 ? 0 : 1, user: 'root', cmd }));
  let pid = 1000;
  const onNode = [...pods].filter((rt) => rt.node === node && rt.sandboxReady);
  for (const rt of onNode) {
    const shim = (pid += PID_GAP);
    lines.push({ pid: shim, ppid: 1, user: 'root', cmd: `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${rt.uid.replace(/-/g, '')} -address /run/containerd/containerd.sock` });
    lines.push({ pid: (pid += PID_GAP), ppid: shim, user: '65535', cmd: '/pause' });
    for (const c of rt.containers) {
      if (!c.proc?.alive) continue;
      const uid = effectiveUser(rt.pod, c).uid;
      lines.push({ pid: (pid += PID_GAP), ppid: shim, user: userName(uid) ?? String(uid), cmd: containerCmd(c), startMs: c.proc.startedMs });
    }
  }
  return lines;
}
