/** Layered left-to-right layout with elkjs; cluster Nodes are groups holding their pods. */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { GraphModel, GraphNode } from './model';

/** The part of an ELK instance the layout needs (the bundled one in Node, the worker-backed one in the browser). */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Group id; x/y are then relative to the group (as React Flow's parentId expects). */
  parent?: string;
}

export const CARD_WIDTH = 230;

/** Card height grows with the facts it lists. */
export function cardHeight(n: GraphNode): number {
  return 52 + 17 * Math.min(n.facts.length, 6);
}

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.nodeNode': '24',
  'elk.spacing.componentComponent': '40',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

const GROUP_OPTIONS = {
  'elk.padding': '[top=40,left=16,bottom=16,right=16]',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '16',
};

/** The ELK input graph for a (filtered) model. */
export function toElk(model: GraphModel): ElkNode {
  const groups = new Map<string, ElkNode>();
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  for (const n of model.nodes) if (n.group) {
    const g: ElkNode = { id: n.id, layoutOptions: GROUP_OPTIONS, children: [], width: CARD_WIDTH + 32, height: 80 };
    groups.set(n.id, g);
    root.children!.push(g);
  }
  for (const n of model.nodes) {
    if (n.group) continue;
    const el: ElkNode = { id: n.id, width: CARD_WIDTH, height: cardHeight(n) };
    const g = n.parent ? groups.get(n.parent) : undefined;
    (g ? g.children! : root.children!).push(el);
  }
  const ids = new Set(model.nodes.map((n) => n.id));
  root.edges = model.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  return root;
}

/** Boxes of every node from ELK's result (children relative to their group). */
export function fromElk(result: ElkNode): Map<string, Box> {
  const out = new Map<string, Box>();
  const walk = (node: ElkNode, parent?: string) => {
    for (const c of node.children ?? []) {
      out.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? CARD_WIDTH, height: c.height ?? 60, parent });
      walk(c, c.id);
    }
  };
  walk(result);
  return out;
}

/** Lay a model out; resolves to a box per node id. */
export async function layoutModel(elk: ElkLike, model: GraphModel): Promise<Map<string, Box>> {
  return fromElk(await elk.layout(toElk(model)));
}
