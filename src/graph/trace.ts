/** The path of the last request (curl/wget) as graph elements: client → Service → Endpoints → Pod. */
import type { Hop } from '../sim/network/request';
import { NODE_KIND, objectId } from './kinds';
import type { GraphEdge, GraphModel, GraphNode } from './model';

/** The relation id of request-path edges. */
export const REQUEST_RELATION = 'request';

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
    default:
      return undefined; // DNS lookups are not drawn as places the request passed through
  }
}

/** Add the traced path to a model: synthetic Client/External nodes and `request` edges between consecutive hops. */
export function withTrace(model: GraphModel, hops: Hop[] | undefined): GraphModel {
  if (!hops?.length) return model;
  const ids = new Set(model.nodes.map((n) => n.id));
  const extra: GraphNode[] = [];
  const path: string[] = [];
  for (const h of hops) {
    // a request made from inside a pod starts at that pod's own card
    const podId = h.kind === 'Client' && h.namespace ? objectId('Pod', h.namespace, h.name) : undefined;
    const id = podId && ids.has(podId) ? podId : hopId(h);
    if (!id) continue;
    if (!ids.has(id)) {
      if (h.kind !== 'Client' && h.kind !== 'External') continue;
      ids.add(id);
      extra.push({ id, kind: 'Client', name: h.name, namespace: '', status: h.kind === 'External' ? 'External' : 'Requesting', tone: 'progress', facts: h.detail ? [{ label: 'request', value: h.detail }] : [], concerns: ['network'], rev: h.detail ?? '' });
    }
    if (path[path.length - 1] !== id) path.push(id);
  }
  const edges: GraphEdge[] = [];
  for (let i = 1; i < path.length; i++) {
    edges.push({ id: `${REQUEST_RELATION}:${path[i - 1]}->${path[i]}:${i}`, relation: REQUEST_RELATION, source: path[i - 1], target: path[i], concern: 'network' });
  }
  return { nodes: [...model.nodes, ...extra], edges: [...model.edges, ...edges] };
}
