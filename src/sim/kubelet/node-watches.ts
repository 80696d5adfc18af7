import { nodeUser } from '../apiserver/auth/components';
import type { SimContext } from '../context';
import type { InformerScope } from '../informer-access';

const scopes = new Map<string, readonly InformerScope[]>();

/**
 * The informers one node's kubelet lists and watches as system:node:<node>, as the real kubelet
 * scopes them (and the Node authorizer, with AuthorizeNodeWithSelectors, requires): its pods by
 * `spec.nodeName=<node>`, its own Node by `metadata.name=<node>`. Secrets and configmaps it follows
 * one object at a time for the pods bound to it, through the gets node-reads.ts authorizes.
 */
export function nodeWatches(node: string): readonly InformerScope[] {
  let s = scopes.get(node);
  if (!s) scopes.set(node, (s = [{ resource: 'pods', fieldSelector: [{ field: 'spec.nodeName', value: node }] }, { resource: 'nodes', name: node }]));
  return s;
}

/** Whether a node's kubelet may list and watch what it follows: a refused one sees no pod bound to it. */
export function nodeWatching(ctx: SimContext, node: string): boolean {
  return ctx.services.informers.scopedRefusal(nodeUser(node), nodeWatches(node)) === undefined;
}
