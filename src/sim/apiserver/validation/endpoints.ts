/** Endpoints validation (core validation `validateEndpointSubsets`, `validateEndpointAddress`, `validateEndpointPort`). */
import type { KObject } from '../../types';
import { eachInvalid, isDNS1123Label, isValidPortNum, notSupported, required, type Causes } from './field';
import { validateIp, validateNonSpecialIp } from './ip';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function validateAddress(a: Record<string, unknown>, path: string): Causes {
  const out: Causes = [];
  const ip = typeof a?.ip === 'string' ? a.ip : '';
  out.push(...validateIp(`${path}.ip`, ip));
  if (typeof a?.hostname === 'string' && a.hostname) out.push(...eachInvalid(`${path}.hostname`, a.hostname, isDNS1123Label(a.hostname)));
  // special ranges are checked only for an otherwise valid address
  if (out.length === 0) out.push(...validateNonSpecialIp(`${path}.ip`, ip));
  return out;
}

function validatePort(p: Record<string, unknown>, requireName: boolean, path: string): Causes {
  const out: Causes = [];
  const name = typeof p?.name === 'string' ? p.name : '';
  if (requireName && !name) out.push(required(`${path}.name`));
  else if (name) out.push(...eachInvalid(`${path}.name`, name, isDNS1123Label(name)));
  const port = typeof p?.port === 'number' ? p.port : 0;
  out.push(...eachInvalid(`${path}.port`, port, isValidPortNum(port)));
  const protocol = p?.protocol;
  if (!protocol) out.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(protocol as string)) out.push(notSupported(`${path}.protocol`, protocol, PROTOCOLS));
  return out;
}

export function validateEndpoints(o: KObject): Causes {
  const out: Causes = [];
  const subsets: Record<string, unknown[]>[] = Array.isArray(o.subsets) ? o.subsets : [];
  subsets.forEach((ss, i) => {
    const path = `subsets[${i}]`;
    const addresses = Array.isArray(ss?.addresses) ? ss.addresses : [];
    const notReady = Array.isArray(ss?.notReadyAddresses) ? ss.notReadyAddresses : [];
    const ports = Array.isArray(ss?.ports) ? ss.ports : [];
    if (!addresses.length && !notReady.length) out.push(required(path, 'must specify `addresses` or `notReadyAddresses`'));
    addresses.forEach((a, k) => out.push(...validateAddress(a as Record<string, unknown>, `${path}.addresses[${k}]`)));
    notReady.forEach((a, k) => out.push(...validateAddress(a as Record<string, unknown>, `${path}.notReadyAddresses[${k}]`)));
    ports.forEach((p, k) => out.push(...validatePort(p as Record<string, unknown>, ports.length > 1, `${path}.ports[${k}]`)));
  });
  return out;
}
