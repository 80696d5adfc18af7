import { useEffect, useState } from 'react';
import { parseId } from '../../graph/kinds';
import type { GraphEdge, GraphNode } from '../../graph/model';
import { STACK_KIND } from '../../graph/stack';
import type { KObject } from '../../sim/types';
import { CANVAS_TEXT, RELATION_TEXT } from './strings';

export type Selection = { type: 'node'; node: GraphNode } | { type: 'edge'; edge: GraphEdge } | null;

/** The kubectl target of a node: `<kind> <name> [-n ns]`; volumes describe their pod, clients have none. */
export function kubectlTarget(n: GraphNode): string | undefined {
  if (n.kind === 'Client' || n.kind === STACK_KIND) return undefined;
  if (n.kind === 'Volume') return `pod ${n.name.slice(0, n.name.indexOf(':'))} -n ${n.namespace}`;
  return `${n.kind.toLowerCase()} ${n.name}${n.namespace ? ` -n ${n.namespace}` : ''}`;
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
  lang: 'zh' | 'en';
  run(command: string): Promise<string>;
  openInEditor(name: string, yaml: string): void;
  onClose(): void;
}

/** Side panel for the clicked element: describe output, its events, a button to open its live YAML. */
export function Inspector({ selection, events, version, lang, run, openInEditor, onClose }: InspectorProps) {
  const [describe, setDescribe] = useState<string | null>(null);
  const target = selection?.type === 'node' ? kubectlTarget(selection.node) : undefined;
  useEffect(() => {
    let live = true;
    setDescribe(null);
    if (target) run(`kubectl describe ${target}`).then((out) => live && setDescribe(out), () => live && setDescribe(''));
    return () => {
      live = false;
    };
    // re-describe when the cluster changes (version) or the selection changes
  }, [target, version, run]);
  if (!selection) return null;
  const T = CANVAS_TEXT;

  if (selection.type === 'edge') {
    const e = selection.edge;
    const s = parseId(e.source);
    const t = parseId(e.target);
    return (
      <aside className="kp-inspector" data-testid="canvas-inspector" data-relation={e.relation}>
        <header>
          <span className="kp-badge">{e.relation}</span>
          <button className="kp-x" onClick={onClose} aria-label={T.close[lang]}>
            ×
          </button>
        </header>
        <p className="kp-rel">
          {s.kind} <b>{s.name}</b> → {t.kind} <b>{t.name}</b>
          {e.state && <span className={`kp-state state-${e.state}`}>{e.state}</span>}
        </p>
        <p>{RELATION_TEXT[e.relation]?.[lang]}</p>
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
    <aside className="kp-inspector" data-testid="canvas-inspector" data-kind={n.kind} data-name={n.name}>
      <header>
        <span className="kp-badge">{n.kind}</span>
        <strong>{n.name}</strong>
        <span className={`kp-status tone-${n.tone}`}>
          <i className="kp-dot" />
          {n.status}
        </span>
        <button className="kp-x" onClick={onClose} aria-label={T.close[lang]}>
          ×
        </button>
      </header>
      {target && n.kind !== 'Volume' && (
        <button className="btn" onClick={openYaml}>
          {T.openYaml[lang]}
        </button>
      )}
      <h4>{T.events[lang]}</h4>
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
        <p className="kp-muted">{T.noEvents[lang]}</p>
      )}
      {target && (
        <>
          <h4>{T.describe[lang]}</h4>
          <pre className="kp-describe">{describe ?? T.loading[lang]}</pre>
        </>
      )}
    </aside>
  );
}
