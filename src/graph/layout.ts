/** Layered left-to-right layout with elkjs; cluster Nodes are groups holding their pods. */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { GraphEdge, GraphModel, GraphNode } from './model';
import { relation } from './relations';

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

export const CARD_WIDTH = 200;
/** An empty cluster-node frame (the control plane without kube-system shown) is this tall. */
export const GROUP_MIN_HEIGHT = 80;

export const GAP_X = 50;
export const GAP_Y = 18;
/** Room inside a cluster-node frame: its head (name, then address) on top, a margin around the pods. */
export const GROUP_PAD = { top: 52, side: 16, bottom: 16 };
/** Vertical gap between the pods inside one frame. */
export const GROUP_GAP = 16;

/**
 * Room an edge label takes in the layout (canvas.css gives roomy labels an 11px monospace font,
 * about 6.7px a character, and cuts them at MAX with an ellipsis; the inspector shows all of it).
 */
const EDGE_LABEL = { char: 6.7, pad: 12, height: 18, max: 220 };

export const labelWidth = (text: string): number => Math.min(EDGE_LABEL.max, Math.ceil(text.length * EDGE_LABEL.char + EDGE_LABEL.pad));

/** Cards list at most this many facts (the inspector shows everything). */
export const MAX_FACTS = 5;

/** A status longer than this (CreateContainerConfigError) does not fit beside the badge: it gets a line of its own. */
const LONG_STATUS = 17;

/** Whether a card shows its status on its own line. */
export function longStatus(n: GraphNode): boolean {
  return n.status.length > LONG_STATUS;
}

/** Card height grows with the facts it lists (and a status line of its own). */
export function cardHeight(n: GraphNode): number {
  return 50 + 16 * Math.min(n.facts.length, MAX_FACTS) + (longStatus(n) ? 16 : 0);
}

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '50',
  'elk.spacing.nodeNode': '18',
  'elk.spacing.componentComponent': '30',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // objects come sorted by name: keep that order within a layer where crossings allow
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

const GROUP_OPTIONS = {
  'elk.padding': `[top=${GROUP_PAD.top},left=${GROUP_PAD.side},bottom=${GROUP_PAD.bottom},right=${GROUP_PAD.side}]`,
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(GROUP_GAP),
};

/** An edge for ELK, with the room its label needs and its relation's direction priority. */
function elkEdge(e: GraphEdge): ElkExtendedEdge {
  const rel = relation(e.relation);
  const out: ElkExtendedEdge = { id: e.id, sources: [e.source], targets: [e.target] };
  // ELK gives a centred label a place of its own between the layers, so the gap widens to fit it
  if (rel?.labelRoom && e.label) out.labels = [{ id: `${e.id}:label`, text: e.label, width: labelWidth(e.label), height: EDGE_LABEL.height }];
  if (rel?.layoutPriority) out.layoutOptions = { 'elk.layered.priority.direction': String(rel.layoutPriority) };
  return out;
}

/** The ELK input graph for a (filtered) model. */
export function toElk(model: GraphModel): ElkNode {
  const groups = new Map<string, ElkNode>();
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  for (const n of model.nodes) if (n.group) {
    const g: ElkNode = { id: n.id, layoutOptions: GROUP_OPTIONS, children: [], width: CARD_WIDTH + 2 * GROUP_PAD.side, height: GROUP_MIN_HEIGHT };
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
    .map(elkEdge);
  return root;
}

/** Boxes of every node from ELK's result (children relative to their group). */
function fromElk(result: ElkNode): Map<string, Box> {
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

/** Columns of the quick layout, left to right, in the order a request or a reference flows. */
export const COLUMN: Record<string, number> = {
  Client: 0, Ingress: 0,
  Service: 1,
  Endpoints: 2, NetworkPolicy: 2,
  Deployment: 3, StatefulSet: 3, DaemonSet: 3, Job: 3, ReplicationController: 3,
  ReplicaSet: 4,
  Pod: 5, Volume: 5,
  PersistentVolumeClaim: 6, ConfigMap: 6, Secret: 6, ServiceAccount: 6, User: 6, Group: 6,
  // who → binding → role, as the subject-binding and rolebinding-role edges run
  PersistentVolume: 7, RoleBinding: 7, ClusterRoleBinding: 7,
  Role: 8, ClusterRole: 8, StorageClass: 8,
};

/**
 * A synchronous column layout (by kind, cluster Nodes stacked in the pod column): drawn at once
 * while ELK's worker is still starting, so the canvas never waits for the first picture.
 */
export function quickLayout(model: GraphModel): Map<string, Box> {
  const out = new Map<string, Box>();
  const groups = model.nodes.filter((n) => n.group);
  const groupIds = new Set(groups.map((g) => g.id));
  const columns = new Map<number, GraphNode[]>();
  const children = new Map<string, GraphNode[]>();
  for (const n of model.nodes) if (n.parent && groupIds.has(n.parent)) {
    let list = children.get(n.parent);
    if (!list) children.set(n.parent, (list = []));
    list.push(n);
  }
  for (const n of model.nodes) {
    if (n.group || (n.parent && groupIds.has(n.parent))) continue;
    const c = COLUMN[n.kind] ?? 6;
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c)!.push(n);
  }
  const podColumn = COLUMN.Pod;
  const used = [...new Set([...columns.keys(), ...(groups.length ? [podColumn] : [])])].sort((a, b) => a - b);
  let x = 0;
  for (const c of used) {
    let y = 0;
    let width = CARD_WIDTH;
    if (c === podColumn) {
      for (const g of groups) {
        let cy = GROUP_PAD.top;
        for (const child of children.get(g.id) ?? []) {
          const h = cardHeight(child);
          out.set(child.id, { x: GROUP_PAD.side, y: cy, width: CARD_WIDTH, height: h, parent: g.id });
          cy += h + GROUP_GAP;
        }
        const gh = Math.max(GROUP_MIN_HEIGHT, cy - GROUP_GAP + GROUP_PAD.bottom);
        width = CARD_WIDTH + 2 * GROUP_PAD.side;
        out.set(g.id, { x, y, width, height: gh });
        y += gh + GAP_Y;
      }
    }
    for (const n of columns.get(c) ?? []) {
      const h = cardHeight(n);
      out.set(n.id, { x, y, width: CARD_WIDTH, height: h });
      y += h + GAP_Y;
    }
    x += width + GAP_X;
  }
  return out;
}
