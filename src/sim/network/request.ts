import type { SimContext } from '../context';
import { podIP } from '../controllers/service-pods';
import { serveHttp } from '../kubelet/serve';
import type { KObject } from '../types';
import { apiServerAnswer } from './apiserver-http';
import { kubeProxySynced } from './caches';
import { API_SERVER_PORT, nodeInternalIP } from './bootstrap';
import { lookup } from './dns';
import { dnsSilence, type DnsSilence } from './dns-reach';
import { ingressCertificate, nginxErrorPage, routeIngress, tlsSecretFor } from './ingress';
import { isIPv4 } from './ip';
import { isTrafficAllowed, type PolicyPeer, type PolicyVerdict } from './policy';
import { CLUSTER_IP_INDEX, NODE_PORT_INDEX } from './service-alloc';
import { sourceRangesAdmit } from './source-ranges';
import { INGRESS_IP } from './state';
import { recordSpread } from './spread';
import type { Hop } from './hop';
import type { HttpRequest, HttpResult, RequestOrigin } from './http';
import { headerValue, ingressPeer, isControlPlaneIP, nodeByIP, podByIP, podPeer, POD_IP_INDEX, serviceEndpoints } from './lookups';

export { POD_IP_INDEX };

/** Linux gives up a SYN to a black hole after about this long (curl reports the exact figure). */
export const OS_CONNECT_TIMEOUT_MS = 134_000;

interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

