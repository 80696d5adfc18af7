import type { KObject } from '../../types';
import {
  duplicate,
  eachInvalid,
  forbidden,
  invalidValue,
  isDNS1123Label,
  isDNS1123Subdomain,
  isValidPortNum,
  notSupported,
  required,
  validateLabels,
  validatePortNumOrName,
  type Causes,
} from './field';
import type { Json } from '../../json';

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** `ValidateService` (spec part; NodePort and ClusterIP allocation errors come from the allocator). */
export function validateServiceSpec(svc: KObject): Causes {
  const out: Causes = [];
  const spec: Json = svc.spec ?? {};
  const type = spec.type;
  const headless = spec.clusterIP === 'None';
  const ports: Json[] = spec.ports ?? [];
  if (ports.length === 0 && !headless && type !== 'ExternalName') out.push(required('spec.ports'));
  if (type === 'ExternalName') {
    if (spec.clusterIP) out.push(forbidden('spec.clusterIP', 'may not be set for ExternalName services'));
    if (!spec.externalName) out.push(required('spec.externalName'));
    else out.push(...eachInvalid('spec.externalName', spec.externalName, isDNS1123Subdomain(spec.externalName.replace(/\.$/, ''))));
  }
  const names = new Set<string>();
  const keys = new Set<string>();
  ports.forEach((port, i) => {
    const p = `spec.ports[${i}]`;
    if (ports.length > 1 && !port?.name) out.push(required(`${p}.name`));
    else if (port?.name) out.push(...eachInvalid(`${p}.name`, port.name, isDNS1123Label(port.name)));
    if (port?.name) {
      if (names.has(port.name)) out.push(duplicate(`${p}.name`, port.name));
      names.add(port.name);
    }
    out.push(...eachInvalid(`${p}.port`, port?.port ?? 0, isValidPortNum(port?.port ?? 0)));
    if (!port?.protocol) out.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
    out.push(...validatePortNumOrName(`${p}.targetPort`, port?.targetPort));
    const key = `${port?.port}/${port?.protocol}`;
    if (keys.has(key)) out.push(duplicate(p, { port: port.port, protocol: port.protocol }));
    keys.add(key);
    if (port?.nodePort && type === 'ClusterIP') out.push(forbidden(`${p}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
    if (port?.nodePort && type === 'ExternalName') out.push(forbidden(`${p}.nodePort`, "may not be used when `type` is 'ExternalName'"));
  });
  if (type !== undefined && !SERVICE_TYPES.includes(type)) out.push(notSupported('spec.type', type, SERVICE_TYPES));
  else if (type === undefined) out.push(required('spec.type'));
  if (spec.sessionAffinity && !['ClientIP', 'None'].includes(spec.sessionAffinity)) {
    out.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  }
  out.push(...validateLabels('spec.selector', spec.selector));
  const etp = spec.externalTrafficPolicy;
  if (etp) {
    if (type !== 'NodePort' && type !== 'LoadBalancer' && SERVICE_TYPES.includes(type)) {
      out.push(invalidValue('spec.externalTrafficPolicy', etp, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"));
    } else if (etp !== 'Cluster' && etp !== 'Local') out.push(notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  }
  const itp = spec.internalTrafficPolicy;
  if (itp && itp !== 'Cluster' && itp !== 'Local') out.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  if (spec.clusterIP && spec.clusterIP !== 'None' && !isIPv4(spec.clusterIP)) {
    out.push(invalidValue('spec.clusterIPs[0]', spec.clusterIP, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
  }
  return out;
}

function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && String(Number(p)) === p);
}

/** `ValidateServiceUpdate`: a set cluster IP stays, unless the type changes to or from ExternalName. */
export function validateServiceUpdate(obj: KObject, old: KObject): Causes {
  const o: Json = old.spec ?? {};
  const n: Json = obj.spec ?? {};
  if (o.type === 'ExternalName' || n.type === 'ExternalName') return [];
  if (o.clusterIP && n.clusterIP !== undefined && n.clusterIP !== '' && n.clusterIP !== o.clusterIP) {
    return [invalidValue('spec.clusterIPs[0]', n.clusterIP, 'may not change once set')];
  }
  return [];
}
