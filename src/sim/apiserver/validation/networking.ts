import type { KObject } from '../../types';
import {
  eachInvalid,
  invalidValue,
  isDNS1035Label,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  isWildcardDNS1123Subdomain,
  notSupported,
  required,
  type Causes,
} from './field';
import { validateLabelSelector } from './selector';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];

/** `validateIngressBackend`. */
function validateBackend(b: Any, path: string): Causes {
  const out: Causes = [];
  const hasResource = !!b?.resource;
  const hasService = !!b?.service;
  if (hasResource && hasService) return [invalidValue(path, '', 'cannot set both resource and service backends')];
  if (hasResource) {
    if (!b.resource.kind) out.push(required(`${path}.resource.kind`));
    if (!b.resource.name) out.push(required(`${path}.resource.name`));
    return out;
  }
  if (!hasService) return [invalidValue(path, '', 'resource or service backend is required')];
  const svc = b.service;
  if (!svc.name) out.push(required(`${path}.service.name`));
  else out.push(...eachInvalid(`${path}.service.name`, svc.name, isDNS1035Label(svc.name)));
  const portName = svc.port?.name;
  const portNumber = svc.port?.number;
  if (portName && portNumber) out.push(invalidValue(path, '', 'cannot set both port name & port number'));
  else if (portName) out.push(...eachInvalid(`${path}.service.port.name`, portName, isValidPortName(portName)));
  else if (portNumber) out.push(...eachInvalid(`${path}.service.port.number`, portNumber, isValidPortNum(portNumber)));
  else out.push(required(`${path}.service.port`, 'port name or number is required'));
  return out;
}

export function validateIngress(obj: KObject): Causes {
  const spec: Any = obj.spec ?? {};
  const out: Causes = [];
  const rules: Any[] = spec.rules ?? [];
  if (!spec.defaultBackend && rules.length === 0) out.push(invalidValue('spec.rules', rules, 'either `defaultBackend` or `rules` must be specified'));
  if (spec.defaultBackend) out.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((r, i) => {
    const p = `spec.rules[${i}]`;
    if (r?.host) {
      const msgs = r.host.startsWith('*.') ? isWildcardDNS1123Subdomain(r.host) : isDNS1123Subdomain(r.host);
      out.push(...eachInvalid(`${p}.host`, r.host, msgs));
    }
    if (!r?.http) return;
    const paths: Any[] = r.http.paths ?? [];
    if (paths.length === 0) out.push(required(`${p}.http.paths`));
    paths.forEach((hp, j) => {
      const pp = `${p}.http.paths[${j}]`;
      if (!hp?.pathType) out.push(required(`${pp}.pathType`, 'pathType must be specified'));
      else if (!PATH_TYPES.includes(hp.pathType)) out.push(notSupported(`${pp}.pathType`, hp.pathType, PATH_TYPES));
      else if (hp.pathType !== 'ImplementationSpecific') {
        if (!String(hp.path ?? '').startsWith('/')) out.push(invalidValue(`${pp}.path`, hp.path ?? '', 'must be an absolute path'));
        else if (/\/\.\.?(\/|$)/.test(hp.path) || hp.path.includes('//')) out.push(invalidValue(`${pp}.path`, hp.path, "must not contain '//', '/./' or '/../'"));
      } else if (hp.path && !hp.path.startsWith('/')) {
        out.push(invalidValue(`${pp}.path`, hp.path, 'must be an absolute path'));
      }
      out.push(...validateBackend(hp?.backend, `${pp}.backend`));
    });
  });
  (spec.tls ?? []).forEach((t: Any, i: number) => {
    (t?.hosts ?? []).forEach((h: string, j: number) => {
      const msgs = h.startsWith('*.') ? isWildcardDNS1123Subdomain(h) : isDNS1123Subdomain(h);
      out.push(...eachInvalid(`spec.tls[${i}].hosts[${j}]`, h, msgs));
    });
  });
  return out;
}

function isCIDR(s: string): boolean {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(s);
  return !!m && m[1].split('.').every((x) => Number(x) <= 255) && Number(m[2]) <= 32;
}

function validatePeers(peers: Any[], path: string): Causes {
  const out: Causes = [];
  peers.forEach((peer, i) => {
    const p = `${path}[${i}]`;
    const kinds = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((k) => peer?.[k]);
    if (kinds.length === 0) out.push(required(p, 'must specify a peer'));
    if (peer?.ipBlock && kinds.length > 1) out.push(invalidValue(p, peer, 'may not specify more than 1 peer type with ipBlock'));
    if (peer?.podSelector) out.push(...validateLabelSelector(peer.podSelector, `${p}.podSelector`));
    if (peer?.namespaceSelector) out.push(...validateLabelSelector(peer.namespaceSelector, `${p}.namespaceSelector`));
    if (peer?.ipBlock) {
      const cidr = peer.ipBlock.cidr;
      if (!cidr) out.push(required(`${p}.ipBlock.cidr`));
      else if (!isCIDR(cidr)) out.push(invalidValue(`${p}.ipBlock.cidr`, cidr, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'));
      (peer.ipBlock.except ?? []).forEach((e: string, j: number) => {
        if (!isCIDR(e)) out.push(invalidValue(`${p}.ipBlock.except[${j}]`, e, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'));
      });
    }
  });
  return out;
}

function validateNPPorts(ports: Any[], path: string): Causes {
  const out: Causes = [];
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port?.protocol && !['SCTP', 'TCP', 'UDP'].includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
    const v = port?.port;
    if (typeof v === 'number') out.push(...eachInvalid(`${p}.port`, v, isValidPortNum(v)));
    else if (typeof v === 'string') out.push(...eachInvalid(`${p}.port`, v, isValidPortName(v)));
    if (port?.endPort !== undefined) {
      if (typeof v !== 'number') out.push(required(`${p}.port`, 'must specify a numeric port when endPort is set'));
      else if (port.endPort < v) out.push(invalidValue(`${p}.endPort`, port.endPort, 'must be greater than or equal to `port`'));
    }
  });
  return out;
}

export function validateNetworkPolicy(obj: KObject): Causes {
  const spec: Any = obj.spec ?? {};
  const out: Causes = [...validateLabelSelector(spec.podSelector, 'spec.podSelector')];
  (spec.ingress ?? []).forEach((r: Any, i: number) => {
    out.push(...validateNPPorts(r?.ports ?? [], `spec.ingress[${i}].ports`));
    out.push(...validatePeers(r?.from ?? [], `spec.ingress[${i}].from`));
  });
  (spec.egress ?? []).forEach((r: Any, i: number) => {
    out.push(...validateNPPorts(r?.ports ?? [], `spec.egress[${i}].ports`));
    out.push(...validatePeers(r?.to ?? [], `spec.egress[${i}].to`));
  });
  const types: Any[] = spec.policyTypes ?? [];
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') out.push(notSupported(`spec.policyTypes[${i}]`, t, ['Egress', 'Ingress']));
  });
  if (types.length > 2) out.push(invalidValue('spec.policyTypes', types, 'may not specify more than two policyTypes'));
  return out;
}
