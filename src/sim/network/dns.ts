import type { SimContext } from '../context';
import { podIP } from '../controllers/service-pods';
import { isPodReady } from '../pod';
import { slicesForService } from '../controllers/endpointslice';
import type { KObject } from '../types';
import { nodeInternalIP } from './bootstrap';
import { isIPv4 } from './ip';
import type { RequestOrigin } from './http';
import { corednsSynced } from './caches';
import { CLUSTER_DOMAIN } from './state';

/** What a DNS query returned: the name that answered, its addresses, and the CNAME chain if any. */
export interface DnsAnswer {
  /** Fully qualified name that matched (no trailing dot). */
  name: string;
  addresses: string[];
  /** ExternalName services answer with a CNAME. */
  cname?: string;
  /** The DNS server that answered (kube-dns's ClusterIP inside pods). */
  server?: string;
  /** CoreDNS answered SERVFAIL: its kubernetes plugin has not synced, so a name it cannot find is not known to be absent. */
  servfail?: boolean;
}

/** ndots:5 and the search path kubelet writes into a ClusterFirst pod's resolv.conf. */
function searchPath(namespace: string): string[] {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

/** Ready endpoint addresses of a service, read from its EndpointSlices (what CoreDNS serves for headless services). */
function endpointRecords(ctx: SimContext, svc: KObject): { ip: string; hostname?: string }[] {
  const out: { ip: string; hostname?: string }[] = [];
  const seen = new Set<string>();
  const publish = !!svc.spec?.publishNotReadyAddresses;
  for (const s of slicesForService(ctx.api, svc.metadata.namespace!, svc.metadata.name!)) {
    for (const ep of s.endpoints ?? []) {
      if (!publish && ep.conditions?.ready === false) continue;
      for (const ip of ep.addresses ?? []) {
        if (seen.has(ip)) continue;
        seen.add(ip);
        out.push({ ip, hostname: ep.hostname });
      }
    }
  }
  return out.sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0));
}

/** Answer one absolute name from the cluster zone, or undefined (NXDOMAIN). */
function lookupClusterName(ctx: SimContext, fqdn: string, depth = 0): DnsAnswer | undefined {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  const suffix = `.${CLUSTER_DOMAIN}`;
  if (!name.endsWith(suffix) || depth > 8) return undefined;
  const labels = name.slice(0, -suffix.length).split('.');
  const api = ctx.api;
  // <a-b-c-d>.<ns>.pod.cluster.local (CoreDNS `pods insecure`)
  if (labels.length === 3 && labels[2] === 'pod') {
    const ip = labels[0].replace(/-/g, '.');
    return isIPv4(ip) ? { name, addresses: [ip] } : undefined;
  }
  // an unsynced plugin's cache is empty: every other name of the zone is a name error, answered SERVFAIL
  if (!corednsSynced(ctx)) return { name, addresses: [], servfail: true };
  if (labels[labels.length - 1] !== 'svc') return undefined;
  if (labels.length === 3) {
    const [svcName, ns] = labels;
    const svc = api.tryGet('services', ns, svcName);
    if (!svc) return undefined;
    if (svc.spec?.type === 'ExternalName') {
      const target = String(svc.spec.externalName ?? '').replace(/\.$/, '');
      const next = lookupClusterName(ctx, target, depth + 1);
      return { name, cname: target, addresses: next?.addresses ?? [] };
    }
    if (svc.spec?.clusterIP === 'None') {
      const recs = endpointRecords(ctx, svc);
      return recs.length ? { name, addresses: shuffle(ctx, recs.map((r) => r.ip)) } : undefined;
    }
    return svc.spec?.clusterIP ? { name, addresses: [svc.spec.clusterIP] } : undefined;
  }
  if (labels.length === 4) {
    // <hostname or dashed ip>.<svc>.<ns>.svc.cluster.local: records of a headless service's endpoints
    const [host, svcName, ns] = labels;
    const svc = api.tryGet('services', ns, svcName);
    if (!svc || svc.spec?.clusterIP !== 'None') return undefined;
    const hit = endpointRecords(ctx, svc).find((r) => (r.hostname ? r.hostname === host : r.ip.replace(/\./g, '-') === host));
    return hit ? { name, addresses: [hit.ip] } : undefined;
  }
  return undefined;
}

