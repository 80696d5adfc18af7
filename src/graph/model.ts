/** Cluster objects → graph nodes (cards, and cluster Nodes as groups) and edges (from RELATIONS). */
import { CONTROLLER_ACCOUNTS, CONTROLLER_ACCOUNTS_NAMESPACE } from '../sim/apiserver/auth/controller-accounts';
import type { KObject } from '../sim/types';
import { factsOf, type Fact } from './facts';
import type { GraphEdge, GraphModel, GraphNode } from './graph';
import { KINDS, NODE_KIND, objectId } from './kinds';
import { missingObjects } from './missing';
import { RelationJoin, type ObjectChange } from './join';
import { INLINE_VOLUME_TYPES, RELATIONS } from './relations';
import { podSecurityMarks } from './security';
import { roleScopes, subjectObjects } from './subjects';
import { statusOf, type StatusContext } from './status';

export type { GraphEdge, GraphModel, GraphNode } from './graph';

const SYSTEM_NAMES: Record<string, string[]> = {
  Service: ['kubernetes'],
  Endpoints: ['kubernetes'],
  ConfigMap: ['kube-root-ca.crt'],
  ServiceAccount: ['default'],
  // kubeadm's kube-proxy Role and RoleBinding in kube-system carry no bootstrap label
  Role: ['kube-proxy'],
  RoleBinding: ['kube-proxy'],
  // the ingress-nginx add-on's ClusterRole and binding, installed with the cluster as its deploy.yaml makes them
  ClusterRole: ['ingress-nginx'],
  ClusterRoleBinding: ['ingress-nginx'],
};

const RBAC_KINDS = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];

/** kube-controller-manager's controllers' ServiceAccounts in kube-system (a learner's of the same name elsewhere is drawn). */
const CONTROLLER_ACCOUNT_NAMES: ReadonlySet<string> = new Set(CONTROLLER_ACCOUNTS);

function isSystem(o: KObject): boolean {
  const n = o.metadata.name ?? '';
  if (SYSTEM_NAMES[o.kind]?.includes(n)) return true;
  if (o.kind === 'ServiceAccount' && o.metadata.namespace === CONTROLLER_ACCOUNTS_NAMESPACE && CONTROLLER_ACCOUNT_NAMES.has(n)) return true;
  if (o.systemOnly) return true;
  // the bootstrap RBAC objects (system:*, kubeadm:*, the default admin/edit/view roles, kube-system's leader locking ...)
  if (RBAC_KINDS.includes(o.kind) && (n.startsWith('system:') || n.startsWith('kubeadm:') || o.metadata.labels?.['kubernetes.io/bootstrapping'])) return true;
  return false;
}

const volumesCache = new WeakMap<KObject, KObject[]>();

/** Inline pod volumes (emptyDir, hostPath, nfs) as synthetic objects of kind `Volume`, named `pod:volume` (one set per pod version). */
function inlineVolumes(pod: KObject): KObject[] {
  const hit = volumesCache.get(pod);
  if (hit) return hit;
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
  volumesCache.set(pod, out);
  return out;
}

const idOf = (o: KObject) => objectId(o.kind, o.metadata.namespace, o.metadata.name ?? '');

function kindsOf(side: string[] | '*', byKind: Map<string, KObject[]>): KObject[] {
  if (side === '*') return [...byKind.values()].flat();
  return side.flatMap((k) => byKind.get(k) ?? []);
}

/** What decides which relations every source must match again: namespace labels and role bindings. */
const RELATION_CONTEXT_KINDS = new Set(['Namespace', ...RBAC_KINDS]);

/** A card and what it was made from: the object and the one other object its status reads (a Service's Endpoints, a pod's Namespace). */
interface CachedNode {
  obj: KObject;
  dep?: KObject;
  node: GraphNode;
}

/**
 * The graph of a changing cluster, kept per object: each update compares the objects with the last
 * ones by identity (stored objects never change in place), rebuilds the cards of what changed and
 * re-matches relations only for the sources a change concerns. The result equals a fresh build.
 */
