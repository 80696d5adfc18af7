/** describe for pods and pod templates (kubectl describe.go describePod, describeContainers, describeVolumes). */
import { podQOS } from '../../sim/pod';
import { parseQuantity } from '../../sim/quantity';
import type { KObject } from '../../sim/types';
import { formatLabelSelector } from '../printers/columns/util';
import { joinHostPort } from '../printers/columns/network';
import { controllerOf, describeEvents, goSlice, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter, printAnnotations, printLabels, printTolerations, rfc1123z, sortedKeys } from './writer';

/** Standard resource names sort first in this order, then the rest by name (SortableResourceNames is plain string order). */
function resourceNames(list: Record<string, unknown> | undefined): string[] {
  return sortedKeys(list);
}

function describeResources(resources: any, w: PrefixWriter, level: number): void {
  if (!resources) return;
  const limits = resources.limits ?? {};
  const requests = resources.requests ?? {};
  if (Object.keys(limits).length) w.write(level, 'Limits:\n');
  for (const n of resourceNames(limits)) w.write(level + 1, `${n}:\t${limits[n]}\n`);
  if (Object.keys(requests).length) w.write(level, 'Requests:\n');
  for (const n of resourceNames(requests)) w.write(level + 1, `${n}:\t${requests[n]}\n`);
}

function intOrString(v: any): string {
  return v === undefined || v === null ? '' : String(v);
}

