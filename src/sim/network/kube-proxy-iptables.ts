/**
 * The nat table kube-proxy v1.34 (iptables mode) programs for the cluster's Services and EndpointSlices,
 * as rules iptables holds them (src/sim/network/iptables-rules.ts; iptables-format.ts prints them).
 * Modelled: ClusterIP, NodePort and LoadBalancer Services, endpoints that are ready,
 * sessionAffinity ClientIP (the recent module's lists, checked before the random pick), externalTrafficPolicy
 * Local (KUBE-EXT- and KUBE-SVL- chains per node), externalIPs, load-balancer ingress IPs and their
 * loadBalancerSourceRanges (KUBE-FW- chains).
 * The filter table it writes beside it (REJECT for ports without endpoints, KUBE-FORWARD, firewall chains) is
 * src/sim/network/kube-proxy-filter.ts. Not modelled: internalTrafficPolicy Local, the nfacct counters.
 */
import type { SimContext } from '../context';
import { base32Lower, sha256 } from '../sha256';
import type { KObject } from '../types';
import type { Match, Rule, Table, Target } from './iptables-rules';
import { nodeInternalIP } from './bootstrap';
import { kubeProxySynced } from './caches';
import { type FilterRules, kubeProxyFilter, MASQ_MARK, type PortFilter, portFilterRules } from './kube-proxy-filter';
import { ipInCidr } from './ip';
import { serviceEndpoints } from './lookups';
import { loadBalancerSourceRanges } from './source-ranges';

const KUBE_MARK_MASQ = 'KUBE-MARK-MASQ';
const PORTALS = 'kubernetes service portals';
const NODEPORTS_LAST = 'kubernetes service nodeports; NOTE: this must be the last rule in this chain';

/** kube-proxy's chain suffix: the first 16 characters of base32(sha256(text)). */
function hashSuffix(text: string): string {
  return base32Lower(sha256(new TextEncoder().encode(text))).slice(0, 16).toUpperCase();
}

/** servicePortChainName: KUBE-SVC- + hash of the ServicePortName string and the lower-case protocol. */
export function servicePortChainName(servicePortName: string, protocol: string): string {
  return 'KUBE-SVC-' + hashSuffix(servicePortName + protocol);
}

/** The external-traffic chain of a service port shares the KUBE-SVC- chain's hash. */
function externalChainName(servicePortName: string, protocol: string): string {
  return 'KUBE-EXT-' + hashSuffix(servicePortName + protocol);
}

/** The local-endpoints chain of a service port (externalTrafficPolicy Local) shares the KUBE-SVC- chain's hash too. */
function localPolicyChainName(servicePortName: string, protocol: string): string {
  return 'KUBE-SVL-' + hashSuffix(servicePortName + protocol);
}

/** The firewall chain of a service port (loadBalancerSourceRanges) shares the KUBE-SVC- chain's hash as well. */
function firewallChainName(servicePortName: string, protocol: string): string {
  return 'KUBE-FW-' + hashSuffix(servicePortName + protocol);
}

/** servicePortEndpointChainName: KUBE-SEP- + hash of the ServicePortName, protocol and endpoint ip:port. */
export function servicePortEndpointChainName(servicePortName: string, protocol: string, endpoint: string): string {
  return 'KUBE-SEP-' + hashSuffix(servicePortName + protocol + endpoint);
}

/** ServicePortName.String(): ns/name, with :port when the port is named. */
export function servicePortName(namespace: string, name: string, port: string): string {
  return `${namespace}/${name}${port ? ':' + port : ''}`;
}

/** kube-proxy writes 1/(n-i) with %0.10f for every endpoint but the last. */
export function probability(remaining: number): string {
  return (1 / remaining).toFixed(10);
}

const comment = (text: string): Match => ({ kind: 'comment', text });
const jump = (chain: string): Target => ({ kind: 'jump', chain });

interface PortRules {
  name: string;
  services: Rule[];
  nodePorts: Rule[];
  chains: [string, Rule[]][];
}

/** ClientIP affinity's timeout (StickyMaxAgeSeconds; the API defaults it to 10800), or undefined without affinity. */
function stickySeconds(svc: KObject): number | undefined {
  if (svc.spec?.sessionAffinity !== 'ClientIP') return undefined;
  const t = svc.spec?.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  return typeof t === 'number' ? t : 10800;
}