export class LiveModel {
  private objects = new Map<string, KObject>();
  private namespaces = new Map<string, KObject>();
  private cards = new Map<string, CachedNode>();
  private joins = RELATIONS.map((r) => new RelationJoin(r));
  private nodeNamesKey = '';
  private fanned = new Map<string, { base: GraphNode; facts: Fact[]; node: GraphNode }>();
  private last?: GraphModel;

  /** The model of `objects` (the whole cluster); unchanged objects keep their cards and edges. */
  update(objects: KObject[]): GraphModel {
    const byKind = new Map<string, KObject[]>();
    const next = new Map<string, KObject>();
    const add = (o: KObject) => {
      const id = idOf(o);
      // what the page makes itself (no resourceVersion: missing objects, subjects, etcd members) is new each time: same content, same object
      const prev = this.objects.get(id);
      if (prev && prev !== o && !o.metadata.resourceVersion && !prev.metadata.resourceVersion && JSON.stringify(prev) === JSON.stringify(o)) o = prev;
      next.set(id, o);
      let list = byKind.get(o.kind);
      if (!list) byKind.set(o.kind, (list = []));
      list.push(o);
    };
    const namespaces = new Map<string, KObject>();
    for (const o of objects) {
      // namespaces are not drawn: their labels decide namespaceSelectors and Pod Security levels
      if (o.kind === 'Namespace') namespaces.set(o.metadata.name ?? '', o);
      if (!KINDS[o.kind] && o.kind !== NODE_KIND) continue;
      add(o);
      if (o.kind === 'Pod') inlineVolumes(o).forEach(add);
    }
    const present = new Set(objects.map(idOf));
    missingObjects(byKind.get('Pod') ?? [], present).forEach(add);
    const bindings = [...(byKind.get('ClusterRoleBinding') ?? []), ...(byKind.get('RoleBinding') ?? [])];
    subjectObjects(bindings, present, isSystem).forEach(add);

    const changes: ObjectChange[] = [];
    for (const [id, o] of next) {
      const prev = this.objects.get(id);
      if (prev !== o) changes.push({ id, prev, next: o });
    }
    for (const [id, prev] of this.objects) if (!next.has(id)) changes.push({ id, prev });
    const nsChanged = namespaces.size !== this.namespaces.size || [...namespaces].some(([n, o]) => this.namespaces.get(n) !== o);
    const nodeNames = new Set((byKind.get(NODE_KIND) ?? []).map((n) => n.metadata.name));
    const nodeNamesKey = [...nodeNames].join('\n');
    const nodesMoved = nodeNamesKey !== this.nodeNamesKey;
    if (this.last && !changes.length && !nsChanged && !nodesMoved) return this.last;
    this.objects = next;
    this.namespaces = namespaces;
    this.nodeNamesKey = nodeNamesKey;

    const labelsOf = (ns: string) => {
      const o = namespaces.get(ns);
      return o ? { 'kubernetes.io/metadata.name': ns, ...(o.metadata.labels ?? {}) } : { 'kubernetes.io/metadata.name': ns };
    };
    const endpoints = new Map<string, KObject>();
    for (const ep of byKind.get('Endpoints') ?? []) endpoints.set(`${ep.metadata.namespace}/${ep.metadata.name}`, ep);
    const ctx: StatusContext = {
      endpointsFor: (svc) => endpoints.get(`${svc.metadata.namespace}/${svc.metadata.name}`),
      namespaceLabels: labelsOf,
      roleScopes: roleScopes(bindings, byKind.get('Role') ?? [], isSystem),
    };

    const nodes = this.cardsOf(byKind, ctx, nodeNames, namespaces, nodesMoved);

    // candidates in the order a fresh build meets them: by the relation's target kinds, then as listed
    const pos = new Map<KObject, number>();
    for (const list of byKind.values()) list.forEach((o, i) => pos.set(o, i));
    const kindRank = [...byKind.keys()];
    const everything = nsChanged || changes.some((c) => RELATION_CONTEXT_KINDS.has((c.next ?? c.prev)!.kind));
    const edges: GraphEdge[] = [];
    const extra = new Map<string, Fact[]>();
    for (const join of this.joins) {
      const rel = join.rel;
      const kinds = rel.to === '*' ? kindRank : rel.to;
      const rank = (o: KObject) => kinds.indexOf(o.kind) * 1e7 + (pos.get(o) ?? 0);
      const sources = kindsOf(rel.from, byKind);
      join.update(changes, ctx, (id) => next.get(id), rank, everything ? sources : undefined);
      for (const s of sources) {
        const id = idOf(s);
        const found = join.edgesOf(id);
        // a source with more targets than `max` keeps no edges of the relation: its card counts them instead
        if (rel.fanOut && found.length > rel.fanOut.max) {
          extra.set(id, [...(extra.get(id) ?? []), { label: rel.fanOut.label, value: `${found.length} objects` }]);
          continue;
        }
        for (const e of found) edges.push(e);
      }
    }
    this.last = { nodes: nodes.map((n) => this.withFacts(n, extra.get(n.id))), edges };
    return this.last;
  }