function shuffle(ctx: SimContext, ips: string[]): string[] {
  const rng = ctx.services.network?.dnsRng;
  if (!rng || ips.length < 2) return ips;
  const out = [...ips];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Names the nodes (and the learner's prompt) resolve from /etc/hosts: the node names. */
function hostsFileLookup(ctx: SimContext, name: string): DnsAnswer | undefined {
  if (name === 'localhost') return { name, addresses: ['127.0.0.1'] };
  const ip = nodeInternalIP(ctx.api.tryGet('nodes', undefined, name));
  return ip ? { name, addresses: [ip] } : undefined;
}

/** Whether the cluster DNS can answer: CoreDNS pods exist and none is ready means queries time out. */
export function clusterDnsUp(ctx: SimContext): boolean {
  const pods = ctx.api.list('pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
  return pods.length === 0 || pods.some((p) => isPodReady(p) && !!podIP(p));
}

/**
 * Resolve a name the way the origin would: a ClusterFirst pod tries its search path (ndots:5), then
 * the name as is; the prompt (a node) only knows node names. Undefined means NXDOMAIN.
 */
export function lookup(ctx: SimContext, origin: RequestOrigin, rawName: string): DnsAnswer | undefined {
  const absolute = rawName.endsWith('.');
  const name = rawName.toLowerCase().replace(/\.$/, '');
  if (isIPv4(name)) return { name, addresses: [name] };
  if (origin.kind === 'outside') return hostsFileLookup(ctx, name);
  const pod = ctx.api.tryGet('pods', origin.namespace, origin.pod);
  if (pod && (name === pod.metadata.name || name === pod.spec?.hostname) && podIP(pod)) return { name, addresses: [podIP(pod)!] };
  if (name === 'localhost') return { name, addresses: ['127.0.0.1'] };
  const policy = pod?.spec?.dnsPolicy ?? 'ClusterFirst';
  if (policy === 'Default' || (policy === 'ClusterFirst' && pod?.spec?.hostNetwork)) return hostsFileLookup(ctx, name);
  const dns = ctx.api.tryGet('services', 'kube-system', 'kube-dns')?.spec?.clusterIP;
  const dots = name.split('.').length - 1;
  const candidates = absolute || dots >= 5 ? [name] : [...searchPath(origin.namespace).map((s) => `${name}.${s}`), name];
  for (const c of candidates) {
    const hit = lookupClusterName(ctx, c);
    // the resolver stops its search path at a SERVFAIL
    if (hit) return { ...hit, server: dns };
  }
  return undefined;
}

/** One SRV answer: CoreDNS gives every record priority 0 and an equal share of weight 100. */
export interface SrvRecord {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

/**
 * SRV records of a service name (`<svc>.<ns>.svc.cluster.local`, or `_<port>._<proto>.` before it):
 * a headless service answers with one record per ready endpoint and port, targeting the endpoint's
 * own name (`web-0.nginx.default.svc.cluster.local`, or its dashed IP); a ClusterIP service targets
 * the service name. Undefined means NXDOMAIN.
 */
function srvRecords(ctx: SimContext, fqdn: string): SrvRecord[] | undefined {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  if (!name.endsWith(suffix)) return undefined;
  let labels = name.slice(0, -suffix.length).split('.');
  let portName: string | undefined;
  let proto: string | undefined;
  if (labels.length === 4 && labels[0].startsWith('_') && labels[1].startsWith('_')) {
    portName = labels[0].slice(1);
    proto = labels[1].slice(1).toUpperCase();
    labels = labels.slice(2);
  }
  if (labels.length !== 2) return undefined;
  const [svcName, ns] = labels;
  const svc = ctx.api.tryGet('services', ns, svcName);
  if (!svc || svc.spec?.type === 'ExternalName') return undefined;
  const ports = ((svc.spec?.ports ?? []) as { name?: string; port: number; protocol?: string }[]).filter(
    (p) => (portName === undefined || p.name === portName) && (proto === undefined || (p.protocol ?? 'TCP') === proto),
  );
  const base = `${svcName}.${ns}.svc.${CLUSTER_DOMAIN}`;
  const targets =
    svc.spec?.clusterIP === 'None'
      ? endpointRecords(ctx, svc).map((r) => `${r.hostname ?? r.ip.replace(/\./g, '-')}.${base}`)
      : svc.spec?.clusterIP
        ? [base]
        : [];
  const out: SrvRecord[] = [];
  for (const t of targets) for (const p of ports) out.push({ priority: 0, weight: 0, port: p.port, target: t });
  for (const r of out) r.weight = Math.floor(100 / out.length);
  return out.length ? out : undefined;
}

/** SRV lookup from a pod: the search path first, as for A records. */
export function lookupSrv(ctx: SimContext, namespace: string, rawName: string): { name: string; records: SrvRecord[] } | undefined {
  const name = rawName.toLowerCase().replace(/\.$/, '');
  const dots = name.split('.').length - 1;
  const candidates = rawName.endsWith('.') || dots >= 5 ? [name] : [...searchPath(namespace).map((s) => `${name}.${s}`), name];
  for (const c of candidates) {
    const records = srvRecords(ctx, c);
    if (records) return { name: c, records };
  }
  return undefined;
}