/** writeServiceToEndpointRules: a policy chain's rules (affinity checks first, then the random pick), and the endpoints' chains. */
function policyRules(spn: string, proto: string, eps: string[], affinity: number | undefined): Rule[] {
  const rules: Rule[] = [];
  // with ClientIP affinity a client already on an endpoint's list goes back to that endpoint
  if (affinity !== undefined) {
    for (const ep of eps) {
      const sep = servicePortEndpointChainName(spn, proto, ep);
      rules.push({ matches: [comment(`${spn} -> ${ep}`), { kind: 'recent', name: sep, check: { seconds: affinity } }], target: jump(sep) });
    }
  }
  eps.forEach((ep, i) => {
    const matches: Match[] = [comment(`${spn} -> ${ep}`)];
    if (i < eps.length - 1) matches.push({ kind: 'statistic', probability: probability(eps.length - i) });
    rules.push({ matches, target: jump(servicePortEndpointChainName(spn, proto, ep)) });
  });
  return rules;
}

/** The addresses a service port is reached on from outside: its externalIPs and its load balancer's ingress IPs. */
function externalDestinations(svc: KObject, spn: string): { ip: string; what: string; lb: boolean }[] {
  const external = (svc.spec?.externalIPs ?? []).map((ip: string) => ({ ip, what: `${spn} external IP`, lb: false }));
  return [...external, ...loadBalancerIPs(svc).map((ip) => ({ ip, what: `${spn} loadbalancer IP`, lb: true }))];
}

/** Load-balancer traffic goes through a KUBE-FW- chain when loadBalancerSourceRanges limits who may send it. */
function firewallChain(svc: KObject, spn: string, proto: string): string | undefined {
  return loadBalancerIPs(svc).length && loadBalancerSourceRanges(svc).length ? firewallChainName(spn, proto) : undefined;
}

/**
 * The KUBE-FW- chain: sources in a range go on to KUBE-EXT-; so do the load-balancer IPs themselves when the
 * node's address is in a range (a node reaching its own VIP arrives from it). What falls through is not
 * DNATed, and KUBE-PROXY-FIREWALL in the filter table drops it.
 */
