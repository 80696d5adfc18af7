/**
 * The network interfaces a container sees: its pod's namespace (lo and the veth eth0 the CNI plugin
 * gives it, MTU 1450 as flannel's VXLAN backend sets it) or, with hostNetwork, the node's (its eth0,
 * the cni0 bridge of the node's pod CIDR, lo). `ifconfig` prints them as busybox's and net-tools'
 * ife_print do, `ip addr` / `ip link` as busybox's ipaddress.c does.
 */
import { sha256 } from '../../sha256';
import type { CmdCtx, CmdResult, Command } from './host';

interface Iface {
  index: number;
  name: string;
  /** The veth peer's index in the host namespace (eth0@ifN). */
  peer?: number;
  loopback: boolean;
  mac: number[];
  ip: string;
  prefix: number;
  mtu: number;
  state: 'UP' | 'UNKNOWN';
}

/** A stable, locally administered unicast MAC for a name. */
function macFor(seed: string): number[] {
  const h = sha256(new TextEncoder().encode(seed));
  return [(h[0] & 0xfe) | 0x02, h[1], h[2], h[3], h[4], h[5]];
}

const LO: Iface = { index: 1, name: 'lo', loopback: true, mac: [0, 0, 0, 0, 0, 0], ip: '127.0.0.1', prefix: 8, mtu: 65536, state: 'UNKNOWN' };

function interfaces(c: CmdCtx): Iface[] {
  const pod = c.host.pod;
  if (!pod.spec?.hostNetwork) {
    const peer = 4 + (macFor(pod.metadata.uid ?? pod.metadata.name!)[5] % 60);
    return [LO, { index: 2, name: 'eth0', peer, loopback: false, mac: macFor(pod.metadata.uid ?? pod.metadata.name!), ip: c.host.podIP, prefix: 24, mtu: 1450, state: 'UP' }];
  }
  const nodeName: string = pod.spec.nodeName;
  const node = c.host.ctx.api.tryGet('nodes', undefined, nodeName);
  const list: Iface[] = [LO, { index: 2, name: 'eth0', loopback: false, mac: macFor(nodeName), ip: c.host.podIP, prefix: 24, mtu: 1500, state: 'UP' }];
  const cidr: string | undefined = node?.spec?.podCIDR;
  // the bridge's address is the first of the node's pod range
  if (cidr) list.push({ index: 4, name: 'cni0', loopback: false, mac: macFor(`${nodeName}/cni0`), ip: cidr.replace(/\.0\/\d+$/, '.1'), prefix: 24, mtu: 1450, state: 'UP' });
  return list;
}

const hex = (b: number) => b.toString(16).padStart(2, '0');

