/**
 * The filter table kube-proxy v1.34 (iptables mode) writes beside its nat table: REJECT for service ports
 * without endpoints, DROP for external traffic of externalTrafficPolicy Local ports without an endpoint on
 * the node and for load-balancer traffic loadBalancerSourceRanges refuses, ACCEPT for health check node
 * ports, and KUBE-FORWARD. The jumps into its chains are those kube-proxy and the kubelet insert.
 * Not modelled: the nfacct counter on the INVALID drop (kube-proxy adds it only where the kernel has nfacct).
 */
import type { Match, Rule, Table, Target } from './iptables-rules';

/** What the filter table needs to know of one service port on this node. */
export interface PortFilter {
  /** ServicePortName.String(), as the comments print it. */
  spn: string;
  proto: string;
  clusterIP: string;
  port: number;
  nodePort?: number;
  healthCheckNodePort?: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  /** Ready endpoints anywhere in the cluster. */
  hasEndpoints: boolean;
  /** Endpoints external traffic may reach from this node (with externalTrafficPolicy Local: this node's). */
  hasExternalEndpoints: boolean;
  /** The KUBE-FW- chain load-balancer traffic goes through when loadBalancerSourceRanges is set. */
  firewallChain?: string;
}

/** A port's rules in each of kube-proxy's filter chains. */
export interface FilterRules {
  services: Rule[];
  externalServices: Rule[];
  nodePorts: Rule[];
  proxyFirewall: Rule[];
}

/** The mark KUBE-MARK-MASQ sets on packets to masquerade (masqueradeBit 14). */
export const MASQ_MARK = '0x4000';
const comment = (text: string): Match => ({ kind: 'comment', text });
const jump = (chain: string): Target => ({ kind: 'jump', chain });
const NEW: Match = { kind: 'conntrack', states: 'NEW' };

/** One service port's filter rules: a port without endpoints is rejected, one without endpoints for external traffic dropped there. */
export function portFilterRules(p: PortFilter): FilterRules {
  const { spn, proto } = p;
  const out: FilterRules = { services: [], externalServices: [], nodePorts: [], proxyFirewall: [] };
  const none: { target: Target; why: string } | undefined = !p.hasEndpoints ? { target: { kind: 'reject' }, why: `${spn} has no endpoints` } : !p.hasExternalEndpoints ? { target: jump('DROP'), why: `${spn} has no local endpoints` } : undefined;
  const to = (dst: string | undefined, dport: number, extra: Match[] = []): Omit<Rule, 'target'> => ({ dst, proto, matches: [comment(none!.why), ...extra, { kind: 'proto', proto, dport }] });
  if (!p.hasEndpoints) out.services.push({ ...to(p.clusterIP, p.port), target: none!.target });
  if (none) for (const ip of [...p.externalIPs, ...p.loadBalancerIPs]) out.externalServices.push({ ...to(ip, p.port), target: none.target });
  // a load-balancer IP the KUBE-FW- chain did not DNAT (its source is outside every range) ends here
  if (p.firewallChain) {
    for (const ip of p.loadBalancerIPs) out.proxyFirewall.push({ dst: ip, proto, matches: [comment(`${spn} traffic not accepted by ${p.firewallChain}`), { kind: 'proto', proto, dport: p.port }], target: jump('DROP') });
  }
  if (p.nodePort && none) out.externalServices.push({ ...to(undefined, p.nodePort, [{ kind: 'addrtype', dstType: 'LOCAL' }]), target: none.target });
  // the health check node port is accepted whether or not this node has endpoints: it answers 503 then
  if (p.healthCheckNodePort) out.nodePorts.push({ proto: 'tcp', matches: [comment(`${spn} health check node port`), { kind: 'proto', proto: 'tcp', dport: p.healthCheckNodePort }], target: jump('ACCEPT') });
  return out;
}

/**
 * The jumps into kube-proxy's filter chains (iptablesJumpChains): each is inserted at the top of its
 * built-in chain, so a chain lists them last to first; the kubelet inserted its KUBE-FIREWALL jumps earlier, so they end up last.
 */
