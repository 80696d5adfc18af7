/** The key facts a node card shows (pod IP, ready x/y, service ports ...), as label/value pairs. */
import type { KObject } from '../sim/types';
import { isPodReady } from '../sim/pod';
import { rolloutFacts } from './rollout';
import { networkPolicyFacts, podSecurityMarks, podSecurityText, rulesText, subjectsText } from './security';
import { endpointCounts, type StatusContext } from './status';
import { ETCD_MEMBER_KIND, etcdMemberFacts } from './etcd';
import { affinityNodes } from './refs';

export interface Fact {
  /** Short English label (kubectl's own words, so it is not translated). */
  label: string;
  value: string;
}

function ports(svc: KObject): string {
  return (svc.spec?.ports ?? [])
    .map((p: any) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}${p.targetPort !== undefined && p.targetPort !== p.port ? `→${p.targetPort}` : ''}/${p.protocol ?? 'TCP'}`)
    .join(', ');
}

function podFacts(pod: KObject, ctx: StatusContext): Fact[] {
  const statuses: any[] = pod.status?.containerStatuses ?? [];
  const total = (pod.spec?.containers ?? []).length;
  const ready = statuses.filter((c) => c.ready).length;
  const restarts = statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0);
  const out: Fact[] = [
    { label: 'ready', value: `${ready}/${total}` },
    { label: 'IP', value: pod.status?.podIP ?? '<none>' },
  ];
  const marks = podSecurityMarks(pod);
  if (marks.length) out.push({ label: 'security', value: marks.join(' ') });
  const psa = podSecurityText(ctx.namespaceLabels(pod.metadata.namespace ?? 'default'));
  if (psa) out.push({ label: 'PSA', value: psa });
  if (restarts) out.push({ label: 'restarts', value: String(restarts) });
  if (!pod.spec?.nodeName) out.push({ label: 'node', value: '<none>' });
  const images = (pod.spec?.containers ?? []).map((c: any) => c.image).join(', ');
  if (images) out.push({ label: 'image', value: images });
  if (!isPodReady(pod) && pod.status?.phase === 'Running') {
    const cond = (pod.status?.conditions ?? []).find((c: any) => c.type === 'ContainersReady' && c.status !== 'True');
    if (cond?.reason) out.push({ label: 'why', value: cond.reason });
  }
  return out;
}

const MODE_SHORT: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };

/** Access modes as kubectl's ACCESS MODES column abbreviates them. */
function accessModes(modes: unknown): string {
  return Array.isArray(modes) && modes.length ? modes.map((m) => MODE_SHORT[m] ?? String(m)).join(',') : '<none>';
}

/** A class of "" is set on purpose (no dynamic provisioning), unlike an absent one (the default class). */
function storageClass(name: unknown): string {
  if (name === '') return '""';
  return typeof name === 'string' ? name : '<none>';
}

/** Where a PV's data lives: its source (hostPath, local, nfs) and the node its affinity pins it to. */
function pvSource(spec: any): Fact[] {
  const nodes = affinityNodes(spec);
  const on = nodes.length ? ` on ${nodes.join(',')}` : '';
  if (spec?.nfs) return [{ label: 'source', value: `nfs ${spec.nfs.server ?? ''}:${spec.nfs.path ?? ''}` }];
  if (spec?.hostPath) return [{ label: 'source', value: `hostPath ${spec.hostPath.path ?? ''}${on}` }];
  if (spec?.local) return [{ label: 'source', value: `local ${spec.local.path ?? ''}${on}` }];
  return nodes.length ? [{ label: 'node', value: nodes.join(',') }] : [];
}

/** Where an inline volume's data lives: with the pod (emptyDir), on the pod's node (hostPath), on a server outside the cluster (nfs). */
function volumeFacts(o: KObject): Fact[] {
  const v = o.spec ?? {};
  switch (o.volumeType) {
    case 'hostPath':
      return [
        { label: 'path', value: v.hostPath?.path ?? '' },
        { label: 'node', value: o.node || '<none>' },
      ];
    case 'nfs':
      return [
        { label: 'server', value: v.nfs?.server ?? '' },
        { label: 'path', value: v.nfs?.path ?? '' },
      ];
    default:
      return [
        { label: 'medium', value: v.emptyDir?.medium || 'node disk' },
        ...(v.emptyDir?.sizeLimit ? [{ label: 'sizeLimit', value: String(v.emptyDir.sizeLimit) }] : []),
      ];
  }
}

/** Facts for one object; the status context gives services their endpoint counts. */
export function factsOf(o: KObject, ctx: StatusContext): Fact[] {
  if (o.missing) return [{ label: 'used by', value: o.missing.usedBy.join(', ') }];
  const s = o.spec ?? {};
  const st = o.status ?? {};
  switch (o.kind) {
    case 'Pod':
      return podFacts(o, ctx);
    case 'Service': {
      const type = s.type ?? 'ClusterIP';
      const out: Fact[] = [{ label: 'type', value: type }];
      if (type === 'ExternalName') out.push({ label: 'externalName', value: s.externalName ?? '' });
      else out.push({ label: 'clusterIP', value: s.clusterIP ?? '<pending>' });
      if ((s.ports ?? []).length) out.push({ label: 'ports', value: ports(o) });
      if (type === 'LoadBalancer') {
        const ing = (st.loadBalancer?.ingress ?? []).map((i: any) => i.ip ?? i.hostname).join(',');
        out.push({ label: 'external', value: ing || '<pending>' });
      }
      if (type !== 'ExternalName') {
        const sel = Object.entries(s.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
        out.push({ label: 'selector', value: sel || '<none>' });
        const { ready, notReady } = endpointCounts(ctx.endpointsFor(o));
        out.push({ label: 'endpoints', value: `${ready} ready${notReady ? `, ${notReady} not ready` : ''}` });
      }
      return out;
    }
    case 'Endpoints': {
      const { ready, notReady } = endpointCounts(o);
      const ips = (o.subsets ?? []).flatMap((x: any) => (x.addresses ?? []).map((a: any) => a.ip));
      const out: Fact[] = [
        { label: 'ready', value: String(ready) },
        { label: 'not ready', value: String(notReady) },
      ];
      const port = (o.subsets ?? [])[0]?.ports?.[0]?.port;
      if (ips.length) out.push({ label: 'addresses', value: ips.slice(0, 3).join(', ') + (ips.length > 3 ? ` +${ips.length - 3}` : '') + (port ? ` :${port}` : '') });
      return out;
    }
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet': {
      const out: Fact[] = [{ label: 'ready', value: `${st.readyReplicas ?? 0}/${s.replicas ?? 1}` }];
      const rev = o.metadata.annotations?.['deployment.kubernetes.io/revision'];
      if (rev) out.push({ label: 'revision', value: rev });
      if (o.kind === 'Deployment' && st.updatedReplicas !== undefined) out.push({ label: 'up-to-date', value: String(st.updatedReplicas) });
      if (o.kind === 'Deployment') out.push(...rolloutFacts(o));
      const images = (s.template?.spec?.containers ?? []).map((c: any) => c.image).join(', ');
      if (images) out.push({ label: 'image', value: images });
      return out;
    }
    case 'DaemonSet':
      return [{ label: 'ready', value: `${st.numberReady ?? 0}/${st.desiredNumberScheduled ?? 0}` }];
    case 'PersistentVolumeClaim':
      return [
        { label: 'capacity', value: st.capacity?.storage ?? s.resources?.requests?.storage ?? '' },
        { label: 'modes', value: accessModes(st.accessModes ?? s.accessModes) },
        { label: 'volume', value: s.volumeName || '<none>' },
        { label: 'class', value: storageClass(s.storageClassName) },
      ];
    case 'PersistentVolume':
      return [
        { label: 'capacity', value: s.capacity?.storage ?? '' },
        { label: 'modes', value: accessModes(s.accessModes) },
        { label: 'reclaim', value: s.persistentVolumeReclaimPolicy ?? 'Retain' },
        { label: 'claim', value: s.claimRef ? `${s.claimRef.namespace}/${s.claimRef.name}` : '<none>' },
        ...pvSource(s),
        ...(s.storageClassName ? [{ label: 'class', value: s.storageClassName }] : []),
      ];
    case 'StorageClass':
      return [{ label: 'provisioner', value: o.provisioner ?? '' }];
    case 'ConfigMap':
    case 'Secret': {
      const keys = [...Object.keys(o.data ?? {}), ...Object.keys(o.binaryData ?? o.stringData ?? {})];
      const out: Fact[] = [{ label: 'keys', value: keys.join(', ') || '<none>' }];
      if (o.kind === 'Secret') out.unshift({ label: 'type', value: o.type ?? 'Opaque' });
      return out;
    }
    case 'Ingress': {
      const hosts = (s.rules ?? []).map((r: any) => r.host ?? '*');
      const out: Fact[] = [{ label: 'hosts', value: hosts.join(', ') || '*' }];
      if (s.ingressClassName) out.push({ label: 'class', value: s.ingressClassName });
      const addr = (st.loadBalancer?.ingress ?? []).map((i: any) => i.ip ?? i.hostname).join(',');
      if (addr) out.push({ label: 'address', value: addr });
      if ((s.tls ?? []).length) out.push({ label: 'tls', value: s.tls.map((t: any) => t.secretName).join(', ') });
      return out;
    }
    case 'NetworkPolicy':
      return networkPolicyFacts(o);
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const out: Fact[] = [{ label: 'role', value: `${o.roleRef?.kind}/${o.roleRef?.name}` }];
      const who = subjectsText(o);
      if (who) out.push({ label: 'subjects', value: who });
      return out;
    }
    case 'Role':
    case 'ClusterRole':
      return [{ label: 'rules', value: rulesText(o) || '<none>' }];
    case 'User':
    case 'Group':
      return [{ label: 'bound by', value: (o.boundBy ?? []).join(', ') }];
    case 'Volume':
      return volumeFacts(o);
    case ETCD_MEMBER_KIND:
      return etcdMemberFacts(o);
    case 'Node': {
      const ip = (st.addresses ?? []).find((a: any) => a.type === 'InternalIP')?.address;
      return ip ? [{ label: 'IP', value: ip }] : [];
    }
    default:
      return [];
  }
}
