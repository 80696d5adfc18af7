import { nodeUser } from '../apiserver/auth/components';
import { componentContext } from '../component-context';
import type { SimContext } from '../context';

// the kubelet gets these one object at a time (secret/configmap managers, volume plugins): the Node authorizer decides each
const NODE_GETS: ReadonlySet<string> = new Set(['secrets', 'configmaps', 'persistentvolumeclaims', 'persistentvolumes', 'serviceaccounts']);

const contexts = new WeakMap<SimContext, Map<string, SimContext>>();

/** The context one node's kubelet acts in: its requests are `system:node:<node>`'s (made once per node). */
export function nodeContext(ctx: SimContext, node: string): SimContext {
  let byNode = contexts.get(ctx);
  if (!byNode) contexts.set(ctx, (byNode = new Map()));
  let c = byNode.get(node);
  if (!c) byNode.set(node, (c = componentContext(ctx, nodeUser(node), NODE_GETS)));
  return c;
}
