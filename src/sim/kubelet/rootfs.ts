import { milliCpu } from '../quantity';
import { CgroupTree } from './cgroupfs';
import { DEV_TMPFS_BYTES } from './disk';
import { ContainerFs, Tree, type Mount } from './fs';
import { containerProcesses } from './node-procs';
import { ProcTree } from './procfs';
import type { KubeletRuntime } from './runtime';
import { effectiveUser } from './security';
import type { ContainerRt, PodRt } from './state';

/** What /dev holds in a default container, and in a privileged one (the host's devices). */
const DEVICES = ['core', 'fd', 'full', 'mqueue', 'null', 'ptmx', 'pts', 'random', 'stderr', 'stdin', 'stdout', 'termination-log', 'tty', 'urandom', 'zero'];
const PRIVILEGED_DEVICES = [
  ...DEVICES,
  'autofs', 'bsg', 'btrfs-control', 'cpu', 'cpu_dma_latency', 'dm-0', 'fuse', 'hpet', 'input', 'kmsg', 'loop-control', 'loop0', 'loop1', 'mapper', 'mem',
  'net', 'nvram', 'port', 'rtc0', 'sda', 'sda1', 'sg0', 'snapshot', 'tty0', 'tty1', 'ttyS0', 'ttyS1', 'uhid', 'uinput', 'vcs', 'vda', 'vhost-net', 'watchdog',
];

