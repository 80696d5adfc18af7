import type { KObject } from '../../../sim/types';
import type { TableDef } from '../table';
import { formatLabels } from '../table';
import { AGE, NAME, formatLabelSelector } from './util';

const LOAD_BALANCER_WIDTH = 16;

/** loadBalancerStatusStringer: sorted unique IPs/hostnames, clipped to 16 bytes unless wide. */
function lbStatus(ingress: any[] | undefined, wide: boolean): string {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort().join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...';
  return r;
}

/** getServiceExternalIP. */
function serviceExternalIP(svc: KObject, wide: boolean): string {
  const ext: string[] = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length ? ext.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = lbStatus(svc.status?.loadBalancer?.ingress, wide);
      if (ext.length) return [...(lb ? lb.split(',') : []), ...ext].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
  }
  return '<unknown>';
}

/** makePortString: `80/TCP`, `80:30080/TCP`, comma-joined. */
function servicePorts(svc: KObject): string {
  const ports: any[] = svc.spec?.ports ?? [];
  const s = ports.map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
  return s || '<none>';
}

function wideOf(ctx: { wide?: boolean }): boolean {
  return !!ctx.wide;
}

export const SERVICE_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Type', cell: (o) => o.spec?.type ?? '' },
    { name: 'Cluster-IP', cell: (o) => o.spec?.clusterIPs?.[0] ?? o.spec?.clusterIP ?? '<none>' },
    { name: 'External-IP', cell: (o, ctx) => serviceExternalIP(o, wideOf(ctx)) },
    { name: 'Port(s)', cell: (o) => servicePorts(o) },
    AGE,
    { name: 'Selector', wide: true, cell: (o) => formatLabels(o.spec?.selector) },
  ],
};

/** formatEndpoints: first 3 `ip:port`, then ` + N more...`; `<none>` without subsets. */
function formatEndpoints(ep: KObject, portNames?: Set<string>): string {
  const subsets: any[] = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addrs: any[] = ss.addresses ?? [];
    const ports: any[] = ss.ports ?? [];
    if (ports.length === 0) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const p of ports) {
      if (portNames && !portNames.has(p.name ?? '')) continue;
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, p.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

/** net.JoinHostPort: IPv6 hosts in brackets. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export const ENDPOINTS_TABLE: TableDef = {
  columns: [NAME, { name: 'Endpoints', cell: (o) => formatEndpoints(o) }, AGE],
};

function listWithMore(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret || '<unset>';
}

function discoveryPorts(o: KObject): string {
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const p of o.ports ?? []) {
    if (list.length < 3) list.push(p.port !== undefined && p.port !== null ? String(p.port) : p.name !== undefined && p.name !== null ? p.name : '*');
    else if (list.length === 3) more = true;
    count++;
  }
  return listWithMore(list, more, count, 3);
}

function discoveryEndpoints(o: KObject): string {
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const e of o.endpoints ?? []) {
    for (const a of e.addresses ?? []) {
      if (list.length < 3) list.push(a);
      else if (list.length === 3) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count, 3);
}

export const ENDPOINTSLICE_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'AddressType', cell: (o) => o.addressType ?? '' },
    { name: 'Ports', cell: (o) => discoveryPorts(o) },
    { name: 'Endpoints', cell: (o) => discoveryEndpoints(o) },
    AGE,
  ],
};

function ingressHosts(o: KObject): string {
  const rules: any[] = o.spec?.rules ?? [];
  const list: string[] = [];
  let more = false;
  for (const r of rules) {
    if (list.length === 3) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (list.length === 0) return '*';
  const ret = list.join(',');
  return more ? `${ret} + ${rules.length - 3} more...` : ret;
}

export const INGRESS_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Class', cell: (o) => o.spec?.ingressClassName ?? '<none>' },
    { name: 'Hosts', cell: (o) => ingressHosts(o) },
    { name: 'Address', cell: (o, ctx) => lbStatus(o.status?.loadBalancer?.ingress, wideOf(ctx)) },
    { name: 'Ports', cell: (o) => ((o.spec?.tls ?? []).length ? '80, 443' : '80') },
    AGE,
  ],
};

export const INGRESSCLASS_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Controller', cell: (o) => o.spec?.controller ?? '' },
    {
      name: 'Parameters',
      cell: (o) => {
        const p = o.spec?.parameters;
        if (!p) return '<none>';
        return `${p.kind}${p.apiGroup ? '.' + p.apiGroup : ''}/${p.name}`;
      },
    },
    AGE,
  ],
};

export const NETWORKPOLICY_TABLE: TableDef = {
  columns: [NAME, { name: 'Pod-Selector', cell: (o) => formatLabelSelector(o.spec?.podSelector ?? {}) }, AGE],
};

export const SERVICECIDR_TABLE: TableDef = {
  columns: [NAME, { name: 'CIDRs', cell: (o) => (o.spec?.cidrs ?? []).join(',') }, AGE],
};

/** `<group.>resource[/namespace]/name` of the parent, lower-cased (printIPAddress). */
function parentRef(o: KObject): string {
  const ref = o.spec?.parentRef;
  if (!ref) return '<none>';
  const gr = (ref.group ? `${ref.resource ?? ''}.${ref.group}` : String(ref.resource ?? '')).toLowerCase();
  return `${gr}${ref.namespace ? `/${ref.namespace}` : ''}/${ref.name ?? ''}`;
}

/** Upstream's row also carries an age, but only two columns are declared: kubectl prints those. */
export const IPADDRESS_TABLE: TableDef = {
  columns: [NAME, { name: 'ParentRef', cell: parentRef }],
};
