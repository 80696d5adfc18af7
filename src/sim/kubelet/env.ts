import { hasOwn, own, setOwn } from '../own';
import type { ApiServer } from '../apiserver/apiserver';
import { decodeBase64 } from '../base64';
import { goQuote } from '../apiserver/validation/go-quote';
import { parseQuantity } from '../quantity';
import type { KObject } from '../types';
import { expand, mappingOf } from './expansion';
import { kubeletGet } from './node-reads';

/** Result of building a container's environment (kubelet makeEnvironmentVariables). */
export type EnvResult =
  | { ok: true; env: [string, string][]; invalidKeys: { kind: string; ns: string; name: string; keys: string[] }[] }
  | { ok: false; error: string; waitOn: string };

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export function decodeSecret(v: string | undefined): string {
  if (v === undefined) return '';
  try {
    return decodeBase64(v);
  } catch {
    return v;
  }
}

/** The `<NAME>_SERVICE_HOST` / docker-link variables for services visible to a pod. */
export function serviceEnv(api: ApiServer, ns: string, enableServiceLinks: boolean, createdBefore?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (svc: KObject) => {
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === 'None') return;
    if (createdBefore && (svc.metadata.creationTimestamp ?? '') > createdBefore) return;
    const ports = svc.spec?.ports ?? [];
    if (!ports.length) return;
    const n = svc.metadata.name!.toUpperCase().replace(/-/g, '_');
    out[`${n}_SERVICE_HOST`] = ip;
    out[`${n}_SERVICE_PORT`] = String(ports[0].port);
    for (const p of ports) if (p.name) out[`${n}_SERVICE_PORT_${String(p.name).toUpperCase().replace(/-/g, '_')}`] = String(p.port);
    const proto0 = String(ports[0].protocol ?? 'TCP').toLowerCase();
    out[`${n}_PORT`] = `${proto0}://${ip}:${ports[0].port}`;
    for (const p of ports) {
      const proto = String(p.protocol ?? 'TCP');
      const pre = `${n}_PORT_${p.port}_${proto.toUpperCase()}`;
      out[pre] = `${proto.toLowerCase()}://${ip}:${p.port}`;
      out[`${pre}_PROTO`] = proto.toLowerCase();
      out[`${pre}_PORT`] = String(p.port);
      out[`${pre}_ADDR`] = ip;
    }
  };
  if (enableServiceLinks) for (const svc of api.list('services', ns)) add(svc);
  // the master service is always there, whatever enableServiceLinks says
  const master = api.tryGet('services', 'default', 'kubernetes');
  if (master && !(enableServiceLinks && ns === 'default')) add(master);
  return out;
}

