/**
 * DescribePodTemplate (kubectl pkg/describe/describe.go) as `rollout history --revision` and
 * `rollout undo --dry-run` print it: a PrefixWriter without a tabwriter, so tabs stay literal.
 */
import type { KObject } from '../../../sim/types';

type Obj = Record<string, any>;

class PrefixWriter {
  out = '';
  write(level: number, text: string): void {
    this.out += '  '.repeat(level) + text;
  }
}

function multiline(w: PrefixWriter, title: string, map: Record<string, string> | undefined, skip: Set<string> = new Set()): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(map ?? {})
    .filter((k) => !skip.has(k))
    .sort();
  if (!keys.length) {
    w.out += '<none>\n';
    return;
  }
  keys.forEach((k, i) => {
    if (i) w.write(0, '\t');
    w.write(0, `${k}=${map![k]}\n`);
  });
}

function annotations(w: PrefixWriter, title: string, map: Record<string, string>): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(map)
    .filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration')
    .sort();
  if (!keys.length) {
    w.out += '<none>\n';
    return;
  }
  keys.forEach((k, i) => {
    if (i) w.write(0, '\t');
    const v = map[k].replace(/\n$/, '');
    if (v.length + k.length + 2 > 140 || v.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of v.split('\n')) w.write(0, `\t  ${s.length > 138 ? s.slice(0, 138) + '...' : s}\n`);
    } else {
      w.write(0, `${k}: ${v}\n`);
    }
  });
}

const ports = (ps: Obj[] | undefined, host: boolean): string =>
  (ps ?? []).map((p) => `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ');

/** DescribeProbe: `http-get http://:8080/ delay=0s timeout=1s period=10s successThreshold=1 failureThreshold=3`. */
function describeProbe(p: Obj): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s successThreshold=${p.successThreshold ?? 1} failureThreshold=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const g = p.httpGet;
    const port = g.port === undefined ? '' : String(g.port);
    const host = port ? `${(g.host ?? '').includes(':') ? `[${g.host}]` : (g.host ?? '')}:${port}` : (g.host ?? '');
    return `http-get ${String(g.scheme ?? 'HTTP').toLowerCase()}://${host}${g.path ?? '/'} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function resources(w: PrefixWriter, r: Obj | undefined): void {
  for (const [title, m] of [['Limits', r?.limits], ['Requests', r?.requests]] as const) {
    const keys = Object.keys(m ?? {}).sort();
    if (!keys.length) continue;
    w.write(2, `${title}:\n`);
    for (const k of keys) w.write(3, `${k}:\t${m[k]}\n`);
  }
}

function env(w: PrefixWriter, c: Obj): void {
  if ((c.envFrom ?? []).length) {
    w.write(2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const ref = e.configMapRef ?? e.secretRef ?? {};
      const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
      const opt = ref.optional === true;
      w.write(3, e.prefix ? `${ref.name}\t${from} with prefix '${e.prefix}'\tOptional: ${opt}\n` : `${ref.name}\t${from}\tOptional: ${opt}\n`);
    }
  }
  const vars: Obj[] = c.env ?? [];
  w.write(2, `Environment:${vars.length ? '' : '\t<none>'}\n`);
  for (const e of vars) {
    const vf = e.valueFrom;
    if (!vf) {
      String(e.value ?? '')
        .split('\n')
        .forEach((s, i) => w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    } else if (vf.fieldRef) w.write(3, `${e.name}:\t (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})\n`);
    else if (vf.resourceFieldRef) w.write(3, `${e.name}:\t (${vf.resourceFieldRef.resource})\n`);
    else if (vf.secretKeyRef) w.write(3, `${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${vf.secretKeyRef.optional === true}\n`);
    else if (vf.configMapKeyRef) w.write(3, `${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${vf.configMapKeyRef.optional === true}\n`);
  }
}

function containers(w: PrefixWriter, label: string, cs: Obj[]): void {
  w.write(0, `  ${label}:${cs.length ? '' : ' <none>'}\n`);
  for (const c of cs) {
    w.write(1, ` ${c.name}:\n`);
    w.write(2, `Image:\t${c.image ?? ''}\n`);
    const p = ports(c.ports, false);
    w.write(2, p.includes(',') ? `Ports:\t${p}\n` : `Port:\t${p || '<none>'}\n`);
    const hp = ports(c.ports, true);
    w.write(2, hp.includes(',') ? `Host Ports:\t${hp}\n` : `Host Port:\t${hp || '<none>'}\n`);
    for (const [title, list] of [['Command', c.command], ['Args', c.args]] as const) {
      if (!(list ?? []).length) continue;
      w.write(2, `${title}:\n`);
      for (const s of list) for (const line of String(s).split('\n')) w.write(3, `${line}\n`);
    }
    resources(w, c.resources);
    if (c.livenessProbe) w.write(2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    env(w, c);
    const mounts: Obj[] = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
    w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path="${m.subPath}"`] : [])];
      w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}

function volumes(w: PrefixWriter, vs: Obj[]): void {
  if (!vs.length) {
    w.write(0, '  Volumes:\t<none>\n');
    return;
  }
  w.write(0, '  Volumes:\n');
  for (const v of vs) {
    w.write(1, ` ${v.name}:\n`);
    if (v.emptyDir) {
      w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`);
    } else if (v.hostPath) {
      w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
    } else if (v.secret) {
      w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional === true}\n`);
    } else if (v.configMap) {
      w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional === true}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(
        2,
        `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`,
      );
    } else if (v.gitRepo) {
      w.write(2, `Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t${v.gitRepo.repository}\n    Revision:\t${v.gitRepo.revision ?? ''}\n`);
    } else if (v.nfs) {
      w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${v.nfs.readOnly === true}\n`);
    } else {
      w.write(2, `<unknown>\n`);
    }
  }
}

function tolerations(w: PrefixWriter, ts: Obj[]): void {
  w.write(0, '  Tolerations:\t');
  if (!ts.length) {
    w.out += '<none>\n';
    return;
  }
  [...ts]
    .sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0))
    .forEach((t, i) => {
      if (i) w.write(0, '\t');
      let s = t.key ?? '';
      if (t.value) s += `=${t.value}`;
      if (t.effect) s += `:${t.effect}`;
      if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
      if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
      w.write(0, `${s}\n`);
    });
}

/** `Pod Template:` and everything under it. */
export function describePodTemplate(template: KObject['spec']): string {
  const w = new PrefixWriter();
  w.write(0, 'Pod Template:\n');
  if (!template) {
    w.write(1, '<unset>');
    return w.out;
  }
  const meta = template.metadata ?? {};
  const spec = template.spec ?? {};
  multiline(w, '  Labels', meta.labels);
  if (Object.keys(meta.annotations ?? {}).length) annotations(w, '  Annotations', meta.annotations);
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length) containers(w, 'Init Containers', spec.initContainers);
  containers(w, 'Containers', spec.containers ?? []);
  volumes(w, spec.volumes ?? []);
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  multiline(w, '  Node-Selectors', spec.nodeSelector);
  tolerations(w, spec.tolerations ?? []);
  return w.out;
}