const JUMPS: { from: string; to: string; comment?: string; ctNew: boolean }[] = [
  { from: 'INPUT', to: 'KUBE-EXTERNAL-SERVICES', comment: 'kubernetes externally-visible service portals', ctNew: true },
  { from: 'FORWARD', to: 'KUBE-EXTERNAL-SERVICES', comment: 'kubernetes externally-visible service portals', ctNew: true },
  { from: 'INPUT', to: 'KUBE-NODEPORTS', comment: 'kubernetes health check service ports', ctNew: false },
  { from: 'FORWARD', to: 'KUBE-SERVICES', comment: 'kubernetes service portals', ctNew: true },
  { from: 'OUTPUT', to: 'KUBE-SERVICES', comment: 'kubernetes service portals', ctNew: true },
  { from: 'FORWARD', to: 'KUBE-FORWARD', comment: 'kubernetes forwarding rules', ctNew: false },
  { from: 'INPUT', to: 'KUBE-PROXY-FIREWALL', comment: 'kubernetes load balancer firewall', ctNew: true },
  { from: 'OUTPUT', to: 'KUBE-PROXY-FIREWALL', comment: 'kubernetes load balancer firewall', ctNew: true },
  { from: 'FORWARD', to: 'KUBE-PROXY-FIREWALL', comment: 'kubernetes load balancer firewall', ctNew: true },
];
const KUBELET_JUMPS = [
  { from: 'INPUT', to: 'KUBE-FIREWALL' },
  { from: 'OUTPUT', to: 'KUBE-FIREWALL' },
];

function builtin(name: string): [string, Rule[]] {
  const proxy = JUMPS.filter((j) => j.from === name).reverse().map((j): Rule => ({ matches: [...(j.ctNew ? [NEW] : []), ...(j.comment ? [comment(j.comment)] : [])], target: jump(j.to) }));
  const kubelet = KUBELET_JUMPS.filter((j) => j.from === name).map((j): Rule => ({ matches: [], target: jump(j.to) }));
  return [name, [...proxy, ...kubelet]];
}

/** The filter table kube-proxy keeps on every node, from its service ports' rules (in kube-proxy's order). */
export function kubeProxyFilter(ports: FilterRules[]): Table {
  const chains = new Map<string, Rule[]>([
    ['KUBE-SERVICES', ports.flatMap((p) => p.services)],
    ['KUBE-EXTERNAL-SERVICES', ports.flatMap((p) => p.externalServices)],
    ['KUBE-NODEPORTS', ports.flatMap((p) => p.nodePorts)],
    ['KUBE-PROXY-FIREWALL', ports.flatMap((p) => p.proxyFirewall)],
    [
      'KUBE-FORWARD',
      [
        // conntrack's INVALID packets would reset connections unless nf_conntrack_tcp_be_liberal is set (it is not)
        { matches: [{ kind: 'conntrack', states: 'INVALID' }], target: jump('DROP') },
        { matches: [comment('kubernetes forwarding rules'), { kind: 'mark', negate: false, mark: `${MASQ_MARK}/${MASQ_MARK}` }], target: jump('ACCEPT') },
        { matches: [comment('kubernetes forwarding conntrack rule'), { kind: 'conntrack', states: 'RELATED,ESTABLISHED' }], target: jump('ACCEPT') },
      ],
    ],
    // route_localnet=1 (for localhost NodePorts) would let other hosts reach 127.0.0.0/8; kube-proxy and the kubelet both write this rule
    ['KUBE-FIREWALL', [{ src: { cidr: '127.0.0.0/8', negate: true }, dst: '127.0.0.0/8', matches: [comment('block incoming localnet connections'), { kind: 'conntrack', negate: true, states: 'RELATED,ESTABLISHED,DNAT' }], target: jump('DROP') }]],
    ['KUBE-PROXY-CANARY', []],
    ['KUBE-KUBELET-CANARY', []],
  ]);
  return { builtins: [builtin('INPUT'), builtin('FORWARD'), builtin('OUTPUT')], chains };
}
