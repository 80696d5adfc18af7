/** Graph nodes and edges → React Flow nodes and edges (positions, labels, focus, routes), reusing unchanged ones. */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Box } from '../../graph/layout';
import type { GraphEdge, GraphNode } from '../../graph/model';
import type { Point } from '../../graph/route';
import { BLOCKED_RELATION, REQUEST_RELATION, SPREAD_RELATION } from '../../graph/trace';
import { CANVAS_TEXT } from './strings';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

type Change = 'added' | 'changed' | 'removed' | undefined;

/** How each node draws beyond its data: changed, on the path, out of focus, dimmed by a selection. */
export interface NodeLook {
  marks: Map<string, string>;
  removed: Set<string>;
  trace: Set<string>;
  /** Nodes outside the camera's focus (drawn quieter); undefined when everything is in view. */
  aside: Set<string> | undefined;
  /** The selected card's neighbourhood; others are dimmed. */
  selected: Set<string> | undefined;
  /** The card of the control-plane replay's current step. */
  replay?: string;
  lang: Lang;
}

/** What a screen reader says for a card: kind, namespace/name, status (and a stack's count). */
function ariaLabelOf(n: GraphNode): string {
  const name = n.namespace ? `${n.namespace}/${n.name}` : n.name;
  const ip = n.group ? n.facts.find((f) => f.label === 'IP')?.value : undefined;
  return [`${n.kind} ${name}`, n.status, ...(ip ? [ip] : [])].join(', ');
}

/** True when a flow node would draw the same as before: React Flow and the memo'd cards then skip it. */
function sameNode(a: Node, b: Node): boolean {
  const da = a.data as { node: GraphNode; change?: Change; onTrace?: boolean; notReadyLabel?: string };
  const db = b.data as typeof da;
  return (
    a.type === b.type && a.position.x === b.position.x && a.position.y === b.position.y && a.parentId === b.parentId &&
    a.style?.width === b.style?.width && a.style?.height === b.style?.height && a.className === b.className && a.ariaLabel === b.ariaLabel &&
    da.change === db.change && da.onTrace === db.onTrace && da.notReadyLabel === db.notReadyLabel &&
    da.node.rev === db.node.rev && da.node.tone === db.node.tone && da.node.ready === db.node.ready && da.node.name === db.node.name
  );
}

/**
 * Flow nodes in reading order (column by column, top to bottom; a frame before its pods), which is
 * also the Tab order of the cards.
 */
export function toFlowNodes(nodes: GraphNode[], boxes: Map<string, Box>, abs: Map<string, Box>, look: NodeLook, cache: Map<string, Node>): Node[] {
  const column = (id: string) => {
    const b = boxes.get(id)!;
    return b.parent ? (boxes.get(b.parent)?.x ?? b.x) : b.x;
  };
  const placed = nodes.filter((n) => boxes.has(n.id));
  placed.sort((a, b) => column(a.id) - column(b.id) || abs.get(a.id)!.y - abs.get(b.id)!.y || (a.group ? -1 : b.group ? 1 : 0));
  const out: Node[] = [];
  for (const n of placed) {
    const b = boxes.get(n.id)!;
    const change = (look.removed.has(n.id) ? 'removed' : look.marks.get(n.id)) as Change;
    const parent = b.parent && boxes.has(b.parent) ? b.parent : undefined;
    const quiet = look.selected ? !n.group && !look.selected.has(n.id) : !!look.aside && !n.group && !look.aside.has(n.id);
    const next: Node = {
      id: n.id,
      type: n.group ? 'group-node' : 'kind',
      position: { x: b.x, y: b.y },
      parentId: parent,
      data: n.group ? { node: n, change } : { node: n, change, onTrace: look.trace.has(n.id), notReadyLabel: translate(look.lang, CANVAS_TEXT.notReady) },
      style: { width: b.width, height: b.height },
      // the card's size is the box (canvas.css draws cards at 100%): said up front, React Flow never hides a
      // card, nor drops its edges, to measure it again when its object changes (a status tick, a move, a filter)
      measured: { width: b.width, height: b.height },
      ariaLabel: ariaLabelOf(n),
      draggable: false,
      selectable: true,
      zIndex: n.group ? 0 : 1,
      className: n.id === look.replay ? 'kp-replay' : change === 'removed' ? 'kp-fading' : quiet ? (look.selected ? 'kp-dim' : 'kp-aside') : undefined,
    };
    // an unchanged card keeps its object identity, so a status tick re-renders only what changed
    const prev = cache.get(n.id);
    out.push(prev && sameNode(prev, next) ? prev : next);
  }
  cache.clear();
  for (const n of out) cache.set(n.id, n);
  return out;
}

function edgeLabel(e: GraphEdge, lang: Lang): string | undefined {
  if (e.state === 'not-ready') return translate(lang, CANVAS_TEXT.notReady);
  if (e.relation === BLOCKED_RELATION) return translate(lang, CANVAS_TEXT.blocked);
  if (e.relation === 'ingress-service' || e.relation === 'pod-configmap' || e.relation === 'pod-secret' || e.relation === 'role-grants' || e.relation === 'rollout' || e.relation === 'etcd-replication' || e.relation === REQUEST_RELATION || e.relation === SPREAD_RELATION) return e.label;
  return undefined;
}

export interface EdgeLook {
  marks: Map<string, string>;
  /** Edges the replay's current step went along (a write's raft round): drawn moving. */
  replay?: Set<string>;
  removed: Set<string>;
  selected: Set<string> | undefined;
  routes: Map<string, Point[]>;
  lang: Lang;
}

export function toFlowEdges(edges: GraphEdge[], shown: Set<string>, look: EdgeLook, cache: Map<string, Edge>): Edge[] {
  const out: Edge[] = [];
  for (const e of edges) {
    if (!shown.has(e.source) || !shown.has(e.target)) continue;
    const className = look.removed.has(e.id) ? 'kp-fading' : look.selected && !(look.selected.has(e.source) && look.selected.has(e.target)) ? 'kp-dim' : undefined;
    const change = (look.removed.has(e.id) ? 'removed' : look.marks.get(e.id)) as Change;
    const label = edgeLabel(e, look.lang);
    const points = look.routes.get(e.id);
    const prev = cache.get(e.id);
    const pd = prev?.data as { edge: GraphEdge; change?: Change; label?: string; points?: Point[] } | undefined;
    // an unchanged edge keeps its object identity (React Flow then skips it)
    const animated = e.relation === REQUEST_RELATION || !!look.replay?.has(e.id);
    if (prev && pd && prev.className === className && prev.animated === animated && pd.change === change && pd.label === label && pd.edge.state === e.state && pd.points === points) {
      out.push(prev);
      continue;
    }
    out.push({
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'relation',
      animated,
      zIndex: e.relation === REQUEST_RELATION || e.relation === BLOCKED_RELATION ? 5 : 2,
      markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
      className,
      focusable: false,
      data: { edge: e, change, label, points },
    });
  }
  cache.clear();
  for (const e of out) cache.set(e.id, e);
  return out;
}
