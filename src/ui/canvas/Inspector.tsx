import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { parseId } from '../../graph/kinds';
import { ETCDCTL_TLS_FLAGS } from '../../sim/etcd/pki';
import type { GraphEdge, GraphNode } from '../../graph/model';
import { STACK_KIND } from '../../graph/stack';
import type { KObject } from '../../sim/types';
import { CANVAS_TEXT, RELATION_TEXT } from './strings';
import { FaultActions } from './FaultActions';
import { RootfsLayers } from './RootfsLayers';
import { ETCD_MEMBER_KIND } from '../../graph/etcd';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

export type Selection = { type: 'node'; node: GraphNode } | { type: 'edge'; edge: GraphEdge } | null;

/** The kubectl target of a node: `<kind> <name> [-n ns]`; volumes describe their pod; clients, users, groups and etcd members (no API objects) have none. */
function kubectlTarget(n: GraphNode): string | undefined {
  if (n.kind === 'Client' || n.kind === 'User' || n.kind === 'Group' || n.kind === ETCD_MEMBER_KIND || n.kind === STACK_KIND) return undefined;
  if (n.kind === 'Volume') return `pod ${n.name.slice(0, n.name.indexOf(':'))} -n ${n.namespace}`;
  return `${n.kind.toLowerCase()} ${n.name}${n.namespace ? ` -n ${n.namespace}` : ''}`;
}

/** `etcdctl endpoint status` against the member's own client URL (its card's fact), with the certificates etcd asks for. */
function etcdStatusCommand(n: GraphNode): string | undefined {
  const url = n.kind === ETCD_MEMBER_KIND ? n.facts.find((f) => f.label === 'client')?.value : undefined;
  return url ? `etcdctl --endpoints=${url} ${ETCDCTL_TLS_FLAGS} endpoint status -w table` : undefined;
}

function eventsOf(events: KObject[], n: GraphNode): KObject[] {
  const name = n.kind === 'Volume' ? n.name.slice(0, n.name.indexOf(':')) : n.name;
  const kind = n.kind === 'Volume' ? 'Pod' : n.kind;
  return events.filter((e) => e.involvedObject?.kind === kind && e.involvedObject?.name === name && (e.involvedObject?.namespace ?? '') === n.namespace);
}

export interface InspectorProps {
  selection: Selection;
  events: KObject[];
  /** Changes with every cluster change, so describe output stays current. */
  version: number;
  lang: Lang;
  run(command: string): Promise<string>;
  openInEditor(name: string, yaml: string): void;
  onClose(): void;
  /** The canvas element: the panel opens beside it when the page has room, else over its lower part. */
  anchor: RefObject<HTMLElement | null>;
}

/** Wide enough for `kubectl describe` at 80 columns. */
const PANEL_WIDTH = 580;

/**
 * Where the panel goes: left of the canvas, over the editor, when there is room (the canvas stays in
 * view); otherwise a sheet over the lower half of the canvas.
 */
function usePlacement(anchor: RefObject<HTMLElement | null>, open: boolean): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const r = anchor.current?.getBoundingClientRect();
      if (!r) return;
      if (r.left >= 360) {
        setStyle({ position: 'fixed', top: r.top, height: r.height, left: Math.max(8, r.left - Math.min(PANEL_WIDTH, r.left - 8)), width: Math.min(PANEL_WIDTH, r.left - 8) });
      } else setStyle({ position: 'absolute', left: 0, right: 0, bottom: 0, height: '50%' });
    };
    place();
    window.addEventListener('resize', place);
    const ro = new ResizeObserver(place);
    if (anchor.current) ro.observe(anchor.current);
    return () => {
      window.removeEventListener('resize', place);
      ro.disconnect();
    };
  }, [anchor, open]);
  return style;
}

