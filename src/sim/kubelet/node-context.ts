import { nodeUser } from '../apiserver/auth/components';
import { componentContext } from '../component-context';
import type { SimContext } from '../context';

const contexts = new WeakMap<SimContext, Map<string, SimContext>>();

/** The context one node's kubelet acts in: its requests are `system:node:<node>`'s (made once per node). */
export function nodeContext(ctx: SimContext, node: string): SimContext {
  let byNode = contexts.get(ctx);
  if (!byNode) contexts.set(ctx, (byNode = new Map()));
  let c = byNode.get(node);
  if (!c) byNode.set(node, (c = componentContext(ctx, nodeUser(node))));
  return c;
}
