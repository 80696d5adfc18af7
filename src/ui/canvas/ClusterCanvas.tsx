import { Background, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyFilter, defaultFilter, hiddenNamespaces, namespacesOf, pinsFor, SYSTEM_NAMESPACES, type GraphFilter } from '../../graph/filter';
import { absoluteBoxes, cameraCore, cameraFor, focusSet, PRESENT_SCALE, type Viewport } from '../../graph/focus';
import type { Box } from '../../graph/layout';
import type { GraphEdge, GraphModel, GraphNode } from '../../graph/model';
import { stackPods } from '../../graph/stack';
import { traceIds, withTrace } from '../../graph/trace';
import { useApp } from '../../state/react';
import type { AppState } from '../../state/store';
import type { ClusterView } from '../../worker/protocol';
import './canvas.css';
import { CanvasToolbar } from './CanvasToolbar';
import { FilterBar } from './FilterBar';
import { EmptyCanvas } from './EmptyCanvas';
import { toFlowEdges, toFlowNodes } from './flowElements';
import { Inspector, type Selection } from './Inspector';
import { GroupNode, KindNode } from './KindNode';
import { RelationEdge } from './RelationEdge';
import { CANVAS_TEXT } from './strings';
import { useChanges } from './useChanges';
import { useGraphLayout } from './useGraphLayout';
import { useCurrentTrace, useTouched } from './useLastCommand';
import { useReplayFocus, useReplayRaftKey } from './useReplayFocus';
import { useRoutes } from './useRoutes';
import { translate } from '../i18n';

/** Props of the cluster canvas (React Flow). */
export interface ClusterCanvasProps {
  view: ClusterView;
  /** Run a shell command (describe, get -o yaml) and get its output, for the inspector. */
  run: (command: string) => Promise<string>;
  /** Open YAML text in the editor as a new tab. */
  openInEditor: (name: string, yaml: string) => void;
  /** Presenter mode: the camera draws cards larger. */
  present?: boolean;
}

// module scope: React Flow warns when these objects change identity between renders
const nodeTypes = { kind: KindNode, 'group-node': GroupNode };
const edgeTypes = { relation: RelationEdge };
const selectPrefs = (s: AppState) => ({ lang: s.lang, theme: s.theme, step: s.lesson ? `${s.lesson.lessonId}/${s.lesson.stepId}` : '' });

/** Up to this many objects the last command touched keep their own card instead of joining a stack. */
const KEEP_TOUCHED = 20;
/** With more pods than this the canvas draws only what is in view, without card shadows: paint and DOM stay bounded at 1,000 pods, lesson-sized and busy lesson clusters look and behave as before. */
const MANY_PODS = 200;
/** No pinned cards: one empty set, so memoised views keep their identity. */
const NO_PINS: ReadonlySet<string> = new Set();

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

function withGhosts(model: GraphModel, ghosts: { nodes: GraphNode[]; edges: GraphEdge[] }): GraphModel {
  if (!ghosts.nodes.length && !ghosts.edges.length) return model;
  const ids = new Set(model.nodes.map((n) => n.id));
  const eids = new Set(model.edges.map((e) => e.id));
  return { nodes: [...model.nodes, ...ghosts.nodes.filter((n) => !ids.has(n.id))], edges: [...model.edges, ...ghosts.edges.filter((e) => !eids.has(e.id))] };
}

/** The size of an element, kept current. */
function useSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight })));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

/** Moves the camera when what it should show changes (a new layout, a new focus, show all, a resize). */
function Camera({ viewport }: { viewport: Viewport | null }) {
  const rf = useReactFlow();
  useEffect(() => {
    if (viewport) void rf.setViewport({ x: viewport.x, y: viewport.y, zoom: viewport.zoom }, { duration: 250 });
  }, [viewport, rf]);
  return null;
}

/** Zoom buttons need React Flow's instance: a child of the provider that hands it up. */
function useZoom() {
  const rf = useReactFlow();
  return useCallback((dir: 1 | -1) => void (dir > 0 ? rf.zoomIn({ duration: 150 }) : rf.zoomOut({ duration: 150 })), [rf]);
}

