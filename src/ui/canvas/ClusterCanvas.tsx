import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyFilter, defaultFilter, namespacesOf, SYSTEM_NAMESPACES, type GraphFilter } from '../../graph/filter';
import type { Box } from '../../graph/layout';
import { buildModel, type GraphEdge, type GraphModel, type GraphNode } from '../../graph/model';
import { stackPods } from '../../graph/stack';
import { REQUEST_RELATION, withTrace } from '../../graph/trace';
import { useApp } from '../../state/react';
import type { AppState } from '../../state/store';
import type { ClusterView } from '../../worker/protocol';
import './canvas.css';
import { FilterBar } from './FilterBar';
import { Inspector, type Selection } from './Inspector';
import { GroupNode, KindNode } from './KindNode';
import { Legend } from './Legend';
import { RelationEdge } from './RelationEdge';
import { CANVAS_TEXT } from './strings';
import { useChanges } from './useChanges';
import { useGraphLayout } from './useGraphLayout';

/** Props of the cluster canvas (React Flow). */
export interface ClusterCanvasProps {
  view: ClusterView;
  /** Run a shell command (describe, get -o yaml) and get its output, for the inspector. */
  run: (command: string) => Promise<string>;
  /** Open YAML text in the editor as a new tab. */
  openInEditor: (name: string, yaml: string) => void;
}

// module scope: React Flow warns when these objects change identity between renders
const nodeTypes = { kind: KindNode, 'group-node': GroupNode };
const edgeTypes = { relation: RelationEdge };
const selectPrefs = (s: AppState) => ({ lang: s.lang, theme: s.theme });

type Change = 'added' | 'changed' | 'removed' | undefined;

/** Everything within two relations of `id` (the selected card's story), or undefined when nothing is selected. */
function neighbourhood(model: GraphModel, id: string | undefined): Set<string> | undefined {
  if (!id) return undefined;
  const near = new Set([id]);
  let frontier = new Set([id]);
  for (let depth = 0; depth < 2; depth++) {
    const next = new Set<string>();
    for (const e of model.edges) {
      if (frontier.has(e.source) && !near.has(e.target)) next.add(e.target);
      if (frontier.has(e.target) && !near.has(e.source)) next.add(e.source);
    }
    next.forEach((n) => near.add(n));
    frontier = next;
  }
  return near;
}

/** True when a flow node would draw the same as before: React Flow and the memo'd cards then skip it. */
function sameNode(a: Node, b: Node): boolean {
  const da = a.data as { node: GraphNode; change?: Change; onTrace?: boolean; notReadyLabel?: string };
  const db = b.data as typeof da;
  return (
    a.type === b.type && a.position.x === b.position.x && a.position.y === b.position.y && a.parentId === b.parentId &&
    a.style?.width === b.style?.width && a.style?.height === b.style?.height && a.className === b.className &&
    da.change === db.change && da.onTrace === db.onTrace && da.notReadyLabel === db.notReadyLabel &&
    da.node.rev === db.node.rev && da.node.tone === db.node.tone && da.node.ready === db.node.ready && da.node.name === db.node.name
  );
}

function toFlowNodes(nodes: GraphNode[], boxes: Map<string, Box>, marks: Map<string, string>, removed: Set<string>, trace: Set<string>, notReady: string, focus: Set<string> | undefined, cache: Map<string, Node>): Node[] {
  const out: Node[] = [];
  // React Flow wants parents before their children
  const ordered = [...nodes.filter((n) => n.group), ...nodes.filter((n) => !n.group)];
  for (const n of ordered) {
    const b = boxes.get(n.id);
    if (!b) continue;
    const change = (removed.has(n.id) ? 'removed' : marks.get(n.id)) as Change;
    const parent = b.parent && boxes.has(b.parent) ? b.parent : undefined;
    const next: Node = {
      id: n.id,
      type: n.group ? 'group-node' : 'kind',
      position: { x: b.x, y: b.y },
      parentId: parent,
      data: n.group ? { node: n, change } : { node: n, change, onTrace: trace.has(n.id), notReadyLabel: notReady },
      style: n.group ? { width: b.width, height: b.height } : { width: b.width },
      draggable: !n.group,
      selectable: true,
      zIndex: n.group ? 0 : 1,
      className: change === 'removed' ? 'kp-fading' : focus && !n.group && !focus.has(n.id) ? 'kp-dim' : undefined,
    };
    // an unchanged card keeps its object identity, so a status tick re-renders only what changed
    const prev = cache.get(n.id);
    out.push(prev && sameNode(prev, next) ? prev : next);
  }
  cache.clear();
  for (const n of out) cache.set(n.id, n);
  return out;
}

