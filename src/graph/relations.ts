/** How cluster objects relate, declared as data: each relation has an id, the kinds it links and a match. */
import { matchesMap, matchesSelector } from '../sim/labels';
import type { KObject } from '../sim/types';
import { KINDS, NODE_KIND, objectId, type Concern } from './kinds';
import { affinityNodes, podRefs, podSpec } from './refs';
import { ETCD_RELATIONS } from './etcd';
import { ROLLOUT_RELATIONS } from './rollout';
import { rulesText, SECURITY_RELATIONS, selectsLabel, type RelationContext } from './security';
import { grantedVerbs, grantKeys, grantTargetKeys, roleScope, subjectId } from './subjects';

/** What a match says about an edge: `ready`/`not-ready` for endpoint addresses, a short label. */
interface EdgeInfo {
  state?: 'ready' | 'not-ready';
  label?: string;
}

export interface Relation {
  /** kebab-case id, written on edges as `data-relation`. */
  id: string;
  concern: Concern;
  /** Source and target kinds; `*` means any kind. */
  from: string[] | '*';
  to: string[] | '*';
  /** The edge exists when this returns true or an EdgeInfo; `ctx` knows namespace labels. */
  match(src: KObject, dst: KObject, ctx?: RelationContext): boolean | EdgeInfo;
  /**
   * Lookup keys, so the model never compares every pair: a target is a candidate for a source
   * when `to(dst)` shares a key with `from(src)`. Without keys, every pair in a namespace is tried.
   */
  keys?: { from(src: KObject, ctx?: RelationContext): string[]; to(dst: KObject): string[] };
  /** Candidates may live in another namespace (uids, cluster-scoped targets). */
  crossNamespace?: boolean;
  /** Drawn only when asked for (it repeats what other relations already show). */
  hiddenByDefault?: boolean;
  /** The layout leaves room between the layers for the label written on the edge (verb lists are wider than the usual gap). */
  labelRoom?: boolean;
  /**
   * Beyond `max` targets of one source the edges give way to a fact on the source's card (`label`:
   * `N objects`): a role granting on everything would otherwise tie itself to every card.
   */
  fanOut?: { max: number; label: string };
  /**
   * How strongly the layout keeps these edges pointing right when edges form a cycle (a role
   * granting on its own binding or subject): cycle breaking turns the others around first.
   */
  layoutPriority?: number;
}

const name = (o: KObject): string => o.metadata.name ?? '';
const nameKey = (o: KObject): string[] => [name(o)];

/** Pod volumes drawn as their own nodes: emptyDir lives and dies with the pod, hostPath data with its node, an NFS share outside the cluster. */
export const INLINE_VOLUME_TYPES = ['emptyDir', 'hostPath', 'nfs'] as const;

const endpointPodsCache = new WeakMap<KObject, { ready: Set<string>; notReady: Set<string> }>();

/** The targetRef names of an Endpoints object, split by readiness (cached: stored objects never change in place). */
function endpointPods(ep: KObject): { ready: Set<string>; notReady: Set<string> } {
  const hit = endpointPodsCache.get(ep);
  if (hit) return hit;
  const ready = new Set<string>();
  const notReady = new Set<string>();
  for (const s of ep.subsets ?? []) {
    for (const a of s.addresses ?? []) if (a.targetRef?.kind === 'Pod') ready.add(a.targetRef.name);
    for (const a of s.notReadyAddresses ?? []) if (a.targetRef?.kind === 'Pod') notReady.add(a.targetRef.name);
  }
  const out = { ready, notReady };
  endpointPodsCache.set(ep, out);
  return out;
}

function ingressBackends(ing: KObject): Map<string, string> {
  const out = new Map<string, string>();
  const add = (svc: string | undefined, where: string) => {
    if (svc && !out.has(svc)) out.set(svc, where);
  };
  add(ing.spec?.defaultBackend?.service?.name, 'default');
  for (const r of ing.spec?.rules ?? []) {
    for (const p of r.http?.paths ?? []) add(p.backend?.service?.name, `${r.host ?? '*'}${p.path ?? '/'}`);
  }
  return out;
}

function labelPairs(o: KObject): string[] {
  return Object.entries(o.metadata.labels ?? {}).map(([k, v]) => `${k}=${v}`);
}

/** Kinds whose cards stand for API objects a role can grant access to (not nodes, volumes or subjects). */
const GRANTABLE_KINDS = Object.keys(KINDS).filter((k) => !['Volume', 'Client', 'User', 'Group'].includes(k));

const NO_SCOPE: ReadonlySet<string> = new Set();

const roleScopeIn = (role: KObject, ctx?: RelationContext): ReadonlySet<string> => (ctx?.roleScopes ? roleScope(role, ctx.roleScopes) : NO_SCOPE);