  private cardsOf(byKind: Map<string, KObject[]>, ctx: StatusContext, nodeNames: Set<string | undefined>, namespaces: Map<string, KObject>, nodesMoved: boolean): GraphNode[] {
    const nodes: GraphNode[] = [];
    const cards = new Map<string, CachedNode>();
    // pods by namespace/name: same-named pods in two namespaces keep their own volumes
    const podNode = new Map<string, string>();
    for (const [kind, list] of byKind) {
      for (const o of list) {
        const id = idOf(o);
        const ns = o.metadata.namespace ?? '';
        const dep = kind === 'Service' ? ctx.endpointsFor(o) : kind === 'Pod' ? namespaces.get(ns) : undefined;
        const had = this.cards.get(id);
        const placed = kind === 'Pod' || kind === 'Volume';
        const card = had && had.obj === o && had.dep === dep && !(placed && nodesMoved) ? had : { obj: o, dep, node: cardOf(o, kind, ctx, nodeNames, podNode) };
        if (kind === 'Pod') podNode.set(`${ns}/${card.node.name}`, card.node.parent ?? '');
        cards.set(id, card);
        nodes.push(card.node);
      }
    }
    this.cards = cards;
    return nodes;
  }

  /** A card with the fan-out counts of its relations (the same object while the counts stay). */
  private withFacts(n: GraphNode, facts: Fact[] | undefined): GraphNode {
    if (!facts) {
      this.fanned.delete(n.id);
      return n;
    }
    const had = this.fanned.get(n.id);
    if (had && had.base === n && JSON.stringify(had.facts) === JSON.stringify(facts)) return had.node;
    const node = { ...n, facts: [...n.facts, ...facts], rev: n.rev + facts.map((f) => `|${f.value.split(' ')[0]}`).join('') };
    this.fanned.set(n.id, { base: n, facts, node });
    return node;
  }
}

/** One object's card; `podNode` knows the cluster node of each pod met so far (an inline volume sits beside its pod). */
function cardOf(o: KObject, kind: string, ctx: StatusContext, nodeNames: Set<string | undefined>, podNode: Map<string, string>): GraphNode {
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
  }
  // inline volumes sit beside their pod, inside the same cluster node; an NFS share lives outside the cluster
  if (kind === 'Volume' && n.badge !== 'nfs') {
    const parent = podNode.get(`${n.namespace}/${n.name.slice(0, n.name.indexOf(':'))}`);
    if (parent) n.parent = parent;
  }
  if (isSystem(o)) n.system = true;
  return n;
}

/** Build the graph of a cluster snapshot: every drawable object a node, every matching relation an edge. */
export function buildModel(objects: KObject[]): GraphModel {
  return new LiveModel().update(objects);
}