const BASE_DIRS = ['/bin', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/usr/bin', '/usr/local/bin', '/usr/sbin', '/var/log', '/var/run'];

/** The pod's hostname: spec.hostname or the pod name; the node name with hostNetwork. */
export function podHostname(rt: PodRt): string {
  if (rt.pod.spec?.hostNetwork) return rt.node;
  return (rt.pod.spec?.hostname ?? rt.name).slice(0, 63);
}

/** Kubelet-managed /etc/hosts. */
function hostsFile(rt: PodRt): string {
  let s = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  const host = podHostname(rt);
  const sub = rt.pod.spec?.subdomain;
  s += sub ? `${rt.ip}\t${host}.${sub}.${rt.ns}.svc.cluster.local\t${host}\n` : `${rt.ip}\t${host}\n`;
  const aliases = rt.pod.spec?.hostAliases ?? [];
  if (aliases.length) {
    s += '\n# Entries added by HostAliases.\n';
    for (const a of aliases) s += `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`;
  }
  return s;
}

/** /etc/resolv.conf by dnsPolicy. */
function resolvConf(rt: PodRt): string {
  const policy = rt.pod.spec?.dnsPolicy ?? 'ClusterFirst';
  const hostNet = !!rt.pod.spec?.hostNetwork;
  if (policy === 'Default' || (policy === 'ClusterFirst' && hostNet)) return 'nameserver 192.168.0.1\nsearch localdomain\n';
  if (policy === 'None') {
    const c = rt.pod.spec?.dnsConfig ?? {};
    let s = '';
    if (c.searches?.length) s += `search ${c.searches.join(' ')}\n`;
    for (const n of c.nameservers ?? []) s += `nameserver ${n}\n`;
    if (c.options?.length) s += `options ${c.options.map((o: { name: string; value?: string }) => (o.value ? `${o.name}:${o.value}` : o.name)).join(' ')}\n`;
    return s;
  }
  return `search ${rt.ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n`;
}

/** Build a container's view: image files, kubelet files (/etc/hosts ...), then volume mounts. */
export function nodeRootfs(k: KubeletRuntime, rt: PodRt, c: ContainerRt): ContainerFs {
  const now = k.ctx.clock.now();
  const created = Date.parse(rt.startTime ?? new Date(now).toISOString());
  const root = new Tree(created);
  for (const d of BASE_DIRS) root.mkdirs(d.split('/').filter(Boolean), created);
  root.mkdirs(['tmp'], created, 0o1777);
  root.node(['tmp'])!.mode = 0o1777;
  const def = c.def;
  for (const d of def?.dirs ?? []) root.mkdirs(d.split('/').filter(Boolean), created);
  for (const [p, content] of Object.entries(def?.files ?? {})) root.put(p, content, created, p.endsWith('.sh') ? 0o755 : 0o644);
  if (def && def.flavor !== 'none') {
    root.put('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n', created);
    root.put('/etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nusers:x:100:games\nnogroup:x:65534:\n', created);
  }
  // the kubelet's and the runtime's files, each bind-mounted from the node's disk
  const files = new Tree(created);
  files.put('hosts', hostsFile(rt), created);
  files.put('hostname', podHostname(rt) + '\n', created);
  files.put('resolv.conf', resolvConf(rt), created);
  files.put('termination-log', '', created, 0o666);
  const pods = `/var/lib/kubelet/pods/${rt.uid}`;
  // df compares these sources by length only: the container's id stands in for the sandbox's (both 64 hex digits)
  const id = (c.containerID ?? '').replace(/^\w+:\/\//, '').padEnd(64, '0');
  const sandbox = `/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/${id}`;
  const bound = (path: string, sub: string, root: string): Mount => ({ path, tree: files, sub, readOnly: false, source: '/dev/sda1', fstype: 'ext4', disk: { kind: 'node', root } });
  const cri: Mount[] = [];
  for (const m of c.spec.volumeMounts ?? []) {
    const vol = rt.volumes.get(m.name);
    if (!vol) continue;
    const sub = realSub(vol.tree, m.subPath ?? '');
    const parts = sub.split('/').filter(Boolean);
    if (sub && !vol.tree.node(parts)) vol.tree.mkdirs(parts, now);
    const at = pinned(vol.tree, parts, now);
    cri.push({ path: m.mountPath.replace(/\/+$/, '') || '/', tree: at.tree, sub: at.sub, readOnly: !!m.readOnly || !!vol.readOnly, source: vol.source, fstype: vol.fstype, disk: vol.disk });
    // the mount point exists in the image's tree
    root.mkdirs(m.mountPath.split('/').filter(Boolean).slice(0, -1), created);
  }
  // the kubelet's mounts follow the volumes; containerd adds its own after them
  cri.push(
    bound('/etc/hosts', 'hosts', `${pods}/etc-hosts`),
    bound(c.spec.terminationMessagePath ?? '/dev/termination-log', 'termination-log', `${pods}/containers/${c.name}/${id.slice(0, 8)}`),
    bound('/etc/hostname', 'hostname', `${sandbox}/hostname`),
    bound('/etc/resolv.conf', 'resolv.conf', `${sandbox}/resolv.conf`),
    { path: '/dev/shm', tree: (rt.shm ??= new Tree(created, 0o1777)), sub: '', readOnly: false, source: 'shm', fstype: 'tmpfs', disk: { kind: 'tmpfs', id: `${rt.uid}/shm`, bytes: DEV_TMPFS_BYTES } },
  );
  // containerd mounts parents before children: a stable sort by the number of path components
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  const mounts: Mount[] = [
    // its files are the kernel's: a write fails
    { path: '/proc', tree: new ProcTree(created, () => containerProcesses(k.pods.values(), rt, c)), sub: '', readOnly: true, source: 'proc', fstype: 'proc' },
    // the runtime mounts the container's own cgroup there, read-only unless privileged
    { path: '/sys/fs/cgroup', tree: new CgroupTree(created, c, milliCpu(k.nodes.get(rt.node)?.config.cpu ?? '1'), () => k.ctx.clock.now()), sub: '', readOnly: !c.spec.securityContext?.privileged, source: 'cgroup', fstype: 'cgroup2' },
    ...cri.map((m, i) => ({ m, i })).sort((a, b) => depth(a.m.path) - depth(b.m.path) || a.i - b.i).map((x) => x.m),
  ];
  const u = effectiveUser(rt.pod, c);
  const devs = c.spec.securityContext?.privileged ? PRIVILEGED_DEVICES : DEVICES;
  for (const d of devs) root.put(`/dev/${d}`, '', created, 0o666);
  return new ContainerFs(root, mounts, () => k.ctx.clock.now(), { uid: u.uid, gid: u.gid }, !!c.spec.securityContext?.readOnlyRootFilesystem);
}

/** A subPath into the atomic writer's data directory binds that file itself, so the writer's later swaps (and its removal of the old directory) never reach it. */
function pinned(tree: Tree, parts: string[], now: number): { tree: Tree; sub: string } {
  const node = parts[0]?.startsWith('..') ? tree.node(parts) : undefined;
  if (!node) return { tree, sub: parts.join('/') };
  const name = parts[parts.length - 1];
  const bound = new Tree(now);
  bound.root.children!.set(name, node);
  return { tree: bound, sub: name };
}

/** subPath mounts see the real file, not the atomic writer's symlink. */
function realSub(tree: Tree, sub: string): string {
  const out: string[] = [];
  const parts = sub.split('/').filter(Boolean);
  for (let i = 0, guard = 0; i < parts.length && guard < 32; i++, guard++) {
    const n = tree.node([...out, parts[i]]);
    if (n?.type === 'link') {
      parts.splice(i + 1, 0, ...n.target!.split('/').filter(Boolean));
      continue;
    }
    out.push(parts[i]);
  }
  return out.join('/');
}