function CanvasInner(props: ClusterCanvasProps) {
  const { lang, theme, step } = useApp(useShallow(selectPrefs));
  // the canvas redraws at low priority: a new view is drawn in slices that let typing, the terminal and the clock run between them
  const view = useDeferredValue(props.view);
  // the worker builds the model; the view brings it patched where objects changed
  const model = view.model;
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
  // the default filter keeps its identity while the namespaces do: the views memoised on it are not redone per frame
  const allNs = useMemo(() => namespacesOf(model).join('\n'), [model]);
  const initial = useMemo(() => defaultFilter(model), [allNs]);
  const f = filter ?? initial;
  const trace = useCurrentTrace(view.trace);
  const { now: touched, kept: lastWritten } = useTouched();
  // what a command writes where the filter does not look stays in sight for the step, without the rest of its namespace
  const [pinned, setPinned] = useState<{ step: string; ids: ReadonlySet<string> }>({ step, ids: new Set() });
  const pins = pinned.step === step ? pinned.ids : NO_PINS;
  useEffect(() => {
    const fresh = pinsFor(model, f, touched).filter((id) => !pins.has(id));
    if (fresh.length) setPinned({ step, ids: new Set([...pins, ...fresh]) });
  }, [touched, model, f, pins, step]);
  // big pod buckets as counted stacks, after the trace so pods on the request path keep their card
  // (and a few pods the last command made or changed: a scale to 1,000 still stacks)
  const shown = useMemo(() => stackPods(withTrace(applyFilter(model, f, pins), trace), lastWritten.size <= KEEP_TOUCHED ? lastWritten : undefined), [model, f, pins, trace, lastWritten]);
  const { marks, ghosts } = useChanges(shown);
  const drawn = useMemo(() => withGhosts(shown, ghosts), [shown, ghosts]);

  // a fresh layout per filter, step or "tidy"; otherwise a change only places what it adds
  const [tidy, setTidy] = useState(0);
  const epoch = `${JSON.stringify(filter)}|${step}|${tidy}`;
  const { boxes: laidOut, settled } = useGraphLayout(shown, epoch);
  // removed cards fade where they were
  const lastBoxes = useRef(new Map<string, Box>());
  const boxes = useMemo(() => {
    const merged = new Map(laidOut);
    for (const g of ghosts.nodes) if (!merged.has(g.id) && lastBoxes.current.has(g.id)) merged.set(g.id, lastBoxes.current.get(g.id)!);
    lastBoxes.current = merged;
    return merged;
  }, [laidOut, ghosts]);
  const abs = useMemo(() => absoluteBoxes(laidOut), [laidOut]);

  const [selection, setSelection] = useState<Selection>(null);
  const [showAll, setShowAll] = useState(false);
  // a new command brings the camera back to what it touched
  useEffect(() => setShowAll(false), [touched]);
  const flowRef = useRef<HTMLDivElement>(null);
  const pane = useSize(flowRef);
  const onPath = useMemo(() => traceIds(shown), [shown]);
  const replayed = useReplayFocus();
  const raftKey = useReplayRaftKey();
  const raftEdges = useMemo(() => new Set(raftKey ? raftKey.split('\n') : []), [raftKey]);
  // stepping through the replay moves the camera to each step's object
  // a request looks at its path (and what its command changed); a command that changed nothing leaves
  // the camera on what the last one changed
  const core = useMemo(
    () => cameraCore(shown, (replayed && abs.has(replayed) ? [replayed] : onPath.size ? [...touched, ...onPath] : [...lastWritten]).filter((id) => abs.has(id))),
    [touched, lastWritten, onPath, abs, replayed, shown],
  );
  const focus = useMemo(() => focusSet(shown, core), [shown, core]);
  const focusKey = [...focus].sort().join('\n') + '|' + [...core].sort().join('\n');
  const viewport = useMemo(
    () => (pane.width ? cameraFor(abs, pane, focus, showAll, core, props.present ? PRESENT_SCALE : 1) : null),
    [abs, pane.width, pane.height, focusKey, showAll, props.present],
  );

  const nodeCache = useRef(new Map<string, Node>());
  const edgeCache = useRef(new Map<string, Edge>());
  const selectedId = selection?.type === 'node' ? selection.node.id : undefined;
  const selected = useMemo(() => neighbourhood(shown, selectedId), [shown, selectedId]);
  const removed = useMemo(() => new Set([...ghosts.nodes.map((n) => n.id), ...ghosts.edges.map((e) => e.id)]), [ghosts]);
  const aside = viewport && !viewport.all && focus.size ? focus : undefined;
  const nodes = useMemo(
    () => toFlowNodes(drawn.nodes, boxes, absoluteBoxes(boxes), { marks, removed, trace: onPath, aside, selected, replay: replayed, lang }, nodeCache.current),
    [drawn, boxes, marks, removed, onPath, aside, selected, replayed, lang],
  );
  // the frames keep their identity while their ids do: a status tick re-routes no edge
  const frameKey = shown.nodes.filter((n) => n.group).map((n) => n.id).join('\n');
  const frames = useMemo(() => new Set(frameKey ? frameKey.split('\n') : []), [frameKey]);
  const routes = useRoutes(abs, shown.edges, frames);
  const nodeIds = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const edges = useMemo(() => toFlowEdges(drawn.edges, nodeIds, { marks, removed, selected, routes, lang, replay: raftEdges }, edgeCache.current), [drawn, nodeIds, marks, removed, selected, routes, lang, raftEdges]);

  // keep the inspector's node fresh (status, facts) as the cluster changes
  const inspected: Selection = useMemo(() => {
    if (selection?.type !== 'node') return selection;
    const n = shown.nodes.find((x) => x.id === selection.node.id);
    return n ? { type: 'node', node: n } : selection;
  }, [selection, shown]);

  const openNode = useCallback((id: string) => {
    const n = nodes.find((x) => x.id === id);
    if (n) setSelection({ type: 'node', node: (n.data as { node: GraphNode }).node });
  }, [nodes]);
  const onNodeClick = useCallback((_: unknown, n: Node) => setSelection({ type: 'node', node: (n.data as { node: GraphNode }).node }), []);
  const onEdgeClick = useCallback((_: unknown, e: Edge) => setSelection({ type: 'edge', edge: (e.data as { edge: GraphEdge }).edge }), []);
  // Enter on a focused card opens the inspector; Escape closes it and gives focus back to the card
  const onKeyDown = useCallback(
    (ev: KeyboardEvent<HTMLDivElement>) => {
      const card = (ev.target as HTMLElement).closest?.('.react-flow__node') as HTMLElement | null;
      if (ev.key === 'Enter' && card?.dataset.id) {
        ev.preventDefault();
        openNode(card.dataset.id);
      }
    },
    [openNode],
  );
  const closeInspector = useCallback(() => {
    const id = selectedId;
    setSelection(null);
    if (id) requestAnimationFrame(() => flowRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  }, [selectedId]);
  const zoom = useZoom();
  const cardCount = nodes.filter((n) => n.type === 'kind').length;
  const many = useMemo(() => model.nodes.reduce((k, n) => k + (n.kind === 'Pod' ? 1 : 0), 0) > MANY_PODS, [model]);
  const started = useApp((s) => s.log.length > 0);
  const canvasRef = useRef<HTMLDivElement>(null);

  return (
    <div className="kp-canvas" data-testid="cluster-canvas" data-version={view.version} data-settled={settled} data-many={many || undefined} ref={canvasRef}>
      <FilterBar filter={f} namespaces={namespaces} lang={lang} onChange={setFilter} />
      {cardCount === 0 && <EmptyCanvas hidden={hiddenNamespaces(model, f)} started={started} lang={lang} onShow={(ns) => setFilter({ ...f, namespaces: [...f.namespaces, ns] })} />}
      <div className="kp-flow" ref={flowRef} onKeyDown={onKeyDown} data-camera={viewport ? (viewport.all ? 'all' : 'focus') : undefined} data-focus={[...focus].join(" ")}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={() => setSelection(null)}
          nodesConnectable={false}
          nodesDraggable={false}
          edgesFocusable={false}
          onlyRenderVisibleElements={many}
          minZoom={0.1}
          maxZoom={2}
          colorMode={theme}
          aria-label={translate(lang, CANVAS_TEXT.cardsLabel)}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={20} size={1} />
          <Camera viewport={viewport} />
        </ReactFlow>
      </div>
      <CanvasToolbar lang={lang} all={viewport?.all ?? true} showAll={showAll} hasTrace={onPath.size > 0} onZoom={zoom} onShowAll={setShowAll} onTidy={() => setTidy((t) => t + 1)} />
      <Inspector
        selection={inspected}
        events={view.events}
        version={view.version}
        lang={lang}
        run={props.run}
        openInEditor={props.openInEditor}
        onClose={closeInspector}
        anchor={canvasRef}
      />
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
