import type { Json } from '../../../json';
/**
 * The Pod Security Standards checks (pod-security-admission `policy/check_*.go`), latest version.
 * Each returns the forbidden reason and detail the admission messages print, or undefined.
 */

export type Level = 'privileged' | 'baseline' | 'restricted';

export interface Violation {
  reason: string;
  detail: string;
}

interface Check {
  id: string;
  level: 'baseline' | 'restricted';
  /** A restricted check that replaces a baseline one at the restricted level. */
  overrides?: string;
  run(spec: Json, meta: Json): Violation | undefined;
}

const plural = (one: string, many: string, n: number) => (n === 1 ? one : many);
const joinQuote = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Every container of the pod: init, regular, ephemeral (visitContainers). */
function containers(spec: Json): Json[] {
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].filter((c) => c && typeof c === 'object');
}

const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem',
]);
const RESTRICTED_VOLUME_OK = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);
const VOLUME_SOURCE_KEYS = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume',
  'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

function badContainers(spec: Json, pred: (c: Json) => boolean): string[] {
  return containers(spec).filter(pred).map((c) => c.name);
}

const CHECKS: Check[] = [
  {
    id: 'hostNamespaces',
    level: 'baseline',
    run(spec) {
      const ns = [spec?.hostNetwork && 'hostNetwork=true', spec?.hostPID && 'hostPID=true', spec?.hostIPC && 'hostIPC=true'].filter(Boolean) as string[];
      return ns.length ? { reason: 'host namespaces', detail: ns.join(', ') } : undefined;
    },
  },
  {
    id: 'privileged',
    level: 'baseline',
    run(spec) {
      const bad = badContainers(spec, (c) => c.securityContext?.privileged === true);
      return bad.length ? { reason: 'privileged', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.privileged=true` } : undefined;
    },
  },
  {
    id: 'capabilities_baseline',
    level: 'baseline',
    run(spec) {
      const caps = new Set<string>();
      const bad = badContainers(spec, (c) => {
        const add: string[] = (c.securityContext?.capabilities?.add ?? []).filter((x: string) => !BASELINE_CAPS.has(x));
        add.forEach((x) => caps.add(x));
        return add.length > 0;
      });
      return bad.length
        ? { reason: 'non-default capabilities', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must not include ${joinQuote(sortedUnique(caps))} in securityContext.capabilities.add` }
        : undefined;
    },
  },
  {
    id: 'hostPathVolumes',
    level: 'baseline',
    run(spec) {
      const bad = (spec?.volumes ?? []).filter((v: Json) => v?.hostPath).map((v: Json) => v.name);
      return bad.length ? { reason: 'hostPath volumes', detail: `${plural('volume', 'volumes', bad.length)} ${joinQuote(bad)}` } : undefined;
    },
  },
  {
    id: 'hostPorts',
    level: 'baseline',
    run(spec) {
      const ports = new Set<string>();
      const bad = badContainers(spec, (c) => {
        const hp = (c.ports ?? []).filter((p: Json) => p?.hostPort);
        hp.forEach((p: Json) => ports.add(String(p.hostPort)));
        return hp.length > 0;
      });
      if (!bad.length) return undefined;
      const list = [...ports].sort();
      return { reason: 'hostPort', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} ${plural('uses', 'use', bad.length)} ${plural('hostPort', 'hostPorts', list.length)} ${list.join(', ')}` };
    },
  },
  {
    id: 'procMount',
    level: 'baseline',
    run(spec) {
      if (spec?.hostUsers === false) return undefined;
      const types = new Set<string>();
      const bad = badContainers(spec, (c) => {
        const pm = c.securityContext?.procMount;
        if (pm && pm !== 'Default') types.add(pm);
        return !!pm && pm !== 'Default';
      });
      return bad.length ? { reason: 'procMount', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.procMount to ${joinQuote(sortedUnique(types))}` } : undefined;
    },
  },
  {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    run(spec) {
      const setters: string[] = [];
      if (spec?.securityContext?.seccompProfile?.type === 'Unconfined') setters.push('pod');
      const bad = badContainers(spec, (c) => c.securityContext?.seccompProfile?.type === 'Unconfined');
      if (bad.length) setters.push(`${plural('container', 'containers', bad.length)} ${joinQuote(bad)}`);
      return setters.length ? { reason: 'seccompProfile', detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to "Unconfined"` } : undefined;
    },
  },
  {
    id: 'sysctls',
    level: 'baseline',
    run(spec) {
      const bad = (spec?.securityContext?.sysctls ?? []).map((s: Json) => s?.name).filter((n: string) => !SAFE_SYSCTLS.has(n));
      return bad.length ? { reason: 'forbidden sysctls', detail: bad.join(', ') } : undefined;
    },
  },
  {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    run(spec) {
      const bad = badContainers(spec, (c) => c.securityContext?.allowPrivilegeEscalation !== false);
      return bad.length
        ? { reason: 'allowPrivilegeEscalation != false', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must set securityContext.allowPrivilegeEscalation=false` }
        : undefined;
    },
  },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    overrides: 'capabilities_baseline',
    run(spec) {
      const missingDrop: string[] = [];
      const adding: string[] = [];
      const caps = new Set<string>();
      for (const c of containers(spec)) {
        const cap = c.securityContext?.capabilities;
        if (!cap) {
          missingDrop.push(c.name);
          continue;
        }
        if (!(cap.drop ?? []).includes('ALL')) missingDrop.push(c.name);
        const add = (cap.add ?? []).filter((x: string) => x !== 'NET_BIND_SERVICE');
        add.forEach((x: string) => caps.add(x));
        if (add.length) adding.push(c.name);
      }
      const details: string[] = [];
      if (missingDrop.length) details.push(`${plural('container', 'containers', missingDrop.length)} ${joinQuote(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
      if (adding.length) details.push(`${plural('container', 'containers', adding.length)} ${joinQuote(adding)} must not include ${joinQuote(sortedUnique(caps))} in securityContext.capabilities.add`);
      return details.length ? { reason: 'unrestricted capabilities', detail: details.join('; ') } : undefined;
    },
  },
  {
    id: 'restrictedVolumes',
    level: 'restricted',
    overrides: 'hostPathVolumes',
    run(spec) {
      const types = new Set<string>();
      const bad: string[] = [];
      for (const v of spec?.volumes ?? []) {
        const t = VOLUME_SOURCE_KEYS.find((k) => v?.[k] !== undefined);
        if (t && !RESTRICTED_VOLUME_OK.has(t)) {
          bad.push(v.name);
          types.add(t);
        }
      }
      if (!bad.length) return undefined;
      const list = sortedUnique(types);
      return {
        reason: 'restricted volume types',
        detail: `${plural('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${plural('uses', 'use', bad.length)} ${plural('restricted volume type', 'restricted volume types', list.length)} ${joinQuote(list)}`,
      };
    },
  },
  {
    id: 'runAsNonRoot',
    level: 'restricted',
    run(spec) {
      if (spec?.hostUsers === false) return undefined;
      const setters: string[] = [];
      const podValue = spec?.securityContext?.runAsNonRoot;
      if (podValue === false) setters.push('pod');
      const explicit: string[] = [];
      const implicit: string[] = [];
      for (const c of containers(spec)) {
        const v = c.securityContext?.runAsNonRoot;
        if (v !== undefined && v !== null) {
          if (!v) explicit.push(c.name);
        } else if (podValue !== true) implicit.push(c.name);
      }
      if (explicit.length) setters.push(`${plural('container', 'containers', explicit.length)} ${joinQuote(explicit)}`);
      if (setters.length) return { reason: 'runAsNonRoot != true', detail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false` };
      if (implicit.length) return { reason: 'runAsNonRoot != true', detail: `pod or ${plural('container', 'containers', implicit.length)} ${joinQuote(implicit)} must set securityContext.runAsNonRoot=true` };
      return undefined;
    },
  },
  {
    id: 'runAsUser',
    level: 'restricted',
    run(spec) {
      if (spec?.hostUsers === false) return undefined;
      const setters: string[] = [];
      if (spec?.securityContext?.runAsUser === 0) setters.push('pod');
      const bad = badContainers(spec, (c) => c.securityContext?.runAsUser === 0);
      if (bad.length) setters.push(`${plural('container', 'containers', bad.length)} ${joinQuote(bad)}`);
      return setters.length ? { reason: 'runAsUser=0', detail: `${setters.join(' and ')} must not set runAsUser=0` } : undefined;
    },
  },
  {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    overrides: 'seccompProfile_baseline',
    run(spec) {
      const ok = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';
      const setters: string[] = [];
      const badValues = new Set<string>();
      const podType = spec?.securityContext?.seccompProfile?.type;
      if (podType !== undefined && !ok(podType)) {
        setters.push('pod');
        badValues.add(String(podType));
      }
      const explicit: string[] = [];
      const implicit: string[] = [];
      for (const c of containers(spec)) {
        const t = c.securityContext?.seccompProfile?.type;
        if (t !== undefined) {
          if (!ok(t)) {
            explicit.push(c.name);
            badValues.add(String(t));
          }
        } else if (!ok(podType)) implicit.push(c.name);
      }
      if (explicit.length) setters.push(`${plural('container', 'containers', explicit.length)} ${joinQuote(explicit)}`);
      if (setters.length) return { reason: 'seccompProfile', detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(badValues))}` };
      if (implicit.length) {
        return { reason: 'seccompProfile', detail: `pod or ${plural('container', 'containers', implicit.length)} ${joinQuote(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"` };
      }
      return undefined;
    },
  },
];

/** The checks a level runs, baseline ones first, each group in ID order; restricted overrides replace their baseline check. */
function checksFor(level: Level): Check[] {
  if (level === 'privileged') return [];
  const byId = (a: Check, b: Check) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const baseline = CHECKS.filter((c) => c.level === 'baseline').sort(byId);
  if (level === 'baseline') return baseline;
  const restricted = CHECKS.filter((c) => c.level === 'restricted').sort(byId);
  const overridden = new Set(restricted.map((c) => c.overrides).filter(Boolean));
  return [...baseline.filter((c) => !overridden.has(c.id)), ...restricted];
}

/** Every violation of `level` by the pod spec, in the order the messages list them. */
export function evaluate(level: Level, spec: Json, meta: Json = {}): Violation[] {
  const out: Violation[] = [];
  for (const c of checksFor(level)) {
    const v = c.run(spec, meta);
    if (v) out.push(v);
  }
  return out;
}
