import type { Json } from '../../../json';
import { APPARMOR_ANNOTATION_PREFIX } from '../../strategy/apparmor';
/**
 * The Pod Security Standards checks (pod-security-admission `policy/check_*.go` of v0.34), each as of
 * the policy version a namespace label names (`v1.22`, or latest = v1.34). Each returns the forbidden
 * reason and detail the admission messages print, or undefined.
 */

export type Level = 'privileged' | 'baseline' | 'restricted';

export interface Violation {
  reason: string;
  detail: string;
}

/** The newest policy version the checks know (`latest` and any later v1.x evaluate as it). */
const LATEST_MINOR = 34;

interface Check {
  id: string;
  level: 'baseline' | 'restricted';
  /** The first policy version (v1.<since>) the check exists in; older versions do not run it (registry.go). */
  since?: number;
  /** A restricted check that replaces a baseline one at the restricted level (from its `since`). */
  overrides?: string;
  /** `minor`: the policy version evaluated. */
  run(spec: Json, meta: Json, minor: number): Violation | undefined;
}

/** From v1.25 the restricted checks that Windows cannot apply admit a pod whose spec.os is windows. */
const windowsExempt = (spec: Json, minor: number) => minor >= 25 && spec?.os?.name === 'windows';

const plural = (one: string, many: string, n: number) => (n === 1 ? one : many);
// quoted as is, without escapes (policy helpers.go joinQuote)
const joinQuote = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Every container of the pod: init, regular, ephemeral (visitContainers). */
function containers(spec: Json): Json[] {
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].filter((c) => c && typeof c === 'object');
}