function parseUrl(url: string): Url | undefined {
  const full = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([^#]*)/i.exec(full);
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  let path = m[4] || '/';
  if (!path.startsWith('/')) path = `/${path}`;
  return { scheme, host: m[2].toLowerCase(), port, path };
}

/** A connection under way: who sends, what it asked for, the hops so far. */
class Trip {
  path: Hop[] = [];
  readonly clientPod?: KObject;
  readonly clientIP: string;
  /** The node the client sits on (the prompt is the control-plane node). */
  readonly clientNode?: string;
  url!: Url;

  constructor(
    readonly ctx: SimContext,
    readonly origin: RequestOrigin,
    public req: HttpRequest,
  ) {
    if (origin.kind === 'pod') {
      this.clientPod = ctx.api.tryGet('pods', origin.namespace, origin.pod);
      this.clientIP = (this.clientPod && podIP(this.clientPod)) ?? '127.0.0.1';
      this.clientNode = this.clientPod?.spec?.nodeName;
      this.path.push({ kind: 'Client', namespace: origin.namespace, name: origin.pod, detail: this.clientIP });
    } else {
      const master = ctx.config.nodes.find((n) => n.controlPlane)?.name;
      this.clientNode = master;
      this.clientIP = nodeInternalIP(master ? ctx.api.tryGet('nodes', undefined, master) : undefined) ?? '127.0.0.1';
      this.path.push({ kind: 'Client', name: 'outside', detail: this.clientIP });
    }
  }

  fail(code: NonNullable<HttpResult['error']>['code'], message: string, explanation?: string, elapsedMs = 1): HttpResult {
    return { body: '', error: { code, message }, path: this.path, target: this.target(), elapsedMs, explanation };
  }

  target(): HttpResult['target'] {
    return this.url ? { host: this.url.host, ip: this.ip, port: this.url.port } : undefined;
  }

  ip?: string;

  refused(explanation?: string): HttpResult {
    return this.fail('refused', `Failed to connect to ${this.url.host} port ${this.url.port} after 1 ms: Could not connect to server`, explanation);
  }

  /** A packet nobody answers: curl waits for the OS (or its own --connect-timeout). */
  dropped(explanation: string): HttpResult {
    const t = this.req.connectTimeoutMs;
    if (t !== undefined) {
      return this.fail('timeout', `Failed to connect to ${this.url.host} port ${this.url.port} after ${t + 1} ms: Timeout was reached`, explanation, t + 1);
    }
    const ms = OS_CONNECT_TIMEOUT_MS + (this.ctx.services.network?.proxyRng.int(2000) ?? 0);
    return this.fail('timeout', `Failed to connect to ${this.url.host} port ${this.url.port} after ${ms} ms: Could not connect to server`, explanation, ms);
  }

  /** The path ends at the policies that dropped the packet (drawn as blocked there). */
  stopAt(denied: NonNullable<PolicyVerdict['deniedBy']>, detail: string): void {
    for (const name of denied.policies) this.path.push({ kind: 'NetworkPolicy', namespace: denied.namespace, name, detail, blocked: true });
  }

  /** A connection a NetworkPolicy drops: the path ends at the policies that isolate the pod, then the client times out. */
  blocked(denied: NonNullable<PolicyVerdict['deniedBy']>): HttpResult {
    this.stopAt(denied, denied.direction);
    return this.dropped(`NetworkPolicy ${denied.policies.join(', ')} denies ${denied.direction === 'Ingress' ? 'ingress to' : 'egress from'} this pod`);
  }

  /** The client as NetworkPolicy sees it. */
  clientPeer(): PolicyPeer {
    if (this.clientPod) return podPeer(this.ctx, this.clientPod);
    return { ip: this.clientIP };
  }
}

/** Deliver to a pod: NetworkPolicy first, then whatever listens on the port. */
/** The API server's answer on the way back: the time it took on top of the round trip. */
function fromApiServer(trip: Trip, a: ReturnType<typeof apiServerAnswer>): HttpResult {
  const { waitMs = 0, ...answer } = a;
  return { ...answer, path: trip.path, target: trip.target(), elapsedMs: 2 + waitMs, ...(waitMs ? { serverMs: waitMs } : {}), certificate: { kind: 'cluster' } };
}

function toPod(trip: Trip, pod: KObject, port: number, src: PolicyPeer): HttpResult {
  const ctx = trip.ctx;
  const ip = podIP(pod)!;
  const nodeIP = nodeInternalIP(ctx.api.tryGet('nodes', undefined, pod.spec?.nodeName ?? ''));
  const verdict = isTrafficAllowed(ctx.api.list('networkpolicies.networking.k8s.io'), src, podPeer(ctx, pod), port, 'TCP', nodeIP);
  if (!verdict.allowed) return trip.blocked(verdict.deniedBy!);
  trip.path.push({ kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name!, detail: `${ip}:${port}` });
  const res = serveHttp(ctx, ip, port, trip.req);
  if ('refused' in res) return trip.refused(`nothing listens on ${ip}:${port} in pod ${pod.metadata.name}`);
  return { status: res.status, body: res.body, headers: res.headers, path: trip.path, target: trip.target(), elapsedMs: 1 };
}

/**
 * kube-proxy: pick a ready endpoint of the service port (seeded random; ClientIP affinity sticks),
 * honouring traffic policies, then deliver to the pod. `entryNode` is set for NodePort / LB traffic.
 */
function viaService(trip: Trip, svc: KObject, svcPort: KObject, how: 'cluster' | 'external', entryNode?: string, src?: PolicyPeer): HttpResult {
  const ctx = trip.ctx;
  const net = ctx.services.network;
  trip.path.push({ kind: 'Service', namespace: svc.metadata.namespace, name: svc.metadata.name!, detail: `${svcPort.port}/${svcPort.protocol ?? 'TCP'}` });
  let eps = serviceEndpoints(ctx, svc, svcPort);
  if (eps.length === 0) return trip.refused(`service ${svc.metadata.name} has no ready endpoints`);
  const localOnly = how === 'external' ? svc.spec?.externalTrafficPolicy === 'Local' : svc.spec?.internalTrafficPolicy === 'Local';
  const node = how === 'external' ? entryNode : trip.clientNode;
  if (localOnly) {
    eps = eps.filter((e) => e.nodeName === node);
    if (eps.length === 0) return trip.dropped(`traffic policy Local: no ready endpoint of ${svc.metadata.name} on node ${node}`);
  }
  // external traffic with policy Cluster is masqueraded to the entry node's address
  let peer = src ?? trip.clientPeer();
  if (how === 'external' && !localOnly && entryNode) {
    peer = { ip: nodeInternalIP(ctx.api.tryGet('nodes', undefined, entryNode)) ?? peer.ip };
  }
  let chosen: (typeof eps)[number] | undefined;
  const affinityKey = `${svc.metadata.uid}|${peer.ip}`;
  if (svc.spec?.sessionAffinity === 'ClientIP' && net) {
    const a = net.affinity.get(affinityKey);
    if (a && a.expires > ctx.clock.now()) chosen = eps.find((e) => e.ip === a.ip);
  }
  chosen ??= net ? eps[net.proxyRng.int(eps.length)] : eps[0];
  if (svc.spec?.sessionAffinity === 'ClientIP' && net) {
    const timeout = (svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) * 1000;
    net.affinity.set(affinityKey, { ip: chosen.ip, expires: ctx.clock.now() + timeout });
  }
  trip.path.push({ kind: 'Endpoints', namespace: svc.metadata.namespace, name: svc.metadata.name!, detail: `${chosen.ip}:${chosen.port}` });
  if (chosen.port === API_SERVER_PORT && isControlPlaneIP(ctx, chosen.ip)) {
    // the `kubernetes` service: the API server itself, on the control-plane node
    const blocked = egressToHost(trip, chosen.ip, chosen.port);
    if (blocked) return blocked;
    trip.path.push({ kind: 'Node', name: nodeByIP(ctx, chosen.ip)!.metadata.name!, detail: `${chosen.ip}:${chosen.port} (kube-apiserver)` });
    return fromApiServer(trip, apiServerAnswer(ctx, trip.url.scheme, trip.req, trip.url.path));
  }
  const pod = podByIP(ctx, chosen.ip, chosen.port);
  if (!pod) return trip.dropped(`endpoint ${chosen.ip} belongs to no running pod`);
  return toPod(trip, pod, chosen.port, peer);
}

function tcpPort(svc: KObject, pred: (p: KObject) => boolean): KObject | undefined {
  return (svc.spec?.ports ?? []).find((p: KObject) => (p.protocol ?? 'TCP') === 'TCP' && pred(p));
}

/** The ingress-nginx controller: TLS redirect, host/path routing, then the backend service's endpoints. */
function viaIngress(trip: Trip): HttpResult {
  const ctx = trip.ctx;
  const { url } = trip;
  const hostHeader = headerValue(trip.req.headers, 'host') ?? url.host;
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '');
  const page = (status: number, reason: string, headers: Record<string, string> = {}): HttpResult => ({
    status,
    body: nginxErrorPage(status, reason),
    headers: { 'Content-Type': 'text/html', ...headers },
    path: trip.path,
    target: trip.target(),
    elapsedMs: 1,
  });
  if (url.port !== 80 && url.port !== 443) return trip.refused('the ingress controller listens on 80 and 443 only');
  const route = routeIngress(ctx, host, url.path.split('?')[0]);
  trip.path.push({ kind: 'Ingress', namespace: route?.ingress.metadata.namespace, name: route?.ingress.metadata.name ?? 'ingress-nginx', detail: host });
  if (!route) return page(404, 'Not Found');
  // ssl-redirect applies once the host's certificate is loaded (a missing secret leaves the fake default one)
  const secretName = tlsSecretFor(route.ingress, host);
  const secret = secretName ? ctx.api.tryGet('secrets', route.ingress.metadata.namespace, secretName) : undefined;
  if (url.scheme === 'http' && secret?.data?.['tls.crt'] && secret?.data?.['tls.key']) {
    return page(308, 'Permanent Redirect', { Location: `https://${host}${url.path}` });
  }
  const backend = route.backend?.service;
  const svc = backend ? ctx.api.tryGet('services', route.ingress.metadata.namespace, backend.name) : undefined;
  const want = backend?.port ?? {};
  const svcPort = svc ? tcpPort(svc, (p) => (want.name ? p.name === want.name : p.port === want.number)) : undefined;
  if (!svc || !svcPort) return page(503, 'Service Temporarily Unavailable');
  const res = viaService(trip, svc, svcPort, 'cluster', undefined, ingressPeer());
  // nginx answers 502/503 itself when the upstream cannot be reached
  if (res.error?.code === 'refused') return { ...page(svcPortHasEndpoints(ctx, svc, svcPort) ? 502 : 503, svcPortHasEndpoints(ctx, svc, svcPort) ? 'Bad Gateway' : 'Service Temporarily Unavailable'), explanation: res.explanation };
  if (res.error?.code === 'timeout') return { ...page(504, 'Gateway Time-out'), explanation: res.explanation, elapsedMs: 60_000 };
  return res;
}

/** The Ingress controller's answer, with the certificate it presented when the client spoke TLS. */
function viaIngressTls(trip: Trip): HttpResult {
  const res = viaIngress(trip);
  if (trip.url.scheme !== 'https' || res.error) return res;
  return { ...res, certificate: ingressCertificate(trip.ctx, trip.url.host) };
}

function svcPortHasEndpoints(ctx: SimContext, svc: KObject, svcPort: KObject): boolean {
  return serviceEndpoints(ctx, svc, svcPort).length > 0;
}

/** Send an HTTP request through cluster DNS, kube-proxy and Ingress. */
export function request(ctx: SimContext, origin: RequestOrigin, req: HttpRequest): HttpResult {
  const res = route(ctx, origin, req);
  const client = res.path[0];
  if (client?.kind === 'Client' && res.target) client.to = targetText(res.target);
  const net = ctx.services.network;
  if (net) recordSpread(net.spread, res.path);
  // the page's canvas draws the path of the last request (read by src/worker/view.ts lastTrace)
  ctx.services.lastTrace = res.path;
  return res;
}

function targetText(t: NonNullable<HttpResult['target']>): string {
  return t.ip && t.ip !== t.host ? `${t.host}:${t.port} (${t.ip})` : `${t.host}:${t.port}`;
}

function route(ctx: SimContext, origin: RequestOrigin, req: HttpRequest): HttpResult {
  const trip = new Trip(ctx, origin, req);
  const url = parseUrl(req.url);
  if (!url || !url.host) return { body: '', error: { code: 'resolve', message: `URL rejected: Bad hostname` }, path: trip.path };
  trip.url = url;
  // what the server sees: curl's default Host header
  const defaultPort = url.scheme === 'https' ? 443 : 80;
  if (!headerValue(req.headers, 'host')) {
    trip.req = { ...req, headers: { Host: url.port === defaultPort ? url.host : `${url.host}:${url.port}`, ...req.headers } };
  }
  if (url.scheme !== 'http' && url.scheme !== 'https') {
    return trip.fail('unreachable', `Protocol "${url.scheme}" not supported`);
  }
  // DNS, unless the client pinned the name's address
  let ip = req.resolve?.get(`${url.host.toLowerCase()}:${url.port}`) ?? url.host;
  if (!isIPv4(ip)) {
    const silence = origin.kind === 'pod' && trip.clientPod && ip !== 'localhost' ? dnsSilence(ctx, trip.clientPod) : undefined;
    if (silence) {
      if (silence.denied) trip.stopAt(silence.denied, `${silence.denied.direction} UDP 53`);
      return trip.fail('resolve', `Could not resolve host: ${url.host}`, silence.explanation, 10_000);
    }
    const ans = lookup(ctx, origin, url.host);
    if (!ans || ans.addresses.length === 0) {
      return trip.fail('resolve', `Could not resolve host: ${url.host}`, ans?.cname ? `${url.host} is an alias for ${ans.cname}, which is outside the cluster` : undefined);
    }
    ip = ans.addresses[0];
    trip.path.push({ kind: 'DNS', name: ans.name, detail: ans.cname ? `CNAME ${ans.cname} → ${ip}` : ip });
  }
  trip.ip = ip;
  return deliver(trip, ip);
}

/** Route a connection to `ip`:port: loopback, ClusterIP, pod IP, node (NodePort), LB or ingress address. */
function deliver(trip: Trip, ip: string): HttpResult {
  const { ctx, url, origin } = trip;
  const port = url.port;
  // loopback: the pod itself, or the node at the prompt
  if (ip.startsWith('127.')) {
    if (origin.kind === 'pod') {
      const self = trip.clientPod;
      if (!self || !podIP(self)) return trip.refused();
      const res = serveHttp(ctx, podIP(self)!, port, trip.req);
      trip.path.push({ kind: 'Pod', namespace: self.metadata.namespace, name: self.metadata.name!, detail: `127.0.0.1:${port}` });
      return 'refused' in res ? trip.refused() : { status: res.status, body: res.body, headers: res.headers, path: trip.path, target: trip.target(), elapsedMs: 1 };
    }
    return toNode(trip, trip.clientNode);
  }
  // kube-proxy programs rules only for the Services its caches hold
  const proxied = kubeProxySynced(ctx);
  const svc = proxied ? ctx.api.store.byIndex('services', CLUSTER_IP_INDEX, ip)[0] : undefined;
  if (svc) {
    const sp = tcpPort(svc, (p) => p.port === port);
    if (!sp) return trip.dropped(`service ${svc.metadata.name} has no port ${port}`);
    return viaService(trip, svc, sp, 'cluster');
  }
  if (ip === INGRESS_IP) return viaIngressTls(trip);
  // node addresses first: NodePorts and the API server; host-network pods share them
  const node = nodeByIP(ctx, ip);
  const blocked = node ? egressToHost(trip, ip, port) : undefined;
  if (blocked) return blocked;
  if (node && port === API_SERVER_PORT && isControlPlaneIP(ctx, ip)) {
    trip.path.push({ kind: 'Node', name: node.metadata.name!, detail: `${ip}:${port} (kube-apiserver)` });
    return fromApiServer(trip, apiServerAnswer(ctx, url.scheme, trip.req, url.path));
  }
  if (node) return toNode(trip, node.metadata.name);
  const pod = podByIP(ctx, ip, port);
  if (pod) return toPod(trip, pod, port, trip.clientPeer());
  // load-balancer ingress addresses and externalIPs
  for (const s of proxied ? ctx.api.list('services') : []) {
    const lb = (s.status?.loadBalancer?.ingress ?? []).some((i: KObject) => i.ip === ip);
    const ext = (s.spec?.externalIPs ?? []).includes(ip);
    if (!lb && !ext) continue;
    const sp = tcpPort(s, (p) => p.port === port);
    if (!sp) return trip.dropped(`service ${s.metadata.name} has no port ${port}`);
    if (lb) trip.path.push({ kind: 'External', name: 'load-balancer', detail: ip });
    // KUBE-FW- lets only loadBalancerSourceRanges through; KUBE-PROXY-FIREWALL drops the rest (a port without endpoints is rejected first)
    if (lb && !sourceRangesAdmit(s, trip.clientIP) && serviceEndpoints(ctx, s, sp).length) return trip.dropped(`loadBalancerSourceRanges of service ${s.metadata.name} do not include ${trip.clientIP}`);
    // the load balancer spreads over nodes; kube-proxy on the first worker takes it
    return viaService(trip, s, sp, 'external', lb ? firstWorker(ctx) : trip.clientNode);
  }
  return trip.dropped(`no host answers at ${ip}`);
}

function firstWorker(ctx: SimContext): string | undefined {
  return ctx.config.nodes.find((n) => !n.controlPlane)?.name ?? ctx.config.nodes[0]?.name;
}

/** A connection to a node address: NodePorts through kube-proxy; anything else is refused. */
function toNode(trip: Trip, nodeName: string | undefined): HttpResult {
  const { ctx, url } = trip;
  trip.path.push({ kind: 'Node', name: nodeName ?? 'localhost', detail: `${trip.ip}:${url.port}` });
  for (const s of kubeProxySynced(ctx) ? ctx.api.store.byIndex('services', NODE_PORT_INDEX, String(url.port)) : []) {
    const sp = tcpPort(s, (p) => p.nodePort === url.port);
    if (sp) return viaService(trip, s, sp, 'external', nodeName);
  }
  // a host-network pod on this node may listen on the port
  const ip = nodeInternalIP(ctx.api.tryGet('nodes', undefined, nodeName ?? ''));
  if (ip) {
    for (const pod of ctx.api.store.byIndex('pods', POD_IP_INDEX, ip)) {
      if (!pod.spec?.hostNetwork || ['Succeeded', 'Failed'].includes(pod.status?.phase)) continue;
      const res = serveHttp(ctx, ip, url.port, trip.req);
      if ('refused' in res) break;
      trip.path.push({ kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name!, detail: `${ip}:${url.port}` });
      return { status: res.status, body: res.body, headers: res.headers, path: trip.path, target: trip.target(), elapsedMs: 1 };
    }
  }
  return trip.refused(`nothing listens on port ${url.port} of node ${nodeName}`);
}

/** A pod's egress policies also govern what it sends to node addresses (the API server, NodePorts). */
function egressToHost(trip: Trip, ip: string, port: number): HttpResult | undefined {
  if (!trip.clientPod) return undefined;
  const verdict = isTrafficAllowed(trip.ctx.api.list('networkpolicies.networking.k8s.io', trip.clientPod.metadata.namespace), trip.clientPeer(), { ip }, port);
  if (verdict.allowed) return undefined;
  return trip.blocked(verdict.deniedBy!);
}

/** A DNS query from a pod (nslookup, dig) that gets no answer; the canvas path then ends at the policy that dropped it. */
export function dnsQueryLost(ctx: SimContext, origin: Extract<RequestOrigin, { kind: 'pod' }>): DnsSilence | undefined {
  const pod = ctx.api.tryGet('pods', origin.namespace, origin.pod);
  const silence = pod ? dnsSilence(ctx, pod) : undefined;
  if (silence?.denied) {
    const trip = new Trip(ctx, origin, { method: 'GET', url: '', headers: {} });
    trip.path[0].to = 'kube-dns:53/UDP';
    trip.stopAt(silence.denied, `${silence.denied.direction} UDP 53`);
    ctx.services.lastTrace = trip.path;
  }
  return silence;
}

/** Resolve a DNS name as the pod would (search path `<ns>.svc.cluster.local svc.cluster.local cluster.local`). */
export function resolveName(ctx: SimContext, origin: RequestOrigin, name: string): string[] {
  return lookup(ctx, origin, name)?.addresses ?? [];
}
