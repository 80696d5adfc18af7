/** The path of the last request (curl/wget) as graph elements: client → Service → Endpoints → Pod, or → the NetworkPolicy that dropped it. */
import type { Hop } from '../sim/network/hop';
import { NODE_KIND, objectId } from './kinds';
import type { GraphEdge, GraphModel, GraphNode } from './model';

/** The relation id of request-path edges. */
export const REQUEST_RELATION = 'request';
/** The relation id of the edges to the other pods that served a Service's last requests. */
export const SPREAD_RELATION = 'request-spread';
/** The relation id of the last hop of a request a NetworkPolicy dropped: it ends at the policy. */
export const BLOCKED_RELATION = 'request-blocked';

/** Relations drawn for the last request (kept out of the layout, their cards kept in focus). */
export const TRACE_RELATIONS: ReadonlySet<string> = new Set([REQUEST_RELATION, SPREAD_RELATION, BLOCKED_RELATION]);

function hopId(h: Hop): string | undefined {
  switch (h.kind) {
    case 'Service':
    case 'Endpoints':
    case 'Pod':
    case 'Ingress':
      return objectId(h.kind, h.namespace ?? 'default', h.name);
    case 'Node':
      return objectId(NODE_KIND, undefined, h.name);
    case 'Client':
    case 'External':
      return objectId('Client', undefined, h.name);
    case 'NetworkPolicy':
      return objectId('NetworkPolicy', h.namespace ?? 'default', h.name);
    default:
      return undefined; // DNS lookups are not drawn as places the request passed through
  }
}

/** The card of a client outside the model: where it asked from and the address and port it used. */
function clientNode(id: string, h: Hop): GraphNode {
  const facts = h.kind === 'External' ? (h.detail ? [{ label: 'IP', value: h.detail }] : []) : [...(h.detail ? [{ label: 'from', value: h.detail }] : []), ...(h.to ? [{ label: 'to', value: h.to }] : [])];
  return { id, kind: 'Client', name: h.name, namespace: '', status: h.kind === 'External' ? 'External' : 'Requesting', tone: 'progress', facts, concerns: ['network'], rev: facts.map((f) => f.value).join('|') };
}

/**
 * Add the traced path to a model: synthetic Client/External nodes and `request` edges between
 * consecutive hops. A request made inside a pod starts at that pod's card; once the pod is gone
 * (`kubectl run --rm`), its client leaves with it and the path starts at the next hop.
 */
export function withTrace(model: GraphModel, hops: Hop[] | undefined): GraphModel {
  if (!hops?.length) return model;
  const ids = new Set(model.nodes.map((n) => n.id));
  const extra: GraphNode[] = [];
  const path: string[] = [];
  const blockedAt: string[] = [];
  for (const h of hops) {
    if (h.kind === 'NetworkPolicy') {
      const id = hopId(h)!;
      if (h.blocked && ids.has(id)) blockedAt.push(id);
      continue;
    }
    const podId = h.kind === 'Client' && h.namespace ? objectId('Pod', h.namespace, h.name) : undefined;
    if (podId && !ids.has(podId)) continue;
    const id = podId ?? hopId(h);
    if (!id) continue;
    if (!ids.has(id)) {
      if (h.kind !== 'Client' && h.kind !== 'External') continue;
      ids.add(id);
      extra.push(clientNode(id, h));
    }
    if (path[path.length - 1] !== id) path.push(id);
  }
  const shares = spreadOf(hops, ids);
  const edges: GraphEdge[] = [];
  for (let i = 1; i < path.length; i++) {
    const label = shares?.from === path[i - 1] ? shares.labels.get(path[i]) : undefined;
    edges.push({ id: `${REQUEST_RELATION}:${path[i - 1]}->${path[i]}:${i}`, relation: REQUEST_RELATION, source: path[i - 1], target: path[i], concern: 'network', ...(label ? { label } : {}) });
  }
  // the packet went no further: from the last place it reached to each policy that dropped it
  const last = path[path.length - 1];
  if (last) for (const np of blockedAt) edges.push({ id: `${BLOCKED_RELATION}:${last}->${np}`, relation: BLOCKED_RELATION, source: last, target: np, concern: 'network' });
  if (shares) {
    for (const [pod, label] of shares.labels) {
      if (path.includes(pod)) continue;
      edges.push({ id: `${SPREAD_RELATION}:${shares.from}->${pod}`, relation: SPREAD_RELATION, source: shares.from, target: pod, concern: 'network', label });
    }
  }
  return { nodes: [...model.nodes, ...extra], edges: [...model.edges, ...edges] };
}

/** The Endpoints card the path chose a pod at, and `count/of` for each drawn pod that served its Service lately. */
function spreadOf(hops: Hop[], ids: Set<string>): { from: string; labels: Map<string, string> } | undefined {
  const eps = hops.find((h) => h.kind === 'Endpoints');
  // one request shows a choice, not a spread
  if (!eps?.spread || !eps.of || eps.of < 2) return undefined;
  const from = hopId(eps);
  if (!from || !ids.has(from)) return undefined;
  const labels = new Map<string, string>();
  for (const s of eps.spread) {
    const pod = objectId('Pod', eps.namespace ?? 'default', s.pod);
    if (ids.has(pod)) labels.set(pod, `${s.count}/${eps.of}`);
  }
  return { from, labels };
}

/** Ids of the places a traced path passes through (its cards keep their own card in stacks, and are in focus). */
export function traceIds(model: GraphModel): Set<string> {
  const out = new Set<string>();
  for (const e of model.edges) if (e.relation === REQUEST_RELATION || e.relation === BLOCKED_RELATION) out.add(e.source).add(e.target);
  return out;
}
