/** describe for EndpointSlices, IngressClasses, ServiceCIDRs and IPAddresses (kubectl's describers of discovery/v1 and networking/v1). */
import type { KObject } from '../../sim/types';
import { describeEvents, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter, printAnnotations, printLabels, rfc1123z } from './writer';

/** `<unset>` for an absent optional field, as the EndpointSlice describer prints it. */
function orUnset(v: unknown): string {
  return v === undefined || v === null ? '<unset>' : String(v);
}

export function describeEndpointSlice(eps: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${eps.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${eps.metadata.namespace ?? ''}\n`);
  printLabels(w, 'Labels', eps.metadata.labels);
  printAnnotations(w, 'Annotations', eps.metadata.annotations);
  w.write(LEVEL_0, `AddressType:\t${eps.addressType ?? ''}\n`);
  const ports: any[] = eps.ports ?? [];
  if (ports.length === 0) w.write(LEVEL_0, 'Ports: <unset>\n');
  else {
    w.write(LEVEL_0, 'Ports:\n');
    w.write(LEVEL_1, 'Name\tPort\tProtocol\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    for (const p of ports) w.write(LEVEL_1, `${p.name ? p.name : '<unset>'}\t${orUnset(p.port)}\t${p.protocol ?? ''}\n`);
  }
  const endpoints: any[] = eps.endpoints ?? [];
  if (endpoints.length === 0) w.write(LEVEL_0, 'Endpoints: <none>\n');
  else {
    w.write(LEVEL_0, 'Endpoints:\n');
    for (const e of endpoints) {
      w.write(LEVEL_1, `- Addresses:\t${(e.addresses ?? []).join(', ') || '<none>'}\n`);
      w.write(LEVEL_2, 'Conditions:\n');
      w.write(LEVEL_3, `Ready:\t${orUnset(e.conditions?.ready)}\n`);
      w.write(LEVEL_2, `Hostname:\t${orUnset(e.hostname)}\n`);
      if (e.targetRef) w.write(LEVEL_2, `TargetRef:\t${e.targetRef.kind ?? ''}/${e.targetRef.name ?? ''}\n`);
      w.write(LEVEL_2, `NodeName:\t${orUnset(e.nodeName)}\n`);
      w.write(LEVEL_2, `Zone:\t${orUnset(e.zone)}\n`);
    }
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeIngressClass(ic: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${ic.metadata.name}\n`);
  printLabels(w, 'Labels', ic.metadata.labels);
  printAnnotations(w, 'Annotations', ic.metadata.annotations);
  w.write(LEVEL_0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
  const p = ic.spec?.parameters;
  if (p) {
    w.write(LEVEL_0, 'Parameters:\n');
    if (p.apiGroup !== undefined && p.apiGroup !== null) w.write(LEVEL_1, `APIGroup:\t${p.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${p.kind ?? ''}\n`);
    w.write(LEVEL_1, `Name:\t${p.name ?? ''}\n`);
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeServiceCIDR(cidr: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${cidr.metadata.name}\n`);
  printLabels(w, 'Labels', cidr.metadata.labels);
  printAnnotations(w, 'Annotations', cidr.metadata.annotations);
  w.write(LEVEL_0, `CIDRs:\t${(cidr.spec?.cidrs ?? []).join(', ')}\n`);
  const conditions: any[] = cidr.status?.conditions ?? [];
  if (conditions.length) {
    w.write(LEVEL_0, 'Status:\n');
    w.write(LEVEL_0, 'Conditions:\n');
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type ?? ''}\t${c.status ?? ''}\t${rfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
  describeEvents(events, w);
  return w.toString();
}

export function describeIPAddress(ip: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${ip.metadata.name}\n`);
  printLabels(w, 'Labels', ip.metadata.labels);
  printAnnotations(w, 'Annotations', ip.metadata.annotations);
  const ref = ip.spec?.parentRef;
  if (ref) {
    w.write(LEVEL_0, 'Parent Reference:\n');
    w.write(LEVEL_1, `Group:\t${ref.group ?? ''}\n`);
    w.write(LEVEL_1, `Resource:\t${ref.resource ?? ''}\n`);
    w.write(LEVEL_1, `Namespace:\t${ref.namespace ?? ''}\n`);
    w.write(LEVEL_1, `Name:\t${ref.name ?? ''}\n`);
  }
  describeEvents(events, w);
  return w.toString();
}