function edgeLabel(e: GraphEdge, lang: 'zh' | 'en'): string | undefined {
  if (e.state === 'not-ready') return CANVAS_TEXT.notReady[lang];
  if (e.relation === 'ingress-service' || e.relation === 'pod-configmap' || e.relation === 'pod-secret') return e.label;
  return undefined;
}

function toFlowEdges(edges: GraphEdge[], shown: Set<string>, marks: Map<string, string>, removed: Set<string>, lang: 'zh' | 'en', focus: Set<string> | undefined, cache: Map<string, Edge>): Edge[] {
  const out: Edge[] = [];
  for (const e of edges) {
    if (!shown.has(e.source) || !shown.has(e.target)) continue;
    const className = removed.has(e.id) ? 'kp-fading' : focus && !(focus.has(e.source) && focus.has(e.target)) ? 'kp-dim' : undefined;
    const change = (removed.has(e.id) ? 'removed' : marks.get(e.id)) as Change;
    const label = edgeLabel(e, lang);
    const prev = cache.get(e.id);
    const pd = prev?.data as { edge: GraphEdge; change?: Change; label?: string } | undefined;
    // an unchanged edge keeps its object identity (React Flow then skips it)
    if (prev && pd && prev.className === className && pd.change === change && pd.label === label && pd.edge.state === e.state) {
      out.push(prev);
      continue;
    }
    out.push({
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'relation',
      animated: e.relation === REQUEST_RELATION,
      zIndex: e.relation === REQUEST_RELATION ? 5 : 2,
      markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
      className,
      data: { edge: e, change, label },
    });
  }
  cache.clear();
  for (const e of out) cache.set(e.id, e);
  return out;
}

function withGhosts(model: GraphModel, ghosts: { nodes: GraphNode[]; edges: GraphEdge[] }): GraphModel {
  if (!ghosts.nodes.length && !ghosts.edges.length) return model;
  const ids = new Set(model.nodes.map((n) => n.id));
  const eids = new Set(model.edges.map((e) => e.id));
  return { nodes: [...model.nodes, ...ghosts.nodes.filter((n) => !ids.has(n.id))], edges: [...model.edges, ...ghosts.edges.filter((e) => !eids.has(e.id))] };
}

/** Fits the view when a new layout lands (objects added or removed, a filter changed). */
function FitOnLayout({ layout }: { layout: unknown }) {
  const rf = useReactFlow();
  useEffect(() => {
    // after React Flow has measured the new nodes
    if (layout) requestAnimationFrame(() => void rf.fitView({ padding: 0.08, duration: 250, maxZoom: 1, minZoom: 0.3 }));
  }, [layout, rf]);
  return null;
}