function broadcast(f: Iface): string {
  const parts = f.ip.split('.').map(Number);
  const n = (((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) | (2 ** (32 - f.prefix) - 1)) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function netmask(prefix: number): string {
  const n = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** The link-local address the kernel derives from the MAC (EUI-64), as inet_ntop prints it. */
function linkLocal(mac: number[]): string {
  const b = [mac[0] ^ 0x02, mac[1], mac[2], 0xff, 0xfe, mac[3], mac[4], mac[5]];
  const groups = [0, 2, 4, 6].map((i) => ((b[i] << 8) | b[i + 1]).toString(16));
  return `fe80::${groups.join(':')}`;
}

const inet6 = (f: Iface): { addr: string; prefix: number; scope: 'host' | 'link' } => (f.loopback ? { addr: '::1', prefix: 128, scope: 'host' } : { addr: linkLocal(f.mac), prefix: 64, scope: 'link' });

/** ife_print: interfaces sorted by name, those that are up (all with -a). */
function ifconfigText(list: Iface[]): string {
  let out = '';
  for (const f of [...list].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const v6 = inet6(f);
    out += `${f.name.slice(0, 9).padEnd(9)} Link encap:${f.loopback ? 'Local Loopback' : 'Ethernet'}  `;
    if (!f.loopback) out += `HWaddr ${f.mac.map((b) => hex(b).toUpperCase()).join(':')}  `;
    out += '\n';
    out += `          inet addr:${f.ip} ${f.loopback ? '' : ` Bcast:${broadcast(f)} `} Mask:${netmask(f.prefix)}\n`;
    out += `          inet6 addr: ${v6.addr}/${v6.prefix} Scope:${v6.scope === 'host' ? 'Host' : 'Link'}\n`;
    out += `          ${f.loopback ? 'UP LOOPBACK RUNNING ' : 'UP BROADCAST RUNNING MULTICAST '} MTU:${f.mtu}  Metric:1\n`;
    out += '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n';
    out += '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n';
    out += '          collisions:0 txqueuelen:1000 \n';
    out += '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n';
  }
  return out;
}

export const ifconfig: Command = (argv, c) => {
  const list = interfaces(c);
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (name === undefined) return { out: ifconfigText(list), code: 0 };
  const f = list.find((x) => x.name === name);
  if (!f) return { out: '', err: `ifconfig: ${name}: error fetching interface information: Device not found\n`, code: 1 };
  return { out: ifconfigText([f]), code: 0 };
};

/** print_linkinfo: index, name (@ifN for a veth whose peer lives in another namespace), flags, mtu, qdisc, state, qlen, link address. */
function linkText(f: Iface): string {
  const flags = f.loopback ? 'LOOPBACK,UP,LOWER_UP' : `BROADCAST,MULTICAST,UP,LOWER_UP${f.peer ? ',M-DOWN' : ''}`;
  const name = f.peer ? `${f.name}@if${f.peer}` : f.name;
  const link = f.loopback ? 'loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00' : `ether ${f.mac.map(hex).join(':')} brd ff:ff:ff:ff:ff:ff`;
  return `${f.index}: ${name}: <${flags}> mtu ${f.mtu} qdisc noqueue state ${f.state} qlen 1000\n    link/${link}\n`;
}

/** print_addrinfo: the IPv4 address with its label, then the IPv6 one; all permanent. */
function addrText(f: Iface): string {
  const v6 = inet6(f);
  const brd = f.loopback ? '' : `brd ${broadcast(f)} `;
  return (
    `    inet ${f.ip}/${f.prefix} ${brd}scope ${f.loopback ? 'host' : 'global'} ${f.name}\n       valid_lft forever preferred_lft forever\n` +
    `    inet6 ${v6.addr}/${v6.prefix} scope ${v6.scope} \n       valid_lft forever preferred_lft forever\n`
  );
}

/**
 * The pod's main routing table as the flannel CNI config (bridge plugin, host-local IPAM with the
 * cluster route and the default gateway on the node's cni0) leaves it, printed as busybox iproute.c's
 * print_route does (no "proto kernel"; " src " and a trailing blank after each route).
 */
function routeText(c: CmdCtx, eth0: Iface): string {
  const subnet = eth0.ip.replace(/\.\d+$/, '.0');
  const gateway = eth0.ip.replace(/\.\d+$/, '.1');
  const cluster = `${c.host.ctx.config.podCIDRPrefix}.0.0/16`;
  return `default via ${gateway} dev eth0 \n${cluster} via ${gateway} dev eth0 \n${subnet}/${eth0.prefix} dev eth0 scope link  src ${eth0.ip} \n`;
}

/** busybox ip's object names, by the abbreviations it accepts (index_in_substrings: the first that starts so; `r` is route). */
const OBJECTS: [string, 'address' | 'route' | 'link'][] = [
  ['address', 'address'],
  ['route', 'route'],
  ['link', 'link'],
];

const SHOW = ['show', 'list', 'lst', 'sh', 'ls', 'l', 's'];

export const ip: Command = (argv, c): CmdResult => {
  const [obj = '', cmd = 'show', ...rest] = argv.slice(1);
  const kind = OBJECTS.find(([full]) => obj !== '' && full.startsWith(obj))?.[1];
  const pod = c.host.pod;
  // the node's own table (hostNetwork), the other objects (neigh, rule, tunnel) and changes are not simulated
  if (!kind || !SHOW.includes(cmd) || (kind === 'route' && (pod.spec?.hostNetwork || rest.length > 0))) {
    return { out: '', err: `ip: only "ip addr", "ip link" and a pod's "ip route" (show) are simulated\n`, code: 1 };
  }
  const list = interfaces(c);
  if (kind === 'route') return { out: routeText(c, list.find((f) => f.name === 'eth0')!), code: 0 };
  const devArg = rest[0] === 'dev' ? rest[1] : rest[0];
  const shown = list.filter((f) => devArg === undefined || f.name === devArg);
  if (devArg !== undefined && shown.length === 0) return { out: '', err: `ip: can't find device '${devArg}'\n`, code: 1 };
  return { out: shown.map((f) => linkText(f) + (kind === 'address' ? addrText(f) : '')).join(''), code: 0 };
};