/** Every relation the canvas draws, in drawing order. */
export const RELATIONS: Relation[] = [
  {
    id: 'owner',
    concern: 'workloads',
    from: '*',
    to: '*',
    crossNamespace: true,
    keys: {
      from: (o) => (o.metadata.uid ? [o.metadata.uid] : []),
      to: (o) => (o.metadata.ownerReferences ?? []).map((r) => r.uid),
    },
    match: (owner, child) => (child.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid),
  },
  {
    id: 'service-endpoints',
    concern: 'network',
    from: ['Service'],
    to: ['Endpoints'],
    keys: { from: nameKey, to: nameKey },
    match: (svc, ep) => name(svc) === name(ep),
  },
  {
    id: 'endpoints-pod',
    concern: 'network',
    from: ['Endpoints'],
    to: ['Pod'],
    keys: {
      from: (ep) => {
        const { ready, notReady } = endpointPods(ep);
        return [...ready, ...notReady];
      },
      to: nameKey,
    },
    match: (ep, pod) => {
      const { ready, notReady } = endpointPods(ep);
      if (ready.has(name(pod))) return { state: 'ready' };
      if (notReady.has(name(pod))) return { state: 'not-ready' };
      return false;
    },
  },
  {
    id: 'service-pod',
    concern: 'network',
    from: ['Service'],
    to: ['Pod'],
    hiddenByDefault: true,
    keys: {
      from: (svc) => {
        const sel = Object.entries(svc.spec?.selector ?? {}).sort();
        return sel.length ? [`${sel[0][0]}=${sel[0][1]}`] : [];
      },
      to: labelPairs,
    },
    match: (svc, pod) => Object.keys(svc.spec?.selector ?? {}).length > 0 && matchesMap(svc.spec.selector, pod.metadata.labels),
  },
  {
    id: 'ingress-service',
    concern: 'network',
    from: ['Ingress'],
    to: ['Service'],
    keys: { from: (ing) => [...ingressBackends(ing).keys()], to: nameKey },
    match: (ing, svc) => {
      const where = ingressBackends(ing).get(name(svc));
      return where ? { label: where } : false;
    },
  },
  {
    id: 'ingress-secret',
    concern: 'security',
    from: ['Ingress'],
    to: ['Secret'],
    keys: { from: (ing) => (ing.spec?.tls ?? []).map((t: any) => t.secretName).filter(Boolean), to: nameKey },
    match: (ing, sec) => (ing.spec?.tls ?? []).some((t: any) => t.secretName === name(sec)) && { label: 'tls' },
  },
  {
    id: 'pod-volume',
    concern: 'storage',
    from: ['Pod'],
    to: ['Volume'],
    keys: { from: (pod) => (podSpec(pod).volumes ?? []).map((v: any) => `${name(pod)}:${v.name}`), to: nameKey },
    match: (pod, vol) => vol.pod === name(pod),
  },
  {
    id: 'volume-pvc',
    concern: 'storage',
    from: ['Pod'],
    to: ['PersistentVolumeClaim'],
    keys: {
      from: (pod) => (podSpec(pod).volumes ?? []).map((v: any) => v.persistentVolumeClaim?.claimName).filter(Boolean),
      to: nameKey,
    },
    match: (pod, pvc) => {
      const v = (podSpec(pod).volumes ?? []).find((x: any) => x.persistentVolumeClaim?.claimName === name(pvc));
      return v ? { label: v.name } : false;
    },
  },
  {
    id: 'pvc-pv',
    concern: 'storage',
    from: ['PersistentVolumeClaim'],
    to: ['PersistentVolume'],
    crossNamespace: true,
    keys: {
      from: (pvc) => [pvc.spec?.volumeName, `claim:${pvc.metadata.namespace}/${name(pvc)}`].filter(Boolean),
      to: (pv) => [name(pv), pv.spec?.claimRef ? `claim:${pv.spec.claimRef.namespace}/${pv.spec.claimRef.name}` : ''].filter(Boolean),
    },
    match: (pvc, pv) =>
      pvc.spec?.volumeName === name(pv) ||
      (pv.spec?.claimRef?.name === name(pvc) && pv.spec?.claimRef?.namespace === pvc.metadata.namespace),
  },
  {
    id: 'pv-storageclass',
    concern: 'storage',
    from: ['PersistentVolume'],
    to: ['StorageClass'],
    crossNamespace: true,
    keys: { from: (pv) => (pv.spec?.storageClassName ? [pv.spec.storageClassName] : []), to: nameKey },
    match: (pv, sc) => pv.spec?.storageClassName === name(sc),
  },
  {
    // a volume whose node affinity pins it (local, or hostPath from local-path) keeps its data on that node
    id: 'node-pv',
    concern: 'storage',
    from: [NODE_KIND],
    to: ['PersistentVolume'],
    crossNamespace: true,
    keys: { from: nameKey, to: (pv) => affinityNodes(pv.spec) },
    match: (node, pv) => affinityNodes(pv.spec).includes(name(node)) && { label: pv.spec?.local ? 'local' : pv.spec?.hostPath ? 'hostPath' : 'affinity' },
  },
  {
    id: 'pvc-storageclass',
    concern: 'storage',
    from: ['PersistentVolumeClaim'],
    to: ['StorageClass'],
    crossNamespace: true,
    // Only while unbound: once bound, the path goes through the PV.
    keys: { from: (pvc) => (pvc.spec?.storageClassName && !pvc.spec?.volumeName ? [pvc.spec.storageClassName] : []), to: nameKey },
    match: (pvc, sc) => !pvc.spec?.volumeName && pvc.spec?.storageClassName === name(sc),
  },
  {
    id: 'pod-configmap',
    concern: 'config',
    from: ['Pod'],
    to: ['ConfigMap'],
    keys: { from: (pod) => [...podRefs(pod, 'configMap').keys()], to: nameKey },
    match: (pod, cm) => {
      const how = podRefs(pod, 'configMap').get(name(cm));
      return how ? { label: how } : false;
    },
  },
  {
    id: 'pod-secret',
    concern: 'config',
    from: ['Pod'],
    to: ['Secret'],
    keys: { from: (pod) => [...podRefs(pod, 'secret').keys()], to: nameKey },
    match: (pod, sec) => {
      const how = podRefs(pod, 'secret').get(name(sec));
      return how ? { label: how } : false;
    },
  },
  {
    id: 'pod-serviceaccount',
    concern: 'security',
    from: ['Pod'],
    to: ['ServiceAccount'],
    keys: { from: (pod) => [podSpec(pod).serviceAccountName ?? 'default'], to: nameKey },
    match: (pod, sa) => (podSpec(pod).serviceAccountName ?? 'default') === name(sa),
  },
  {
    id: 'networkpolicy-selects',
    concern: 'security',
    from: ['NetworkPolicy'],
    to: ['Pod'],
    match: (np, pod) => matchesSelector(np.spec?.podSelector ?? {}, pod.metadata.labels) && { label: selectsLabel(np) },
  },
  ...SECURITY_RELATIONS,
  {
    id: 'rolebinding-role',
    concern: 'security',
    from: ['RoleBinding', 'ClusterRoleBinding'],
    to: ['Role', 'ClusterRole'],
    crossNamespace: true,
    keys: { from: (rb) => [`${rb.roleRef?.kind}/${rb.roleRef?.name}`], to: (r) => [`${r.kind}/${name(r)}`] },
    // A RoleBinding's Role lives in its own namespace; a ClusterRole is cluster-wide. The label is what it grants.
    match: (rb, role) =>
      rb.roleRef?.kind === role.kind &&
      rb.roleRef?.name === name(role) &&
      (role.kind === 'ClusterRole' || role.metadata.namespace === rb.metadata.namespace) && { label: rulesText(role) },
    layoutPriority: 10,
  },
  {
    // drawn from the subject to the binding, so the canvas reads who → binding → role → what it grants
    id: 'subject-binding',
    concern: 'security',
    from: ['ServiceAccount', 'User', 'Group'],
    to: ['RoleBinding', 'ClusterRoleBinding'],
    crossNamespace: true,
    keys: {
      from: (o) => [objectId(o.kind, o.metadata.namespace, name(o))],
      to: (rb) => (rb.subjects ?? []).map((s: any) => subjectId(s, rb)),
    },
    match: (o, rb) => (rb.subjects ?? []).some((s: any) => subjectId(s, rb) === objectId(o.kind, o.metadata.namespace, name(o))),
    layoutPriority: 10,
  },
  {
    // what a role lets its subjects do: the objects its rules cover where it is bound, labelled with the verbs
    id: 'role-grants',
    concern: 'security',
    from: ['Role', 'ClusterRole'],
    to: GRANTABLE_KINDS,
    crossNamespace: true,
    keys: { from: (role, ctx) => grantKeys(role, roleScopeIn(role, ctx)), to: grantTargetKeys },
    match: (role, o, ctx) => {
      const verbs = grantedVerbs(role, o, roleScopeIn(role, ctx));
      return verbs ? { label: verbs } : false;
    },
    labelRoom: true,
    fanOut: { max: 8, label: 'grants on' },
  },
  ...ROLLOUT_RELATIONS,
  ...ETCD_RELATIONS,
];

/** Look a relation up by id. */
export function relation(id: string): Relation | undefined {
  return RELATIONS.find((r) => r.id === id);
}
