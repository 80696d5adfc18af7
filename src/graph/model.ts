/** Cluster objects → graph nodes (cards, and cluster Nodes as groups) and edges (from RELATIONS). */
import type { KObject } from '../sim/types';
import { factsOf, type Fact } from './facts';
import { KINDS, NODE_KIND, objectId, type Concern } from './kinds';
import { missingObjects } from './missing';
import { INLINE_VOLUME_TYPES, RELATIONS, type Relation } from './relations';
import { podSecurityMarks } from './security';
import { roleScopes, subjectObjects } from './subjects';
import { statusOf, type StatusContext, type Tone } from './status';

export interface GraphNode {
  /** `Kind/namespace/name`. */
  id: string;
  kind: string;
  name: string;
  /** Empty for cluster-scoped objects. */
  namespace: string;
  status: string;
  tone: Tone;
  facts: Fact[];
  concerns: Concern[];
  /** The cluster Node group holding this pod. */
  parent?: string;
  /** True for cluster Nodes (drawn as groups). */
  group?: boolean;
  /** Objects every cluster has (the `kubernetes` Service, `default` ServiceAccount ...), hidden unless asked for. */
  system?: boolean;
  /** Changes whenever what the card shows changes (the diff compares it). */
  rev: string;
  /** Pods only: Ready condition. */
  ready?: boolean;
  /** Pod stacks only: how many pods the card stands for. */
  count?: number;
  /** Badge text instead of the kind's (a volume's type). */
  badge?: string;
  /** Named by a pod but not in the cluster (a synthetic card). */
  missing?: boolean;
  /** Pods only: security settings that show on the card (`hostNetwork`, `privileged`, `root`, `runAsNonRoot` ...). */
  marks?: string[];
}

export interface GraphEdge {
  /** `relation:source->target`. */
  id: string;
  relation: string;
  source: string;
  target: string;
  concern: Concern;
  state?: 'ready' | 'not-ready';
  label?: string;
  hiddenByDefault?: boolean;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const SYSTEM_NAMES: Record<string, string[]> = {
  Service: ['kubernetes'],
  Endpoints: ['kubernetes'],
  ConfigMap: ['kube-root-ca.crt'],
  ServiceAccount: ['default'],
  // kubeadm's kube-proxy Role and RoleBinding in kube-system carry no bootstrap label
  Role: ['kube-proxy'],
  RoleBinding: ['kube-proxy'],
};

const RBAC_KINDS = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];

function isSystem(o: KObject): boolean {
  const n = o.metadata.name ?? '';
  if (SYSTEM_NAMES[o.kind]?.includes(n)) return true;
  if (o.systemOnly) return true;
  // the bootstrap RBAC objects (system:*, kubeadm:*, the default admin/edit/view roles, kube-system's leader locking ...)
  if (RBAC_KINDS.includes(o.kind) && (n.startsWith('system:') || n.startsWith('kubeadm:') || o.metadata.labels?.['kubernetes.io/bootstrapping'])) return true;
  return false;
}

/** Inline pod volumes (emptyDir, hostPath, nfs) as synthetic objects of kind `Volume`, named `pod:volume`. */
function inlineVolumes(pod: KObject): KObject[] {
  const out: KObject[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    const type = INLINE_VOLUME_TYPES.find((t) => v[t] !== undefined);
    if (!type) continue;
    out.push({
      apiVersion: 'v1',
      kind: 'Volume',
      metadata: { name: `${pod.metadata.name}:${v.name}`, namespace: pod.metadata.namespace, uid: `${pod.metadata.uid}:${v.name}`, resourceVersion: pod.metadata.resourceVersion },
      spec: v,
      pod: pod.metadata.name,
      node: pod.spec?.nodeName,
      volumeType: type,
    });
  }
  return out;
}

const idOf = (o: KObject) => objectId(o.kind, o.metadata.namespace, o.metadata.name ?? '');

function kindsOf(side: string[] | '*', byKind: Map<string, KObject[]>): KObject[] {
  if (side === '*') return [...byKind.values()].flat();
  return side.flatMap((k) => byKind.get(k) ?? []);
}

function edgesOf(rel: Relation, byKind: Map<string, KObject[]>, ctx: StatusContext, push: (e: GraphEdge) => void): void {
  const sources = kindsOf(rel.from, byKind);
  const targets = kindsOf(rel.to, byKind);
  const emit = (src: KObject, dst: KObject) => {
    if (src === dst) return;
    if (!rel.crossNamespace && (src.metadata.namespace ?? '') !== (dst.metadata.namespace ?? '')) return;
    const m = rel.match(src, dst, ctx);
    if (!m) return;
    const info = m === true ? {} : m;
    const source = idOf(src);
    const target = idOf(dst);
    push({ id: `${rel.id}:${source}->${target}`, relation: rel.id, source, target, concern: rel.concern, hiddenByDefault: rel.hiddenByDefault, ...info });
  };
  if (rel.keys) {
    const index = new Map<string, KObject[]>();
    for (const t of targets) for (const k of rel.keys.to(t)) {
      const key = rel.crossNamespace ? k : `${t.metadata.namespace ?? ''}|${k}`;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(t);
    }
    for (const s of sources) {
      const seen = new Set<KObject>();
      for (const k of rel.keys.from(s, ctx)) {
        const key = rel.crossNamespace ? k : `${s.metadata.namespace ?? ''}|${k}`;
        for (const t of index.get(key) ?? []) if (!seen.has(t)) {
          seen.add(t);
          emit(s, t);
        }
      }
    }
    return;
  }
  const byNs = new Map<string, KObject[]>();
  for (const t of targets) {
    const ns = t.metadata.namespace ?? '';
    let list = byNs.get(ns);
    if (!list) byNs.set(ns, (list = []));
    list.push(t);
  }
  for (const s of sources) for (const t of rel.crossNamespace ? targets : (byNs.get(s.metadata.namespace ?? '') ?? [])) emit(s, t);
}