/** Resolve a downward API field path (`metadata.name`, `metadata.labels['app']`, `status.podIP`). */
/** fieldpath.FormatMap: `key="value"` lines in key order, values Go-quoted, no final newline. */
function formatMap(m: Record<string, string> | undefined): string {
  return Object.entries(m ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${goQuote(String(v))}`)
    .join('\n');
}

export function fieldValue(pod: KObject, fieldPath: string): string {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
  if (m) return own<string>(pod.metadata[m[1] as 'labels' | 'annotations'], m[2]) ?? '';
  switch (fieldPath) {
    case 'metadata.name':
      return pod.metadata.name ?? '';
    case 'metadata.namespace':
      return pod.metadata.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata.uid ?? '';
    case 'metadata.labels':
      return formatMap(pod.metadata.labels);
    case 'metadata.annotations':
      return formatMap(pod.metadata.annotations);
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? 'default';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    case 'status.hostIPs':
      return (pod.status?.hostIPs ?? []).map((x: { ip: string }) => x.ip).join(',');
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.podIPs':
      return (pod.status?.podIPs ?? []).map((x: { ip: string }) => x.ip).join(',');
    default:
      return '';
  }
}

/** Resolve `limits.cpu`, `requests.memory` ... with a divisor; no limit means the node's allocatable. */
export function resourceValue(
  container: any,
  ref: { resource: string; divisor?: string | number },
  allocatable: { cpu: string; memory: string },
): string {
  const [kind, res] = ref.resource.split('.');
  const spec = container?.resources?.[kind]?.[res] ?? (kind === 'requests' ? container?.resources?.limits?.[res] : undefined);
  const fallback = res === 'cpu' ? allocatable.cpu : res === 'memory' ? allocatable.memory : '0';
  const raw = spec ?? (kind === 'limits' ? fallback : res === 'cpu' ? '0' : '0');
  const divisor = ref.divisor !== undefined ? parseQuantity(String(ref.divisor)) : 1;
  const v = parseQuantity(String(raw));
  // requests.cpu with no request is 0 cores, which the kubelet rounds up to 1 when the divisor is 1
  const n = Math.ceil(v / (divisor || 1));
  return String(res === 'cpu' && n === 0 && kind === 'requests' ? 1 : n);
}

/** Build env in the kubelet's order: envFrom, then env with `$(VAR)` expansion (services last). */
export function resolveEnv(
  api: ApiServer,
  pod: KObject,
  container: any,
  svcEnv: Record<string, string>,
  allocatable: { cpu: string; memory: string },
): EnvResult {
  const ns = pod.metadata.namespace ?? 'default';
  const tmp: Record<string, string> = {};
  const order: string[] = [];
  const set = (k: string, v: string) => {
    if (!hasOwn(tmp, k)) order.push(k);
    setOwn(tmp, k, v);
  };
  const invalidKeys: { kind: string; ns: string; name: string; keys: string[] }[] = [];
  for (const src of container.envFrom ?? []) {
    const prefix = src.prefix ?? '';
    const isCm = !!src.configMapRef;
    const ref = src.configMapRef ?? src.secretRef;
    if (!ref) continue;
    const { obj, refused } = kubeletGet(api, isCm ? 'configmaps' : 'secrets', ns, ref.name);
    if (refused) return { ok: false, error: refused, waitOn: `${isCm ? 'configmaps' : 'secrets'}/${ns}/${ref.name}` };
    if (!obj) {
      if (ref.optional) continue;
      return { ok: false, error: `${isCm ? 'configmap' : 'secret'} "${ref.name}" not found`, waitOn: `${isCm ? 'configmaps' : 'secrets'}/${ns}/${ref.name}` };
    }
    const data: Record<string, string> = isCm ? { ...(obj.data ?? {}) } : Object.fromEntries(Object.entries(obj.data ?? {}).map(([k, v]) => [k, decodeSecret(v as string)]));
    const bad: string[] = [];
    for (const k of Object.keys(data).sort()) {
      const name = prefix + k;
      if (!ENV_NAME.test(name)) {
        bad.push(name);
        continue;
      }
      set(name, data[k]);
    }
    if (bad.length) invalidKeys.push({ kind: isCm ? 'configMap' : 'secret', ns, name: ref.name, keys: bad });
  }
  for (const e of container.env ?? []) {
    let value: string | undefined;
    if (e.valueFrom) {
      const vf = e.valueFrom;
      if (vf.configMapKeyRef || vf.secretKeyRef) {
        const isCm = !!vf.configMapKeyRef;
        const ref = vf.configMapKeyRef ?? vf.secretKeyRef;
        const { obj, refused } = kubeletGet(api, isCm ? 'configmaps' : 'secrets', ns, ref.name);
        const waitOn = `${isCm ? 'configmaps' : 'secrets'}/${ns}/${ref.name}`;
        if (refused) return { ok: false, error: refused, waitOn };
        if (!obj) {
          if (ref.optional) continue;
          return { ok: false, error: `${isCm ? 'configmap' : 'secret'} "${ref.name}" not found`, waitOn };
        }
        const raw = own<string>(obj.data, ref.key);
        if (raw === undefined) {
          if (ref.optional) continue;
          return { ok: false, error: `couldn't find key ${ref.key} in ${isCm ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}`, waitOn };
        }
        value = isCm ? raw : decodeSecret(raw);
      } else if (vf.fieldRef) value = fieldValue(pod, vf.fieldRef.fieldPath);
      else if (vf.resourceFieldRef) {
        const target = vf.resourceFieldRef.containerName
          ? [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])].find((c: { name: string }) => c.name === vf.resourceFieldRef.containerName)
          : container;
        value = resourceValue(target, vf.resourceFieldRef, allocatable);
      } else value = '';
    } else {
      value = expand(e.value ?? '', mappingOf(tmp, svcEnv));
    }
    set(e.name, value ?? '');
  }
  const env: [string, string][] = order.map((k) => [k, tmp[k]]);
  for (const [k, v] of Object.entries(svcEnv)) if (!(k in tmp)) env.push([k, v]);
  return { ok: true, env, invalidKeys };
}