function CanvasInner(props: ClusterCanvasProps) {
  const { lang, theme } = useApp(useShallow(selectPrefs));
  const model = useMemo(() => buildModel(props.view.objects), [props.view.objects]);
  // namespaces holding only what every cluster has (kube-public, kube-node-lease) get no chip
  const namespaces = useMemo(() => namespacesOf({ nodes: model.nodes.filter((n) => !n.system), edges: [] }), [model]);
  const [filter, setFilter] = useState<GraphFilter | null>(null);
  // namespaces that appear later are shown unless they are system ones
  const [seenNs, setSeenNs] = useState<string[]>([]);
  useEffect(() => {
    const fresh = namespaces.filter((n) => !seenNs.includes(n));
    if (!fresh.length) return;
    setSeenNs([...seenNs, ...fresh]);
    setFilter((f) => (f ? { ...f, namespaces: [...f.namespaces, ...fresh.filter((n) => !SYSTEM_NAMESPACES.includes(n))] } : f));
  }, [namespaces, seenNs]);
  const f = filter ?? defaultFilter(model);
  // big pod buckets as counted stacks, after the trace so pods on the request path keep their card
  const shown = useMemo(() => stackPods(withTrace(applyFilter(model, f), props.view.trace)), [model, f, props.view.trace]);
  const { marks, ghosts } = useChanges(model);
  const drawn = useMemo(() => withGhosts(shown, { nodes: ghosts.nodes.filter((n) => f.namespaces.includes(n.namespace) || !n.namespace), edges: ghosts.edges }), [shown, ghosts, f]);
  const laidOut = useGraphLayout(shown);
  const [lastBoxes, setLastBoxes] = useState<Map<string, Box>>(new Map());
  useEffect(() => {
    if (laidOut) setLastBoxes((prev) => new Map([...prev, ...laidOut]));
  }, [laidOut]);
  const [selection, setSelection] = useState<Selection>(null);

  const nodeCache = useRef(new Map<string, Node>());
  const edgeCache = useRef(new Map<string, Edge>());
  const focusId = selection?.type === 'node' ? selection.node.id : undefined;
  const focus = useMemo(() => neighbourhood(shown, focusId), [shown, focusId]);
  const trace = useMemo(() => new Set(shown.edges.filter((e) => e.relation === REQUEST_RELATION).flatMap((e) => [e.source, e.target])), [shown]);
  const removed = useMemo(() => new Set([...ghosts.nodes.map((n) => n.id), ...ghosts.edges.map((e) => e.id)]), [ghosts]);
  const nodes = useMemo(() => {
    const boxes = laidOut ?? lastBoxes;
    // ghosts keep the place they had; live nodes take the newest layout
    const merged = new Map(boxes);
    for (const g of ghosts.nodes) if (!merged.has(g.id) && lastBoxes.has(g.id)) merged.set(g.id, lastBoxes.get(g.id)!);
    return toFlowNodes(drawn.nodes, merged, marks, removed, trace, CANVAS_TEXT.notReady[lang], focus, nodeCache.current);
  }, [drawn, laidOut, lastBoxes, ghosts, marks, removed, trace, lang, focus]);
  const nodeIds = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const edges = useMemo(() => toFlowEdges(drawn.edges, nodeIds, marks, removed, lang, focus, edgeCache.current), [drawn, nodeIds, marks, removed, lang, focus]);

  // keep the inspector's node fresh (status, facts) as the cluster changes
  const selected: Selection = useMemo(() => {
    if (selection?.type !== 'node') return selection;
    const n = model.nodes.find((x) => x.id === selection.node.id);
    return n ? { type: 'node', node: n } : selection;
  }, [selection, model]);

  const onNodeClick = useCallback((_: unknown, n: Node) => setSelection({ type: 'node', node: (n.data as { node: GraphNode }).node }), []);
  const onEdgeClick = useCallback((_: unknown, e: Edge) => setSelection({ type: 'edge', edge: (e.data as { edge: GraphEdge }).edge }), []);
  const cardCount = nodes.filter((n) => n.type === 'kind').length;

  return (
    <div className="kp-canvas" data-testid="cluster-canvas" data-version={props.view.version}>
      <FilterBar filter={f} namespaces={namespaces} lang={lang} onChange={setFilter} />
      <div className="kp-flow">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={() => setSelection(null)}
          nodesConnectable={false}
          minZoom={0.1}
          maxZoom={2}
          fitView
          colorMode={theme}
        >
          <Background gap={20} size={1} />
          <Controls showInteractive={false} />
          <FitOnLayout layout={laidOut} />
        </ReactFlow>
        {cardCount === 0 && <div className="kp-empty">{CANVAS_TEXT.empty[lang]}</div>}
        <Legend lang={lang} hasTrace={trace.size > 0} />
        <Inspector
          selection={selected}
          events={props.view.events}
          version={props.view.version}
          lang={lang}
          run={props.run}
          openInEditor={props.openInEditor}
          onClose={() => setSelection(null)}
        />
      </div>
    </div>
  );
}

/** The cluster drawn as a graph: cards per object, cluster nodes as groups, relations as edges, the last request as a path. */
export function ClusterCanvas(props: ClusterCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}