/** A source with more targets than `max` keeps no edges of the relation: its card counts them instead. */
function foldFanOut(found: GraphEdge[], fanOut: { max: number; label: string }, byId: Map<string, GraphNode>): GraphEdge[] {
  const perSource = new Map<string, number>();
  for (const e of found) perSource.set(e.source, (perSource.get(e.source) ?? 0) + 1);
  for (const [source, n] of perSource) {
    const node = byId.get(source);
    if (n <= fanOut.max || !node) continue;
    node.facts = [...node.facts, { label: fanOut.label, value: `${n} objects` }];
    node.rev += `|${n}`;
  }
  return found.filter((e) => (perSource.get(e.source) ?? 0) <= fanOut.max);
}

/** Build the graph of a cluster snapshot: every drawable object a node, every matching relation an edge. */
export function buildModel(objects: KObject[]): GraphModel {
  const byKind = new Map<string, KObject[]>();
  const add = (o: KObject) => {
    let list = byKind.get(o.kind);
    if (!list) byKind.set(o.kind, (list = []));
    list.push(o);
  };
  const nsLabels = new Map<string, Record<string, string>>();
  for (const o of objects) {
    // namespaces are not drawn: their labels decide namespaceSelectors and Pod Security levels
    if (o.kind === 'Namespace') nsLabels.set(o.metadata.name ?? '', { 'kubernetes.io/metadata.name': o.metadata.name ?? '', ...(o.metadata.labels ?? {}) });
    if (!KINDS[o.kind] && o.kind !== NODE_KIND) continue;
    add(o);
    if (o.kind === 'Pod') inlineVolumes(o).forEach(add);
  }
  const present = new Set(objects.map(idOf));
  missingObjects(byKind.get('Pod') ?? [], present).forEach(add);
  const bindings = [...(byKind.get('ClusterRoleBinding') ?? []), ...(byKind.get('RoleBinding') ?? [])];
  subjectObjects(bindings, present, isSystem).forEach(add);
  const endpoints = new Map<string, KObject>();
  for (const ep of byKind.get('Endpoints') ?? []) endpoints.set(`${ep.metadata.namespace}/${ep.metadata.name}`, ep);
  const ctx: StatusContext = {
    endpointsFor: (svc) => endpoints.get(`${svc.metadata.namespace}/${svc.metadata.name}`),
    namespaceLabels: (ns) => nsLabels.get(ns) ?? { 'kubernetes.io/metadata.name': ns },
    roleScopes: roleScopes(bindings, byKind.get('Role') ?? [], isSystem),
  };

  const nodes: GraphNode[] = [];
  const nodeNames = new Set((byKind.get(NODE_KIND) ?? []).map((n) => n.metadata.name));
  // pods by namespace/name: same-named pods in two namespaces keep their own volumes
  const podNode = new Map<string, string>();
  for (const [kind, list] of byKind) {
    for (const o of list) {
      const { status, tone } = statusOf(o, ctx);
      const facts = factsOf(o, ctx);
      const n: GraphNode = {
        id: idOf(o),
        kind,
        name: o.metadata.name ?? '',
        namespace: o.metadata.namespace ?? '',
        status,
        tone,
        facts,
        concerns: KINDS[kind]?.concerns ?? [],
        rev: `${status}|${facts.map((f) => f.value).join('|')}`,
      };
      if (kind === NODE_KIND) n.group = true;
      if (kind === 'Volume') n.badge = o.volumeType;
      if (o.missing) n.missing = true;
      if (kind === 'Pod') {
        n.ready = status === 'Running' && tone === 'ok';
        const marks = podSecurityMarks(o);
        if (marks.length) n.marks = marks;
        if (o.spec?.nodeName && nodeNames.has(o.spec.nodeName)) n.parent = objectId(NODE_KIND, undefined, o.spec.nodeName);
        podNode.set(`${n.namespace}/${n.name}`, n.parent ?? '');
      }
      if (isSystem(o)) n.system = true;
      nodes.push(n);
    }
  }
  // inline volumes sit beside their pod, inside the same cluster node; an NFS share lives outside the cluster
  for (const n of nodes) if (n.kind === 'Volume' && n.badge !== 'nfs') {
    const pod = n.name.slice(0, n.name.indexOf(':'));
    const parent = podNode.get(`${n.namespace}/${pod}`);
    if (parent) n.parent = parent;
  }

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const rel of RELATIONS) {
    const found: GraphEdge[] = [];
    edgesOf(rel, byKind, ctx, (e) => {
      if (seen.has(e.id)) return;
      seen.add(e.id);
      found.push(e);
    });
    edges.push(...(rel.fanOut ? foldFanOut(found, rel.fanOut, byId) : found));
  }
  return { nodes, edges };
}