/** Side panel for the clicked element: describe output, its events, a button to open its live YAML; Escape closes it. */
export function Inspector({ selection, events, version, lang, run, openInEditor, onClose, anchor }: InspectorProps) {
  const [describe, setDescribe] = useState<string | null>(null);
  const style = usePlacement(anchor, !!selection);
  const panel = useRef<HTMLElement>(null);
  const selKey = selection ? (selection.type === 'node' ? selection.node.id : selection.edge.id) : '';
  // a newly opened panel takes the keyboard focus (Escape then closes it)
  useEffect(() => {
    if (selKey) panel.current?.focus({ preventScroll: true });
  }, [selKey]);
  useEffect(() => {
    if (!selKey) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selKey, onClose]);
  const target = selection?.type === 'node' ? kubectlTarget(selection.node) : undefined;
  // an etcd member is described by etcdctl, asking that member for its status
  const describeCommand = target ? `kubectl describe ${target}` : selection?.type === 'node' ? etcdStatusCommand(selection.node) : undefined;
  useEffect(() => {
    let live = true;
    setDescribe(null);
    if (describeCommand) run(describeCommand).then((out) => live && setDescribe(out), () => live && setDescribe(''));
    return () => {
      live = false;
    };
    // re-describe when the cluster changes (version) or the selection changes
  }, [describeCommand, version, run]);
  if (!selection) return null;
  const T = CANVAS_TEXT;

  if (selection.type === 'edge') {
    const e = selection.edge;
    const s = parseId(e.source);
    const t = parseId(e.target);
    const relationText = RELATION_TEXT[e.relation];
    return (
      <aside className="kp-inspector" data-testid="canvas-inspector" data-relation={e.relation} style={style} ref={panel} tabIndex={-1} aria-label={`${e.relation}`}>
        <header>
          <span className="kp-badge">{e.relation}</span>
          <button className="kp-x" onClick={onClose} aria-label={translate(lang, T.close)}>
            ×
          </button>
        </header>
        <p className="kp-rel">
          {s.kind} <b>{s.name}</b> → {t.kind} <b>{t.name}</b>
          {e.state && <span className={`kp-state state-${e.state}`}>{e.state}</span>}
        </p>
        <p>{relationText && translate(lang, relationText)}</p>
        {e.label && <p className="kp-muted">{e.label}</p>}
      </aside>
    );
  }

  const n = selection.node;
  const evs = eventsOf(events, n);
  const openYaml = async () => {
    if (!target || n.kind === 'Volume') return;
    const yaml = await run(`kubectl get ${target} -o yaml`);
    openInEditor(`${n.kind.toLowerCase()}-${n.name}.yaml`, yaml);
  };
  return (
    <aside className="kp-inspector" data-testid="canvas-inspector" data-kind={n.kind} data-name={n.name} style={style} ref={panel} tabIndex={-1} aria-label={`${n.kind} ${n.name}`}>
      <header>
        <span className="kp-badge">{n.kind}</span>
        <strong>{n.name}</strong>
        <span className={`kp-status tone-${n.tone}`}>
          <i className="kp-dot" />
          {n.status}
        </span>
        <button className="kp-x" onClick={onClose} aria-label={translate(lang, T.close)}>
          ×
        </button>
      </header>
      {target && n.kind !== 'Volume' && !n.missing && (
        <button className="btn" onClick={openYaml}>
          {translate(lang, T.openYaml)}
        </button>
      )}
      <FaultActions node={n} lang={lang} />
      <RootfsLayers node={n} lang={lang} version={version} run={run} />
      <h4>{translate(lang, T.events)}</h4>
      {evs.length ? (
        <ul className="kp-events">
          {evs.slice(-8).map((e, i) => (
            <li key={i} className={e.type === 'Warning' ? 'warn' : ''}>
              <b>{e.reason}</b> <span className="kp-muted">{e.source?.component ?? e.reportingComponent ?? ''}</span>
              <div>{e.message}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kp-muted">{translate(lang, T.noEvents)}</p>
      )}
      {describeCommand && (
        <>
          <h4>{translate(lang, T.describe)}</h4>
          <pre className="kp-describe">{describe ?? translate(lang, T.loading)}</pre>
        </>
      )}
    </aside>
  );
}