function firewallRules(svc: KObject, spn: string, ext: string, nodeIP: string | undefined): Rule[] {
  const ranges = loadBalancerSourceRanges(svc);
  const fromNode = nodeIP !== undefined && ranges.some((r) => ipInCidr(nodeIP, r));
  const sources = [...ranges, ...(fromNode ? loadBalancerIPs(svc) : [])];
  return [
    ...sources.map((cidr): Rule => ({ src: { cidr, negate: false }, matches: [comment(`${spn} loadbalancer IP`)], target: jump(ext) })),
    { matches: [comment(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`)] },
  ];
}

/** A LoadBalancer Service's ingress IPs (the VIPs kube-proxy captures). */
function loadBalancerIPs(svc: KObject): string[] {
  return svc.spec?.type === 'LoadBalancer' ? (svc.status?.loadBalancer?.ingress ?? []).filter((i: KObject) => i.ip).map((i: KObject) => String(i.ip)) : [];
}

/** The rules of one service port that has ready endpoints, on the node named (its local endpoints matter to externalTrafficPolicy Local). */
function servicePortRules(svc: KObject, port: KObject, endpoints: { ip: string; port: number; nodeName?: string }[], clusterCIDR: string | undefined, node: string | undefined, nodeIP: string | undefined): PortRules {
  const spn = servicePortName(svc.metadata.namespace ?? 'default', svc.metadata.name ?? '', port.name ?? '');
  const proto = String(port.protocol ?? 'TCP').toLowerCase();
  const svcChain = servicePortChainName(spn, proto);
  const clusterIP: string = svc.spec.clusterIP;
  const dstMatch: Match = { kind: 'proto', proto, dport: port.port };
  const services: Rule[] = [{ dst: clusterIP, proto, matches: [comment(`${spn} cluster IP`), dstMatch], target: jump(svcChain) }];
  // traffic to the cluster IP from outside the pod network is masqueraded (only when kube-proxy knows that network)
  const svcRules: Rule[] = clusterCIDR ? [{ src: { cidr: clusterCIDR, negate: true }, dst: clusterIP, proto, matches: [comment(`${spn} cluster IP`), dstMatch], target: jump(KUBE_MARK_MASQ) }] : [];
  const chains: [string, Rule[]][] = [];
  // endpoints in the order of their "ip:port" strings, as kube-proxy's endpoint cache sorts them
  const key = (e: { ip: string; port: number }) => `${e.ip}:${e.port}`;
  const eps = endpoints.map(key).sort();
  const localEps = endpoints.filter((e) => node !== undefined && e.nodeName === node).map(key).sort();
  const affinity = stickySeconds(svc);
  svcRules.push(...policyRules(spn, proto, eps, affinity));
  for (const ep of eps) {
    const sep = servicePortEndpointChainName(spn, proto, ep);
    const dnatMatches: Match[] = [comment(spn), ...(affinity !== undefined ? [{ kind: 'recent' as const, name: sep }] : []), { kind: 'proto', proto }];
    chains.push([sep, [
      { src: { cidr: ep.slice(0, ep.lastIndexOf(':')), negate: false }, matches: [comment(spn)], target: jump(KUBE_MARK_MASQ) },
      { proto, matches: dnatMatches, target: { kind: 'dnat', to: ep } },
    ]]);
  }
  chains.push([svcChain, svcRules]);
  const ext = externalChainName(spn, proto);
  const destinations = externalDestinations(svc, spn);
  const fw = firewallChain(svc, spn, proto);
  for (const d of destinations) services.push({ dst: d.ip, proto, matches: [comment(d.what), dstMatch], target: jump(d.lb && fw ? fw : ext) });
  if (fw) chains.push([fw, firewallRules(svc, spn, ext, nodeIP)]);
  const nodePorts: Rule[] = port.nodePort ? [{ proto, matches: [comment(spn), { kind: 'proto', proto, dport: port.nodePort }], target: jump(ext) }] : [];
  if (nodePorts.length || destinations.length) chains.push([ext, externalRules(svc, spn, proto, svcChain, localEps, affinity, clusterCIDR, chains)]);
  return { name: spn, services, nodePorts, chains };
}

/**
 * The KUBE-EXT- chain external traffic (node ports, external and load-balancer IPs) jumps to. Policy Cluster
 * masquerades and goes on to KUBE-SVC-; policy Local keeps the client's address and picks among this node's
 * endpoints in KUBE-SVL-, but pods and the node itself still reach every endpoint through KUBE-SVC-.
 */
function externalRules(svc: KObject, spn: string, proto: string, svcChain: string, localEps: string[], affinity: number | undefined, clusterCIDR: string | undefined, chains: [string, Rule[]][]): Rule[] {
  if (svc.spec?.externalTrafficPolicy !== 'Local') {
    return [{ matches: [comment(`masquerade traffic for ${spn} external destinations`)], target: jump(KUBE_MARK_MASQ) }, { matches: [], target: jump(svcChain) }];
  }
  const rules: Rule[] = [];
  if (clusterCIDR) rules.push({ src: { cidr: clusterCIDR, negate: false }, matches: [comment(`pod traffic for ${spn} external destinations`)], target: jump(svcChain) });
  rules.push({ matches: [comment(`masquerade LOCAL traffic for ${spn} external destinations`), { kind: 'addrtype', srcType: 'LOCAL' }], target: jump(KUBE_MARK_MASQ) });
  rules.push({ matches: [comment(`route LOCAL traffic for ${spn} external destinations`), { kind: 'addrtype', srcType: 'LOCAL' }], target: jump(svcChain) });
  // without a local endpoint the filter table drops what is left (not modelled); nat has no KUBE-SVL- chain then
  if (localEps.length) {
    const svl = localPolicyChainName(spn, proto);
    chains.push([svl, policyRules(spn, proto, localEps, affinity)]);
    rules.push({ matches: [], target: jump(svl) });
  }
  return rules;
}

/** The filter facts of a service port: its addresses, and whether it has endpoints (anywhere, and for external traffic on this node). */
function portFilter(svc: KObject, port: KObject, endpoints: { nodeName?: string }[], node: string | undefined): PortFilter {
  const spn = servicePortName(svc.metadata.namespace ?? 'default', svc.metadata.name ?? '', port.name ?? '');
  const local = svc.spec?.externalTrafficPolicy === 'Local' ? endpoints.filter((e) => node !== undefined && e.nodeName === node) : endpoints;
  return {
    spn,
    proto: String(port.protocol ?? 'TCP').toLowerCase(),
    clusterIP: svc.spec.clusterIP,
    port: port.port,
    nodePort: port.nodePort,
    // kube-proxy serves (and opens) a health check node port only where the API needs one: a LoadBalancer with policy Local
    healthCheckNodePort: svc.spec?.type === 'LoadBalancer' && svc.spec?.externalTrafficPolicy === 'Local' ? svc.spec?.healthCheckNodePort : undefined,
    externalIPs: svc.spec?.externalIPs ?? [],
    loadBalancerIPs: loadBalancerIPs(svc),
    hasEndpoints: endpoints.length > 0,
    hasExternalEndpoints: local.length > 0,
    firewallChain: endpoints.length ? firewallChain(svc, spn, String(port.protocol ?? 'TCP').toLowerCase()) : undefined,
  };
}

/** The mangle table holds only the empty chains the kubelet (KUBE-IPTABLES-HINT, its canary) and kube-proxy (its canary) create there. */
function mangleTable(): Table {
  return {
    builtins: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'].map((n): [string, Rule[]] => [n, []]),
    chains: new Map(['KUBE-IPTABLES-HINT', 'KUBE-KUBELET-CANARY', 'KUBE-PROXY-CANARY'].map((n): [string, Rule[]] => [n, []])),
  };
}

/** The nat, filter and mangle tables kube-proxy keeps on every node for the Services in the API. */
export function kubeProxyTables(ctx: SimContext, clusterCIDR: string | undefined, node?: string): { nat: Table; filter: Table; mangle: Table } {
  const ports: PortRules[] = [];
  const filters: { name: string; rules: FilterRules }[] = [];
  const nodeIP = node !== undefined ? nodeInternalIP(ctx.api.tryGet('nodes', undefined, node)) : undefined;
  for (const svc of kubeProxySynced(ctx) ? ctx.api.list('services') : []) {
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === 'None' || svc.spec?.type === 'ExternalName') continue;
    for (const port of svc.spec?.ports ?? []) {
      const eps = serviceEndpoints(ctx, svc, port);
      const f = portFilter(svc, port, eps, node);
      filters.push({ name: f.spn, rules: portFilterRules(f) });
      // a port without endpoints gets a REJECT in the filter table, nothing in nat
      if (eps.length) ports.push(servicePortRules(svc, port, eps, clusterCIDR, node, nodeIP));
    }
  }
  filters.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { nat: natTable(ports), filter: kubeProxyFilter(filters.map((f) => f.rules)), mangle: mangleTable() };
}

function natTable(ports: PortRules[]): Table {
  // kube-proxy walks a Go map; the playground fixes the order by service port name
  ports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const chains = new Map<string, Rule[]>();
  chains.set('KUBE-SERVICES', [...ports.flatMap((p) => p.services), { matches: [comment(NODEPORTS_LAST), { kind: 'addrtype', dstType: 'LOCAL' }], target: jump('KUBE-NODEPORTS') }]);
  chains.set('KUBE-NODEPORTS', ports.flatMap((p) => p.nodePorts));
  chains.set('KUBE-POSTROUTING', [
    { matches: [{ kind: 'mark', negate: true, mark: `${MASQ_MARK}/${MASQ_MARK}` }], target: { kind: 'jump', chain: 'RETURN' } },
    { matches: [], target: { kind: 'mark', op: 'xor', value: MASQ_MARK } },
    { matches: [comment('kubernetes service traffic requiring SNAT')], target: { kind: 'masquerade' } },
  ]);
  chains.set(KUBE_MARK_MASQ, [{ matches: [], target: { kind: 'mark', op: 'or', value: MASQ_MARK } }]);
  // the canary chains kube-proxy and the kubelet watch to notice a flushed table
  chains.set('KUBE-PROXY-CANARY', []);
  chains.set('KUBE-KUBELET-CANARY', []);
  for (const p of ports) for (const [name, rules] of p.chains) chains.set(name, rules);
  const portals: Rule = { matches: [comment(PORTALS)], target: jump('KUBE-SERVICES') };
  return {
    builtins: [['PREROUTING', [portals]], ['INPUT', []], ['OUTPUT', [portals]], ['POSTROUTING', [{ matches: [comment('kubernetes postrouting rules')], target: jump('KUBE-POSTROUTING') }]]],
    chains,
  };
}
