/** describe for services, endpoints, endpoint slices' summary and ingresses. */
import type { ApiServer } from '../../sim/apiserver/apiserver';
import type { KObject } from '../../sim/types';
import { formatLabels } from '../printers/table';
import { joinHostPort } from '../printers/columns/network';
import { describeEvents, LEVEL_0, LEVEL_1, LEVEL_2, PrefixWriter, printAnnotations, printLabels } from './writer';

function slicesFor(api: ApiServer, ns: string | undefined, service: string): KObject[] {
  return api.list('endpointslices.discovery.k8s.io', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service);
}

/** formatEndpointSlices: ready endpoints of the named port, first three, ` + N more...`, `<none>` without slices. */
function formatEndpointSlices(slices: KObject[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  const ready = (e: any) => e.conditions?.ready === undefined || e.conditions?.ready === null || e.conditions.ready;
  for (const s of slices) {
    const ports: any[] = s.ports ?? [];
    const eps: any[] = s.endpoints ?? [];
    if (ports.length === 0) {
      for (const e of eps) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(e.addresses[0]);
        count++;
      }
      continue;
    }
    for (const p of ports) {
      if (portName !== undefined && (p.name ?? '') !== portName) continue;
      for (const e of eps) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(joinHostPort(e.addresses[0], p.port));
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export function describeService(api: ApiServer, svc: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const s = svc.spec ?? {};
  const slices = slicesFor(api, svc.metadata.namespace, svc.metadata.name!);
  w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace}\n`);
  printLabels(w, 'Labels', svc.metadata.labels);
  printAnnotations(w, 'Annotations', svc.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabels(s.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${s.type ?? ''}\n`);
  if (s.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${s.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${(s.ipFamilies ?? []).length ? s.ipFamilies.join(',') : '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${s.clusterIP ?? ''}\n`);
  w.write(LEVEL_0, `IPs:\t${(s.clusterIPs ?? []).length ? s.clusterIPs.join(',') : '<none>'}\n`);
  if ((s.externalIPs ?? []).length) w.write(LEVEL_0, `External IPs:\t${s.externalIPs.join(',')}\n`);
  if (s.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${s.loadBalancerIP}\n`);
  if (s.externalName) w.write(LEVEL_0, `External Name:\t${s.externalName}\n`);
  const ingress: any[] = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) {
    const list = ingress.map((i) => (i.ip ? i.ip + (i.ipMode ? ` (${i.ipMode})` : '') : (i.hostname ?? ''))).join(', ');
    w.write(LEVEL_0, `LoadBalancer Ingress:\t${list}\n`);
  }
  for (const p of s.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(LEVEL_0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(LEVEL_0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(LEVEL_0, `Session Affinity:\t${s.sessionAffinity ?? ''}\n`);
  if (s.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${s.externalTrafficPolicy}\n`);
  if (s.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${s.internalTrafficPolicy}\n`);
  if (s.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${s.healthCheckNodePort}\n`);
  if ((s.loadBalancerSourceRanges ?? []).length) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${s.loadBalancerSourceRanges.join(',')}\n`);
  if (s.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${s.trafficDistribution}\n`);
  describeEvents(events, w);
  return w.toString();
}

export function describeEndpoints(ep: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${ep.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ep.metadata.namespace}\n`);
  printLabels(w, 'Labels', ep.metadata.labels);
  printAnnotations(w, 'Annotations', ep.metadata.annotations);
  w.write(LEVEL_0, 'Subsets:\n');
  for (const ss of ep.subsets ?? []) {
    w.write(LEVEL_1, `Addresses:\t${(ss.addresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`);
    w.write(LEVEL_1, `NotReadyAddresses:\t${(ss.notReadyAddresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`);
    if ((ss.ports ?? []).length) {
      w.write(LEVEL_1, 'Ports:\n');
      w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_2, '----\t----\t--------\n');
      for (const p of ss.ports) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(LEVEL_0, '\n');
  }
  describeEvents(events, w);
  return w.toString();
}

function backendString(api: ApiServer, ns: string | undefined, backend: any): string {
  if (backend?.service) {
    const b = backend.service;
    const sb = `${b.name}:${b.port?.number ? b.port.number : (b.port?.name ?? '')}`;
    const svc = api.tryGet('services', ns, b.name);
    if (!svc) return `${sb} (<error: services "${b.name}" not found>)`;
    let spName = '';
    for (const sp of svc.spec?.ports ?? []) {
      if (b.port?.number && b.port.number === sp.port) spName = sp.name ?? '';
      else if (b.port?.name && b.port.name === sp.name) spName = sp.name;
    }
    return `${sb} (${formatEndpointSlices(slicesFor(api, ns, b.name), spName)})`;
  }
  if (backend?.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

export function describeIngress(api: ApiServer, ing: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const ns = ing.metadata.namespace;
  w.write(LEVEL_0, `Name:\t${ing.metadata.name}\n`);
  printLabels(w, 'Labels', ing.metadata.labels);
  w.write(LEVEL_0, `Namespace:\t${ns}\n`);
  const addrs = new Set<string>();
  for (const i of ing.status?.loadBalancer?.ingress ?? []) addrs.add(i.ip || i.hostname);
  w.write(LEVEL_0, `Address:\t${[...addrs].filter(Boolean).sort().join(',')}\n`);
  w.write(LEVEL_0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
  const def = ing.spec?.defaultBackend ? backendString(api, ns, ing.spec.defaultBackend) : '<default>';
  w.write(LEVEL_0, `Default backend:\t${def}\n`);
  if ((ing.spec?.tls ?? []).length) {
    w.write(LEVEL_0, 'TLS:\n');
    for (const t of ing.spec.tls) {
      if (!t.secretName) w.write(LEVEL_1, `SNI routes ${(t.hosts ?? []).join(',')}\n`);
      else w.write(LEVEL_1, `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n`);
    }
  }
  w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(LEVEL_1, '----\t----\t--------\n');
  let count = 0;
  for (const r of ing.spec?.rules ?? []) {
    if (!r.http) continue;
    count++;
    w.write(LEVEL_1, `${r.host || '*'}\t\n`);
    for (const p of r.http.paths ?? []) w.write(LEVEL_2, `\t${p.path ?? ''} \t${backendString(api, ns, p.backend)}\n`);
  }
  if (count === 0) w.write(LEVEL_1, `*\t*\t${def}\n`);
  printAnnotations(w, 'Annotations', ing.metadata.annotations);
  describeEvents(events, w);
  return w.toString();
}
