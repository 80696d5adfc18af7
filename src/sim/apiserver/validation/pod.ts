import { parseQuantity } from '../../quantity';
import {
  duplicate,
  eachInvalid,
  forbidden,
  invalidValue,
  isDNS1123Label,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  nonNegative,
  notFoundValue,
  notSupported,
  required,
  validateLabels,
  validatePortNumOrName,
  type Causes,
} from './field';
import { validatePodAffinities } from './affinity';
import { validateTopologySpreadConstraints } from './topology-spread';
import { isConfigMapKey } from './config';
import { isEnvVarName, validateEnvFrom } from './env-from';
import type { Json } from '../../json';
import { validateContainerResourceName } from './resource-names';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
  'ephemeral', 'image',
];

/** What a pod's containers are held to and a template's are not (upstream keeps old templates valid): no space around an image. */
export function validateContainersOnlyForPod(spec: Json, path: string): Causes {
  const out: Causes = [];
  for (const list of ['containers', 'initContainers']) {
    const containers: Json[] = Array.isArray(spec?.[list]) ? spec[list] : [];
    containers.forEach((c, i) => {
      if (typeof c?.image === 'string' && c.image !== c.image.trim()) out.push(invalidValue(`${path}.${list}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
    });
  }
  return out;
}

/** `ValidatePodSpec` (the parts a learner's manifest can get wrong). */
export function validatePodSpec(spec: Json, path: string): Causes {
  const out: Causes = [];
  if (!spec || typeof spec !== 'object') return [required(path)];
  const volumes = new Set<string>();
  out.push(...validateVolumes(spec.volumes ?? [], `${path}.volumes`, volumes));
  const containers: Json[] = spec.containers ?? [];
  if (containers.length === 0) out.push(required(`${path}.containers`));
  out.push(...validateContainerList(containers, `${path}.containers`, volumes, true));
  const names = new Set(containers.map((c) => c?.name));
  const inits: Json[] = spec.initContainers ?? [];
  out.push(...validateContainerList(inits, `${path}.initContainers`, volumes, false));
  inits.forEach((c, i) => {
    if (c?.name && names.has(c.name)) out.push(duplicate(`${path}.initContainers[${i}].name`, c.name));
  });
  const rp = spec.restartPolicy;
  if (!rp) out.push(required(`${path}.restartPolicy`));
  else if (!RESTART_POLICIES.includes(rp)) out.push(notSupported(`${path}.restartPolicy`, rp, RESTART_POLICIES));
  const dns = spec.dnsPolicy;
  if (dns && !DNS_POLICIES.includes(dns)) out.push(notSupported(`${path}.dnsPolicy`, dns, DNS_POLICIES));
  out.push(...validateLabels(`${path}.nodeSelector`, spec.nodeSelector));
  out.push(...validatePodAffinities(spec.affinity, `${path}.affinity`));
  out.push(...validateTopologySpreadConstraints(spec.topologySpreadConstraints ?? [], `${path}.topologySpreadConstraints`));
  if (spec.serviceAccountName) out.push(...eachInvalid(`${path}.serviceAccountName`, spec.serviceAccountName, isDNS1123Subdomain(spec.serviceAccountName)));
  if (spec.nodeName) out.push(...eachInvalid(`${path}.nodeName`, spec.nodeName, isDNS1123Subdomain(spec.nodeName)));
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null && spec.activeDeadlineSeconds <= 0) {
    out.push(invalidValue(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  }
  if (spec.hostname) out.push(...eachInvalid(`${path}.hostname`, spec.hostname, isDNS1123Label(spec.hostname)));
  if (spec.subdomain) out.push(...eachInvalid(`${path}.subdomain`, spec.subdomain, isDNS1123Label(spec.subdomain)));
  out.push(...validateTolerations(spec.tolerations ?? [], `${path}.tolerations`));
  out.push(...nonNegative(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds));
  return out;
}

function validateVolumes(vols: Json[], path: string, names: Set<string>): Causes {
  const out: Causes = [];
  vols.forEach((v, i) => {
    const p = `${path}[${i}]`;
    if (!v?.name) out.push(required(`${p}.name`));
    else out.push(...eachInvalid(`${p}.name`, v.name, isDNS1123Label(v.name)));
    if (v?.name && names.has(v.name)) out.push(duplicate(`${p}.name`, v.name));
    else if (v?.name) names.add(v.name);
    const sources = VOLUME_SOURCES.filter((s) => v?.[s] !== undefined && v?.[s] !== null);
    if (sources.length === 0) out.push(required(p, 'must specify a volume type'));
    for (const s of sources.slice(1)) out.push(forbidden(`${p}.${s}`, 'may not specify more than 1 volume type'));
    if (v?.configMap && !v.configMap.name) out.push(required(`${p}.configMap.name`));
    if (v?.configMap) out.push(...validateProjection(v.configMap, `${p}.configMap`));
    if (v?.secret && !v.secret.secretName) out.push(required(`${p}.secret.secretName`));
    if (v?.secret) out.push(...validateProjection(v.secret, `${p}.secret`));
    if (v?.persistentVolumeClaim && !v.persistentVolumeClaim.claimName) out.push(required(`${p}.persistentVolumeClaim.claimName`));
    if (v?.hostPath && !v.hostPath.path) out.push(required(`${p}.hostPath.path`));
    (Array.isArray(v?.projected?.sources) ? v.projected.sources : []).forEach((s: Json, j: number) => {
      if (s?.serviceAccountToken) out.push(...validateTokenProjection(s.serviceAccountToken, `${p}.projected`, `${p}.projected.sources[${j}].serviceAccountToken`));
    });
  });
  return out;
}

/**
 * A projected ServiceAccount token (validateProjectionSources): ten minutes to 2^32 seconds
 * (defaulted to an hour) and a local path, whose errors upstream names after the volume's `projected`.
 */
function validateTokenProjection(t: Json, projected: string, path: string): Causes {
  const out: Causes = [];
  const seconds = t.expirationSeconds ?? 3600;
  if (typeof seconds === 'number' && seconds < 600) out.push(invalidValue(`${path}.expirationSeconds`, seconds, 'may not specify a duration less than 10 minutes'));
  if (typeof seconds === 'number' && seconds > 2 ** 32) out.push(invalidValue(`${path}.expirationSeconds`, seconds, 'may not specify a duration larger than 2^32 seconds'));
  if (!t.path) out.push(required(`${projected}.path`));
  else out.push(...localPath(`${projected}.path`, String(t.path)));
  return out;
}

/** ValidateLocalNonReservedPath: relative, no `..` element, not starting with `..` (unless the element check caught it). */
function localPath(path: string, value: string): Causes {
  const out: Causes = [];
  if (value.startsWith('/')) out.push(invalidValue(path, value, 'must be a relative path'));
  if (value.split('/').includes('..')) out.push(invalidValue(path, value, "must not contain '..'"));
  if (value.startsWith('..') && !value.startsWith('../')) out.push(invalidValue(path, value, "must not start with '..'"));
  return out;
}

const FILE_MODE_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';

function fileMode(path: string, mode: unknown): Causes {
  return typeof mode === 'number' && (mode > 0o777 || mode < 0) ? [invalidValue(path, mode, FILE_MODE_MSG)] : [];
}

/** configMap and secret volumes: defaultMode, then each item's key, path and mode (validateKeyToPath). */
function validateProjection(src: Json, path: string): Causes {
  const out: Causes = [...fileMode(`${path}.defaultMode`, src.defaultMode)];
  (Array.isArray(src.items) ? src.items : []).forEach((it: Json, i: number) => {
    const p = `${path}.items[${i}]`;
    if (!it?.key) out.push(required(`${p}.key`));
    if (!it?.path) out.push(required(`${p}.path`));
    else out.push(...localPath(`${p}.path`, String(it.path)));
    out.push(...fileMode(`${p}.mode`, it?.mode));
  });
  return out;
}

function validateContainerList(list: Json[], path: string, volumes: Set<string>, regular: boolean): Causes {
  const out: Causes = [];
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const p = `${path}[${i}]`;
    out.push(...validateContainer(c ?? {}, p, volumes));
    if (c?.name !== undefined) {
      if (seen.has(c.name)) out.push(duplicate(`${p}.name`, c.name));
      else seen.add(c.name);
    }
    if (regular) {
      if (c?.livenessProbe) {
        if (c.livenessProbe.successThreshold !== undefined && c.livenessProbe.successThreshold !== 1) {
          out.push(invalidValue(`${p}.livenessProbe.successThreshold`, c.livenessProbe.successThreshold, 'must be 1'));
        }
        out.push(...validateProbe(c.livenessProbe, `${p}.livenessProbe`));
      }
      if (c?.readinessProbe) {
        if (c.readinessProbe.terminationGracePeriodSeconds !== undefined) {
          out.push(invalidValue(`${p}.readinessProbe.terminationGracePeriodSeconds`, c.readinessProbe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
        }
        out.push(...validateProbe(c.readinessProbe, `${p}.readinessProbe`));
      }
      if (c?.startupProbe) {
        if (c.startupProbe.successThreshold !== undefined && c.startupProbe.successThreshold !== 1) {
          out.push(invalidValue(`${p}.startupProbe.successThreshold`, c.startupProbe.successThreshold, 'must be 1'));
        }
        out.push(...validateProbe(c.startupProbe, `${p}.startupProbe`));
      }
    }
  });
  return out;
}

/** `validateContainerCommon`. */
function validateContainer(c: Json, p: string, volumes: Set<string>): Causes {
  const out: Causes = [];
  if (!c.name) out.push(required(`${p}.name`));
  else out.push(...eachInvalid(`${p}.name`, c.name, isDNS1123Label(c.name)));
  if (!c.image) out.push(required(`${p}.image`));
  const tmp = c.terminationMessagePolicy;
  if (tmp === undefined || tmp === '') out.push(required(`${p}.terminationMessagePolicy`));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') out.push(notSupported(`${p}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  out.push(...validateContainerPorts(c.ports ?? [], `${p}.ports`));
  out.push(...validateEnv(c.env ?? [], `${p}.env`));
  out.push(...validateEnvFrom(c.envFrom ?? [], `${p}.envFrom`));
  out.push(...validateVolumeMounts(c.volumeMounts ?? [], `${p}.volumeMounts`, volumes));
  const pull = c.imagePullPolicy;
  if (!pull) out.push(required(`${p}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(pull)) out.push(notSupported(`${p}.imagePullPolicy`, pull, PULL_POLICIES));
  out.push(...validateResources(c.resources, `${p}.resources`));
  return out;
}

function validateContainerPorts(ports: Json[], path: string): Causes {
  const out: Causes = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port?.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) out.push(...eachInvalid(`${p}.name`, port.name, msgs));
      else if (names.has(port.name)) out.push(duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port?.containerPort) out.push(required(`${p}.containerPort`));
    else out.push(...eachInvalid(`${p}.containerPort`, port.containerPort, isValidPortNum(port.containerPort)));
    if (port?.hostPort) out.push(...eachInvalid(`${p}.hostPort`, port.hostPort, isValidPortNum(port.hostPort)));
    if (!port?.protocol) out.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return out;
}

function validateEnv(env: Json[], path: string): Causes {
  const out: Causes = [];
  env.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!e?.name) out.push(required(`${p}.name`));
    else out.push(...eachInvalid(`${p}.name`, e.name, isEnvVarName(e.name)));
    const from = e?.valueFrom;
    if (!from) return;
    if (e.value) out.push(invalidValue(`${p}.valueFrom`, '', 'may not be specified when `value` is not empty'));
    const kinds = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'].filter((k) => from[k]);
    if (kinds.length !== 1) {
      out.push(invalidValue(`${p}.valueFrom`, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
      return;
    }
    for (const k of ['configMapKeyRef', 'secretKeyRef']) {
      const ref = from[k];
      if (!ref) continue;
      out.push(...eachInvalid(`${p}.valueFrom.${k}.name`, ref.name ?? '', isDNS1123Subdomain(ref.name ?? '')));
      if (!ref.key) out.push(required(`${p}.valueFrom.${k}.key`));
      else out.push(...eachInvalid(`${p}.valueFrom.${k}.key`, ref.key, isConfigMapKey(ref.key)));
    }
    if (from.fieldRef && !from.fieldRef.fieldPath) out.push(required(`${p}.valueFrom.fieldRef.fieldPath`));
  });
  return out;
}

function validateVolumeMounts(mounts: Json[], path: string, volumes: Set<string>): Causes {
  const out: Causes = [];
  const paths = new Set<string>();
  mounts.forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!m?.name) out.push(required(`${p}.name`));
    else if (!volumes.has(m.name)) out.push(notFoundValue(`${p}.name`, m.name));
    if (!m?.mountPath) out.push(required(`${p}.mountPath`));
    else if (paths.has(m.mountPath)) out.push(invalidValue(`${p}.mountPath`, m.mountPath, 'must be unique'));
    else paths.add(m.mountPath);
    if (m?.subPath) {
      if (m.subPath.startsWith('/')) out.push(invalidValue(`${p}.subPath`, m.subPath, 'must be a relative path'));
      else if (m.subPath.split('/').includes('..')) out.push(invalidValue(`${p}.subPath`, m.subPath, "must not contain '..'"));
    }
  });
  return out;
}

function validateResources(res: Json, path: string): Causes {
  const out: Causes = [];
  if (!res) return out;
  const limits = res.limits ?? {};
  const requests = res.requests ?? {};
  for (const [which, map] of [['limits', limits], ['requests', requests]] as const) {
    for (const k of Object.keys(map).sort()) {
      out.push(...validateContainerResourceName(k, `${path}.${which}[${k}]`));
      let q: number;
      try {
        q = parseQuantity(map[k]);
      } catch {
        continue;
      }
      if (q < 0) out.push(invalidValue(`${path}.${which}[${k}]`, String(map[k]), 'must be greater than or equal to 0'));
    }
  }
  for (const k of Object.keys(requests).sort()) {
    if (limits[k] === undefined) continue;
    try {
      if (parseQuantity(requests[k]) > parseQuantity(limits[k])) {
        out.push(invalidValue(`${path}.requests[${k}]`, String(requests[k]), `must be less than or equal to ${k} limit of ${String(limits[k])}`));
      }
    } catch {
      /* decoding already rejected bad quantities */
    }
  }
  return out;
}

/** `validateProbe` and `validateHandler`. */
function validateProbe(probe: Json, path: string): Causes {
  const out: Causes = [];
  let handlers = 0;
  for (const h of ['exec', 'httpGet', 'tcpSocket', 'grpc']) {
    if (!probe[h]) continue;
    if (handlers > 0) {
      out.push(forbidden(`${path}.${h}`, 'may not specify more than 1 handler type'));
      continue;
    }
    handlers++;
    if (h === 'exec' && !(probe.exec.command ?? []).length) out.push(required(`${path}.exec.command`));
    if (h === 'httpGet') {
      if (!probe.httpGet.path) out.push(required(`${path}.httpGet.path`));
      out.push(...validatePortNumOrName(`${path}.httpGet.port`, probe.httpGet.port));
      const scheme = probe.httpGet.scheme;
      if (scheme !== 'HTTP' && scheme !== 'HTTPS') out.push(notSupported(`${path}.httpGet.scheme`, scheme ?? '', ['HTTP', 'HTTPS']));
    }
    if (h === 'tcpSocket') out.push(...validatePortNumOrName(`${path}.tcpSocket.port`, probe.tcpSocket.port));
    if (h === 'grpc') out.push(...eachInvalid(`${path}.grpc.port`, probe.grpc.port ?? 0, isValidPortNum(probe.grpc.port ?? 0)));
  }
  if (handlers === 0) out.push(required(path, 'must specify a handler type'));
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    out.push(...nonNegative(`${path}.${f}`, probe[f]));
  }
  if (probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds <= 0) {
    out.push(invalidValue(`${path}.terminationGracePeriodSeconds`, probe.terminationGracePeriodSeconds, 'must be greater than 0'));
  }
  return out;
}

function validateTolerations(list: Json[], path: string): Causes {
  const out: Causes = [];
  list.forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (t?.operator && t.operator !== 'Equal' && t.operator !== 'Exists') out.push(notSupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
    if (t?.operator === 'Exists' && t.value) out.push(invalidValue(`${p}.operator`, t.operator, 'value must be empty when `operator` is \'Exists\''));
    if (!t?.key && t?.operator !== 'Exists') out.push(invalidValue(`${p}.operator`, t?.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t?.effect && !['NoExecute', 'NoSchedule', 'PreferNoSchedule'].includes(t.effect)) {
      out.push(notSupported(`${p}.effect`, t.effect, ['NoExecute', 'NoSchedule', 'PreferNoSchedule']));
    }
  });
  return out;
}