/** DescribeProbe (kubectl v1.34 still prints `#success=` / `#failure=`). */
function describeProbe(p: any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec ${goSlice(p.exec.command)} ${attrs}`;
  if (p.httpGet) {
    const scheme = String(p.httpGet.scheme ?? '').toLowerCase();
    const port = intOrString(p.httpGet.port);
    const host = port.length ? joinHostPort(p.httpGet.host ?? '', port) : (p.httpGet.host ?? '');
    const path = p.httpGet.path ?? '';
    const url = `${scheme ? scheme + ':' : ''}${host || scheme ? '//' + host : ''}${path && !path.startsWith('/') && host ? '/' + path : path}`;
    return `http-get ${url} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${intOrString(p.tcpSocket.port)} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function ports(cPorts: any[] | undefined, host: boolean): string {
  return (cPorts ?? [])
    .map((p) => {
      let s = `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`;
      if (p.name) s = `${s} (${p.name})`;
      return s;
    })
    .join(', ');
}

function describeStatus(name: string, state: any, w: PrefixWriter): void {
  if (state?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
  }
}

/** fieldRef values the describer resolves from the pod itself. */
function fieldValue(pod: KObject | undefined, path: string): string {
  if (!pod) return '';
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return (pod.metadata as any)[m[1]]?.[m[2]] ?? '';
  const simple: Record<string, () => unknown> = {
    'metadata.name': () => pod.metadata.name,
    'metadata.namespace': () => pod.metadata.namespace,
    'metadata.uid': () => pod.metadata.uid,
    'spec.nodeName': () => pod.spec?.nodeName,
    'spec.serviceAccountName': () => pod.spec?.serviceAccountName,
    'status.hostIP': () => pod.status?.hostIP,
    'status.podIP': () => pod.status?.podIP,
  };
  return String(simple[path]?.() ?? '');
}

function describeContainers(label: string, containers: any[], statuses: any[] | undefined, pod: KObject | undefined, w: PrefixWriter, space: string): void {
  const byName = new Map<string, any>((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const c of containers) {
    const status = byName.get(c.name);
    const ok = !!status && !!statuses;
    w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
    if (ok) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
    if (ok) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ''}\n`);
    const ps = ports(c.ports, false);
    if (ps.includes(',')) w.write(LEVEL_2, `Ports:\t${ps}\n`);
    else w.write(LEVEL_2, `Port:\t${ps || '<none>'}\n`);
    const hps = ports(c.ports, true);
    if (hps.includes(',')) w.write(LEVEL_2, `Host Ports:\t${hps}\n`);
    else w.write(LEVEL_2, `Host Port:\t${hps || '<none>'}\n`);
    if (c.securityContext?.seccompProfile) {
      w.write(LEVEL_2, `SeccompProfile:\t${c.securityContext.seccompProfile.type}\n`);
      if (c.securityContext.seccompProfile.type === 'Localhost') w.write(LEVEL_3, `LocalhostProfile:\t${c.securityContext.seccompProfile.localhostProfile}\n`);
    }
    if ((c.command ?? []).length) {
      w.write(LEVEL_2, 'Command:\n');
      for (const x of c.command) for (const s of String(x).split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if ((c.args ?? []).length) {
      w.write(LEVEL_2, 'Args:\n');
      for (const x of c.args) for (const s of String(x).split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if (ok) {
      describeStatus('State', status.state, w);
      if (status.lastState?.terminated) describeStatus('Last State', status.lastState, w);
      w.write(LEVEL_2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    describeResources(c.resources ?? {}, w, LEVEL_2);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    if ((c.envFrom ?? []).length) {
      w.write(LEVEL_2, 'Environment Variables from:\n');
      for (const e of c.envFrom) {
        const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
        const ref = e.configMapRef ?? e.secretRef ?? {};
        const optional = !!ref.optional;
        if (!e.prefix) w.write(LEVEL_3, `${ref.name ?? ''}\t${from}\tOptional: ${optional}\n`);
        else w.write(LEVEL_3, `${ref.name ?? ''}\t${from} with prefix '${e.prefix}'\tOptional: ${optional}\n`);
      }
    }
    const env: any[] = c.env ?? [];
    w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
    for (const e of env) {
      if (!e.valueFrom) {
        String(e.value ?? '')
          .split('\n')
          .forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
        continue;
      }
      const vf = e.valueFrom;
      if (vf.fieldRef) w.write(LEVEL_3, `${e.name}:\t${pod ? fieldValue(pod, vf.fieldRef.fieldPath) : ''} (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})\n`);
      else if (vf.resourceFieldRef) w.write(LEVEL_3, `${e.name}:\t${resourceFieldValue(c, vf.resourceFieldRef)} (${vf.resourceFieldRef.resource})\n`);
      else if (vf.secretKeyRef)
        w.write(LEVEL_3, `${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${!!vf.secretKeyRef.optional}\n`);
      else if (vf.configMapKeyRef)
        w.write(LEVEL_3, `${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${!!vf.configMapKeyRef.optional}\n`);
    }
    const mounts: any[] = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
    w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw'];
      if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
      w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}

/** kubectl's ExtractContainerResourceValue: the container's own value in units of the divisor (default 1), rounded up; a missing limit is the node's allocatable. */
function resourceFieldValue(c: any, ref: any): string {
  const [kind, res] = String(ref.resource).split('.');
  const raw = c.resources?.[kind]?.[res];
  const divisor = ref.divisor === undefined || ref.divisor === '' ? 1 : parseQuantity(String(ref.divisor));
  const n = raw === undefined ? 0 : Math.ceil(parseQuantity(String(raw)) / (divisor || 1));
  if (n === 0 && (ref.resource === 'limits.cpu' || ref.resource === 'limits.memory')) return 'node allocatable';
  return String(n);
}

function describeVolumes(volumes: any[] | undefined, w: PrefixWriter, space: string): void {
  const vols = volumes ?? [];
  if (vols.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of vols) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.hostPath) {
      w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
    } else if (v.emptyDir) {
      const size = v.emptyDir.sizeLimit ? String(v.emptyDir.sizeLimit) : '<unset>';
      w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${size}\n`);
    } else if (v.secret) {
      w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${!!v.secret.optional}\n`);
    } else if (v.configMap) {
      w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${!!v.configMap.optional}\n`);
    } else if (v.nfs) {
      w.write(LEVEL_2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${!!v.nfs.readOnly}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(
        LEVEL_2,
        `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${!!v.persistentVolumeClaim.readOnly}\n`,
      );
    } else if (v.downwardAPI) {
      w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
      for (const it of v.downwardAPI.items ?? []) {
        if (it.fieldRef) w.write(LEVEL_3, `${it.fieldRef.fieldPath} -> ${it.path}\n`);
        if (it.resourceFieldRef) w.write(LEVEL_3, `${it.resourceFieldRef.resource} -> ${it.path}\n`);
      }
    } else if (v.projected) {
      w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const s of v.projected.sources ?? []) {
        if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name}\n    Optional:\t${!!s.secret.optional}\n`);
        else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
        else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name}\n    Optional:\t${!!s.configMap.optional}\n`);
        else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3607}\n`);
      }
    } else if (v.gitRepo) {
      w.write(LEVEL_2, `Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t${v.gitRepo.repository}\n    Revision:\t${v.gitRepo.revision ?? ''}\n`);
    } else {
      w.write(LEVEL_1, '<unknown>\n');
    }
  }
}

function describeTopologySpread(tscs: any[] | undefined, w: PrefixWriter, space: string): void {
  const list = [...(tscs ?? [])].sort((a, b) => (a.topologyKey < b.topologyKey ? -1 : a.topologyKey > b.topologyKey ? 1 : 0));
  if (!list.length) return;
  w.write(LEVEL_0, `${space}Topology Spread Constraints:\t`);
  list.forEach((t, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, space);
      w.write(LEVEL_0, '\t');
    }
    let s = `${t.topologyKey}:${t.whenUnsatisfiable} when max skew ${t.maxSkew} is exceeded`;
    if (t.labelSelector) s += ` for selector ${formatLabelSelector(t.labelSelector)}`;
    w.write(LEVEL_0, s + '\n');
  });
}

export function describePod(pod: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const s = pod.spec ?? {};
  const st = pod.status ?? {};
  w.write(LEVEL_0, `Name:\t${pod.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (s.priority !== undefined && s.priority !== null) w.write(LEVEL_0, `Priority:\t${s.priority}\n`);
  if (s.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${s.priorityClassName}\n`);
  if (s.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${s.runtimeClassName}\n`);
  if (s.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${s.serviceAccountName}\n`);
  w.write(LEVEL_0, s.nodeName ? `Node:\t${s.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (st.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  printLabels(w, 'Labels', pod.metadata.labels);
  printAnnotations(w, 'Annotations', pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${w.since(pod.metadata.deletionTimestamp)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${st.phase ?? ''}\n`);
  }
  if (st.reason) w.write(LEVEL_0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(LEVEL_0, `Message:\t${st.message}\n`);
  if (s.securityContext?.seccompProfile) {
    w.write(LEVEL_0, `SeccompProfile:\t${s.securityContext.seccompProfile.type}\n`);
    if (s.securityContext.seccompProfile.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${s.securityContext.seccompProfile.localhostProfile}\n`);
  }
  w.write(LEVEL_0, `IP:\t${st.podIP ?? ''}\n`);
  const ips: any[] = st.podIPs ?? [];
  if (ips.length === 0) w.write(LEVEL_0, 'IPs:\t<none>\n');
  else {
    w.write(LEVEL_0, 'IPs:\n');
    for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
  }
  const ctl = controllerOf(pod);
  if (ctl) w.write(LEVEL_0, `Controlled By:\t${ctl}\n`);
  if (st.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
  if (s.resources) {
    w.write(LEVEL_0, 'Resources:\n');
    describeResources(s.resources, w, LEVEL_1);
  }
  if ((s.initContainers ?? []).length) describeContainers('Init Containers', s.initContainers, st.initContainerStatuses ?? [], pod, w, '');
  describeContainers('Containers', s.containers ?? [], st.containerStatuses ?? [], pod, w, '');
  if ((s.readinessGates ?? []).length) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of s.readinessGates) {
      const c = (st.conditions ?? []).find((x: any) => x.type === g.conditionType);
      w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
    }
  }
  if ((st.conditions ?? []).length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of st.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(s.volumes, w, '');
  w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
  printLabels(w, 'Node-Selectors', s.nodeSelector);
  printTolerations(w, 'Tolerations', s.tolerations);
  describeTopologySpread(s.topologySpreadConstraints, w, '');
  describeEvents(events, w);
  return w.toString();
}

/** DescribePodTemplate, used by deployment, replicaset, statefulset, daemonset, job describers. */
export function describePodTemplate(template: any, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  printLabels(w, '  Labels', template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length) printAnnotations(w, '  Annotations', template.metadata.annotations);
  const s = template.spec ?? {};
  if (s.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${s.serviceAccountName}\n`);
  if ((s.initContainers ?? []).length) describeContainers('Init Containers', s.initContainers, undefined, undefined, w, '  ');
  describeContainers('Containers', s.containers ?? [], undefined, undefined, w, '  ');
  describeVolumes(s.volumes, w, '  ');
  describeTopologySpread(s.topologySpreadConstraints, w, '  ');
  if (s.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${s.priorityClassName}\n`);
  printLabels(w, '  Node-Selectors', s.nodeSelector);
  printTolerations(w, '  Tolerations', s.tolerations);
}
