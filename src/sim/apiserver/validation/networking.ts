import type { KObject } from '../../types';
import {
  eachInvalid,
  forbidden,
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
import { cidrErrors, cidrNetwork, parseCidrSloppy } from './ip';
import { validateLabelSelector } from './selector';
import type { Json } from '../../json';

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];

/** `validateIngressBackend`. */
function validateBackend(b: Json, path: string): Causes {
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
  const spec: Json = obj.spec ?? {};
  const out: Causes = [];
  const rules: Json[] = spec.rules ?? [];
  if (!spec.defaultBackend && rules.length === 0) out.push(invalidValue('spec.rules', rules, 'either `defaultBackend` or `rules` must be specified'));
  if (spec.defaultBackend) out.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((r, i) => {
    const p = `spec.rules[${i}]`;
    if (r?.host) {
      const msgs = r.host.startsWith('*.') ? isWildcardDNS1123Subdomain(r.host) : isDNS1123Subdomain(r.host);
      out.push(...eachInvalid(`${p}.host`, r.host, msgs));
    }
    if (!r?.http) return;
    const paths: Json[] = r.http.paths ?? [];
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
  (spec.tls ?? []).forEach((t: Json, i: number) => {
    (t?.hosts ?? []).forEach((h: string, j: number) => {
      const msgs = h.startsWith('*.') ? isWildcardDNS1123Subdomain(h) : isDNS1123Subdomain(h);
      out.push(...eachInvalid(`spec.tls[${i}].hosts[${j}]`, h, msgs));
    });
  });
  return out;
}

const NP_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const POLICY_TYPES = ['Ingress', 'Egress'];

/** ValidateIPBlock: a CIDR, and excepts that are strict subsets of it. */
function validateIPBlock(b: Json, path: string): Causes {
  if (!b.cidr) return [required(`${path}.cidr`)];
  const out: Causes = [...eachInvalid(`${path}.cidr`, b.cidr, cidrErrors(String(b.cidr)))];
  const outer = parseCidrSloppy(String(b.cidr));
  if (!outer) return out;
  (b.except ?? []).forEach((e: Json, j: number) => {
    const p = `${path}.except[${j}]`;
    out.push(...eachInvalid(p, e, cidrErrors(String(e))));
    const inner = parseCidrSloppy(String(e));
    if (!inner) return;
    const inside = inner.width === outer.width && cidrNetwork({ ...inner, prefix: outer.prefix }) === cidrNetwork(outer);
    if (!inside || outer.prefix >= inner.prefix) out.push(invalidValue(p, e, 'must be a strict subset of `cidr`'));
  });
  return out;
}

/** ValidateNetworkPolicyPeer: each selector checked, then exactly which peer kinds may combine. */
function validatePeers(peers: Json[], path: string): Causes {
  const out: Causes = [];
  peers.forEach((peer, i) => {
    const p = `${path}[${i}]`;
    let kinds = 0;
    if (peer?.podSelector) {
      kinds++;
      out.push(...validateLabelSelector(peer.podSelector, `${p}.podSelector`));
    }
    if (peer?.namespaceSelector) {
      kinds++;
      out.push(...validateLabelSelector(peer.namespaceSelector, `${p}.namespaceSelector`));
    }
    if (peer?.ipBlock) {
      kinds++;
      out.push(...validateIPBlock(peer.ipBlock, `${p}.ipBlock`));
    }
    if (kinds === 0) out.push(required(p, 'must specify a peer'));
    else if (kinds > 1 && peer.ipBlock) out.push(forbidden(p, 'may not specify both ipBlock and another peer'));
  });
  return out;
}

/** ValidateNetworkPolicyPort: protocol, then a numeric port with its endPort range or a named one. */
function validateNPPorts(ports: Json[], path: string): Causes {
  const out: Causes = [];
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port?.protocol !== undefined && !NP_PROTOCOLS.includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, NP_PROTOCOLS));
    const v = port?.port;
    const end = port?.endPort;
    if (typeof v === 'number') {
      out.push(...eachInvalid(`${p}.port`, v, isValidPortNum(v)));
      if (end !== undefined) {
        if (end < v) out.push(invalidValue(`${p}.endPort`, end, 'must be greater than or equal to `port`'));
        out.push(...eachInvalid(`${p}.endPort`, end, isValidPortNum(end)));
      }
    } else if (typeof v === 'string') {
      if (end !== undefined) out.push(invalidValue(`${p}.endPort`, end, 'may not be specified when `port` is non-numeric'));
      out.push(...eachInvalid(`${p}.port`, v, isValidPortName(v)));
    } else if (end !== undefined) {
      out.push(invalidValue(`${p}.endPort`, end, 'may not be specified when `port` is not specified'));
    }
  });
  return out;
}

export function validateNetworkPolicy(obj: KObject): Causes {
  const spec: Json = obj.spec ?? {};
  const out: Causes = [...validateLabelSelector(spec.podSelector, 'spec.podSelector')];
  (spec.ingress ?? []).forEach((r: Json, i: number) => {
    out.push(...validateNPPorts(r?.ports ?? [], `spec.ingress[${i}].ports`));
    out.push(...validatePeers(r?.from ?? [], `spec.ingress[${i}].from`));
  });
  (spec.egress ?? []).forEach((r: Json, i: number) => {
    out.push(...validateNPPorts(r?.ports ?? [], `spec.egress[${i}].ports`));
    out.push(...validatePeers(r?.to ?? [], `spec.egress[${i}].to`));
  });
  const types: Json[] = spec.policyTypes ?? [];
  if (types.length > POLICY_TYPES.length) {
    // the Go value printed with %#v
    const value = `[]networking.PolicyType{${types.map((t) => JSON.stringify(String(t))).join(', ')}}`;
    out.push({ reason: 'FieldValueInvalid', field: 'spec.policyTypes', message: `Invalid value: ${value}: may not specify more than two policyTypes` });
    return out;
  }
  types.forEach((t, i) => {
    if (!POLICY_TYPES.includes(t)) out.push(notSupported(`spec.policyTypes[${i}]`, t, POLICY_TYPES));
  });
  return out;
}