const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
/** The safe sysctls by the version that added them (check_sysctls.go: v1.0, v1.27, v1.29, v1.32). */
const SAFE_SYSCTLS: [number, string[]][] = [
  [0, ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [29, ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
];
const safeSysctl = (name: string, minor: number) => SAFE_SYSCTLS.some(([since, names]) => since <= minor && names.includes(name));
const RESTRICTED_VOLUME_OK = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);
const VOLUME_SOURCE_KEYS = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume',
  'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

function badContainers(spec: Json, pred: (c: Json) => boolean): string[] {
  return containers(spec).filter(pred).map((c) => c.name);
}

/** seLinuxOptions.type values baseline allows (v1.31 added container_engine_t). */
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const selinuxTypeAllowed = (t: string, minor: number) => SELINUX_TYPES.has(t) || (minor >= 31 && t === 'container_engine_t');

/** The seccomp annotations policy versions before v1.19 look at (the fields came in v1.19). */
const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';
const seccompAnnotationOk = (v: string) => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');

/** `pod`, then `container(s) "a", "b"`, as the checks name who set a forbidden value. */
function setters(pod: boolean, bad: string[]): string[] {
  const out = pod ? ['pod'] : [];
  if (bad.length) out.push(`${plural('container', 'containers', bad.length)} ${joinQuote(bad)}`);
  return out;
}

/** The host a probe or lifecycle handler names (httpGet or tcpSocket). */
const handlerHosts = (h: Json): string[] => [h?.httpGet?.host, h?.tcpSocket?.host].filter((x): x is string => typeof x === 'string' && x !== '');

const CHECKS: Check[] = [
  {
    id: 'appArmorProfile',
    level: 'baseline',
    run(spec, meta) {
      const allowedType = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';
      const values = new Set<string>();
      const podType = spec?.securityContext?.appArmorProfile ? spec.securityContext.appArmorProfile.type : undefined;
      const podBad = !!spec?.securityContext?.appArmorProfile && !allowedType(podType);
      if (podBad) values.add(String(podType ?? ''));
      const bad = badContainers(spec, (c) => {
        const p = c.securityContext?.appArmorProfile;
        if (!p || allowedType(p.type)) return false;
        values.add(String(p.type ?? ''));
        return true;
      });
      const who = setters(podBad, bad);
      const annotations = Object.entries((meta?.annotations ?? {}) as Record<string, unknown>)
        .filter(([k, v]) => k.startsWith(APPARMOR_ANNOTATION_PREFIX) && !(v === '' || v === 'runtime/default' || String(v).startsWith('localhost/')))
        .map(([k, v]) => `${k}=${JSON.stringify(String(v))}`)
        .sort();
      const list = [...sortedUnique(values), ...annotations];
      if (annotations.length) who.push(plural('annotation', 'annotations', annotations.length));
      if (!who.length) return undefined;
      return { reason: plural('forbidden AppArmor profile', 'forbidden AppArmor profiles', list.length), detail: `${who.join(' and ')} must not set AppArmor profile type to ${joinQuote(list)}` };
    },
  },
  {
    id: 'seLinuxOptions',
    level: 'baseline',
    run(spec, _meta, minor) {
      const types = new Set<string>();
      let user = false;
      let role = false;
      const valid = (o: Json) => {
        let ok = true;
        if (!selinuxTypeAllowed(o.type ?? '', minor)) {
          ok = false;
          types.add(o.type ?? '');
        }
        if (o.user) {
          ok = false;
          user = true;
        }
        if (o.role) {
          ok = false;
          role = true;
        }
        return ok;
      };
      const pod = spec?.securityContext?.seLinuxOptions;
      const podBad = !!pod && !valid(pod);
      const bad = badContainers(spec, (c) => !!c.securityContext?.seLinuxOptions && !valid(c.securityContext.seLinuxOptions));
      const who = setters(podBad, bad);
      if (!who.length) return undefined;
      const data: string[] = [];
      if (types.size) data.push(`${plural('type', 'types', types.size)} ${joinQuote(sortedUnique(types))}`);
      if (user) data.push('user may not be set');
      if (role) data.push('role may not be set');
      return { reason: 'seLinuxOptions', detail: `${who.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}` };
    },
  },
  {
    id: 'windowsHostProcess',
    level: 'baseline',
    run(spec) {
      const bad = badContainers(spec, (c) => c.securityContext?.windowsOptions?.hostProcess === true);
      const who = setters(spec?.securityContext?.windowsOptions?.hostProcess === true, bad);
      return who.length ? { reason: 'hostProcess', detail: `${who.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true` } : undefined;
    },
  },
  {
    // v1.34: a probe or lifecycle handler may not name a host
    id: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    since: 34,
    run(spec) {
      const hosts = new Set<string>();
      const bad = new Set<string>();
      for (const c of containers(spec)) {
        const found = [c.livenessProbe, c.readinessProbe, c.startupProbe, c.lifecycle?.postStart, c.lifecycle?.preStop].flatMap(handlerHosts);
        if (!found.length) continue;
        bad.add(c.name);
        found.forEach((h) => hosts.add(h));
      }
      if (!bad.size) return undefined;
      const names = sortedUnique(bad);
      return {
        reason: 'probe or lifecycle host',
        detail: `${plural('container', 'containers', names.length)} ${joinQuote(names)} ${plural('uses', 'use', names.length)} ${plural('probe or lifecycle host', 'probe or lifecycle hosts', hosts.size)} ${joinQuote(sortedUnique(hosts))}`,
      };
    },
  },
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
    run(spec, meta, minor) {
      if (minor < 19) {
        // v1.0: only the annotations
        const annotations: Record<string, unknown> = meta?.annotations ?? {};
        const keys = [SECCOMP_POD_ANNOTATION, ...containers(spec).map((c) => SECCOMP_CONTAINER_ANNOTATION + c.name)];
        const bad = sortedUnique(keys.filter((k) => Object.hasOwn(annotations, k) && !seccompAnnotationOk(String(annotations[k]))).map((k) => `${k}=${JSON.stringify(String(annotations[k]))}`));
        return bad.length ? { reason: 'seccompProfile', detail: `forbidden ${plural('annotation', 'annotations', bad.length)} ${bad.join(', ')}` } : undefined;
      }
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
    run(spec, _meta, minor) {
      const bad = (spec?.securityContext?.sysctls ?? []).map((s: Json) => s?.name).filter((n: string) => !safeSysctl(n, minor));
      return bad.length ? { reason: 'forbidden sysctls', detail: bad.join(', ') } : undefined;
    },
  },
  {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    since: 8,
    run(spec, _meta, minor) {
      if (windowsExempt(spec, minor)) return undefined;
      const bad = badContainers(spec, (c) => c.securityContext?.allowPrivilegeEscalation !== false);
      return bad.length
        ? { reason: 'allowPrivilegeEscalation != false', detail: `${plural('container', 'containers', bad.length)} ${joinQuote(bad)} must set securityContext.allowPrivilegeEscalation=false` }
        : undefined;
    },
  },
  {
    id: 'capabilities_restricted',
    level: 'restricted',
    since: 22,
    overrides: 'capabilities_baseline',
    run(spec, _meta, minor) {
      if (windowsExempt(spec, minor)) return undefined;
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
    since: 23,
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
    since: 19,
    overrides: 'seccompProfile_baseline',
    run(spec, _meta, minor) {
      if (windowsExempt(spec, minor)) return undefined;
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

/** The checks a level runs at a policy version, baseline ones first, each group in ID order; restricted overrides replace their baseline check. */
function checksFor(level: Level, minor: number): Check[] {
  if (level === 'privileged') return [];
  const byId = (a: Check, b: Check) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const exists = (c: Check) => (c.since ?? 0) <= minor;
  const baseline = CHECKS.filter((c) => c.level === 'baseline' && exists(c)).sort(byId);
  if (level === 'baseline') return baseline;
  const restricted = CHECKS.filter((c) => c.level === 'restricted' && exists(c)).sort(byId);
  const overridden = new Set(restricted.map((c) => c.overrides).filter(Boolean));
  return [...baseline.filter((c) => !overridden.has(c.id)), ...restricted];
}

/** `latest`, or a v1.x label: the minor version the checks evaluate (later than the newest known means the newest). */
function policyMinor(version: string): number {
  const m = /^v1\.(\d+)$/.exec(version);
  return m ? Math.min(Number(m[1]), LATEST_MINOR) : LATEST_MINOR;
}

/** Every violation of `level` at `version` by the pod spec, in the order the messages list them. */
export function evaluate(level: Level, spec: Json, meta: Json = {}, version = 'latest'): Violation[] {
  const minor = policyMinor(version);
  const out: Violation[] = [];
  for (const c of checksFor(level, minor)) {
    const v = c.run(spec, meta, minor);
    if (v) out.push(v);
  }
  return out;
}
