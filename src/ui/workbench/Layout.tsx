import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApp } from '../../state/react';
import { CanvasExpandContext } from './expand';
import type { Lang } from '../../lessons';
import { defaultSizes, fit, bounds, isNarrow, topTabs, type Sizes } from './sizes';
import { useViewport } from './useViewport';
import { Splitter } from './Splitter';
import { translate } from '../i18n';
import { LAYOUT_TEXT } from './strings';
import { TabExit } from './TabExit';

export type PaneId = 'lesson' | 'editor' | 'terminal' | 'canvas';

type TopTab = 'editor' | 'canvas' | 'events';

/**
 * Which of editor and canvas the top row shows when they take turns: the editor when a file is
 * opened (a step's start files, a new tab, `kubectl edit`), the canvas when a command or an apply
 * has written to the cluster (its result is what the learner wants to see next).
 */
function useTopTab(on: boolean): [TopTab, (t: TopTab) => void] {
  const hasFiles = useApp((s) => s.order.length > 0);
  const active = useApp((s) => s.active);
  const log = useApp((s) => s.log.length);
  const touched = useApp((s) => s.touched);
  const [tab, setTab] = useState<TopTab>(hasFiles ? 'editor' : 'canvas');
  const seen = useRef({ active, log, touched });
  useEffect(() => {
    const was = seen.current;
    seen.current = { active, log, touched };
    if (!on) return;
    if (active !== was.active) setTab(active ? 'editor' : 'canvas');
    // one more command (not a replay that rebuilt the log) that wrote something
    else if (touched !== was.touched && touched.length && log === was.log + 1) setTab('canvas');
  }, [on, active, log, touched]);
  return [tab, setTab];
}

export interface LayoutProps {
  lang: Lang;
  present: boolean;
  embed: boolean;
  lesson?: ReactNode;
  editor: ReactNode;
  terminal?: ReactNode;
  canvas: ReactNode;
  events?: ReactNode;
}

/**
 * Where the panes go. Wide: lesson | editor, canvas above a terminal as wide as both (80+ columns
 * on a laptop), the events beside the terminal or behind a tab with the canvas. Presenter: the same with the
 * canvas first and the lesson on the right. Embed: editor | canvas. Narrow: one pane at a time,
 * behind tabs; the others stay mounted (terminal and editor keep their state).
 */
export function WorkbenchLayout(props: LayoutProps) {
  const vp = useViewport();
  const T = LAYOUT_TEXT;
  const l = props.lang;
  const opts = { lesson: !!props.lesson, present: props.present, embed: props.embed };
  const [sizes, setSizes] = useState<Sizes>(() => defaultSizes(vp, opts));
  const [tab, setTab] = useState<PaneId>(props.lesson ? 'lesson' : 'editor');
  const [stacked, setStacked] = useState<'canvas' | 'events'>('canvas');
  const s = fit(vp, opts, sizes);
  const b = bounds(vp, opts, s);
  const set = (k: keyof Sizes) => (v: number) => setSizes((prev) => ({ ...prev, [k]: v }));
  const narrow = isNarrow(vp);
  const [expandedPref, setExpanded] = useState(false);
  // the enlarged canvas takes the lesson's and the editor's room; on tabs it already has the whole pane
  const expanded = expandedPref && !narrow;
  const expand = useMemo(() => ({ expanded, toggle: () => setExpanded((e) => !e) }), [expanded]);
  useEffect(() => {
    if (!expanded) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) setExpanded(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [expanded]);
  const eventsBeside = !narrow && !props.embed && s.eventsW > 0 && !!props.events;
  // a laptop: the canvas beside the editor would be too narrow to read, so they take turns in the top row
  const turns = !narrow && !expanded && topTabs(vp, opts);
  const [topTab, setTopTab] = useTopTab(turns);

  const panes: PaneId[] = [...(props.lesson ? (['lesson'] as const) : []), 'editor', ...(props.terminal ? (['terminal'] as const) : []), 'canvas'];
  const shown = (p: PaneId) => (narrow ? tab === p : !(expanded && (p === 'lesson' || p === 'editor')));
  const hidden = (p: PaneId) => (shown(p) ? undefined : true);

  const editor = (
    <div className="wb-cell" data-pane="editor" hidden={hidden('editor') ?? (turns && topTab !== 'editor' ? true : undefined)} style={narrow || turns ? undefined : { width: s.editorW, flex: 'none' }}>
      {props.editor}
    </div>
  );
  // without room beside the terminal, the events share the canvas's place behind two tabs
  const canvasCol = turns ? (
    <div className="wb-cell wb-col" data-turns="">
      <div className="wb-subtabs" role="tablist" aria-label={translate(l, T.tabs)}>
        {(['editor', 'canvas', ...(!eventsBeside && props.events ? (['events'] as const) : [])] as const).map((k) => (
          <button key={k} role="tab" className="wb-tab" aria-selected={topTab === k} data-testid={`top-tab-${k}`} onClick={() => setTopTab(k)}>
            {translate(l, T[k])}
          </button>
        ))}
      </div>
      {editor}
      <div className="wb-cell" data-pane="canvas" data-stacked="" hidden={topTab !== 'canvas' ? true : undefined}>
        {props.canvas}
      </div>
      {!eventsBeside && props.events && (
        <div className="wb-cell" data-stacked="" hidden={topTab !== 'events' ? true : undefined}>
          {props.events}
        </div>
      )}
    </div>
  ) : (
    <div className="wb-cell wb-col" data-pane="canvas" hidden={hidden('canvas')}>
      {!eventsBeside && props.events && (
        <div className="wb-subtabs" role="tablist" aria-label={translate(l, T.canvas)}>
          {(['canvas', 'events'] as const).map((k) => (
            <button key={k} role="tab" className="wb-tab" aria-selected={stacked === k} data-testid={`sub-tab-${k}`} onClick={() => setStacked(k)}>
              {translate(l, T[k])}
            </button>
          ))}
        </div>
      )}
      <div className="wb-cell" data-stacked={!eventsBeside && props.events ? '' : undefined} hidden={!eventsBeside && props.events && stacked !== 'canvas' ? true : undefined}>
        {props.canvas}
      </div>
      {!eventsBeside && props.events && (
        <div className="wb-cell" data-stacked="" hidden={stacked !== 'events' ? true : undefined}>
          {props.events}
        </div>
      )}
    </div>
  );
  const editorSplit = !narrow && !expanded && !turns && (
    <Splitter dir="col" size={s.editorW} min={b.editorW[0]} max={b.editorW[1]} invert={props.present} onResize={set('editorW')} label={translate(l, T.editorSplit)} testId="split-editor" />
  );
  const top = (
    <div className="wb-row" data-area="top" hidden={narrow && tab !== 'editor' && tab !== 'canvas' ? true : undefined} style={narrow || !props.terminal ? { flex: 1 } : { height: s.topH, flex: 'none' }}>
      {turns ? (
        canvasCol
      ) : props.present ? (
        <>
          {canvasCol}
          {editorSplit}
          {editor}
        </>
      ) : (
        <>
          {editor}
          {editorSplit}
          {canvasCol}
        </>
      )}
    </div>
  );
  const bottom = props.terminal && (
    <>
      {!narrow && <Splitter dir="row" size={s.topH} min={b.topH[0]} max={b.topH[1]} onResize={set('topH')} label={translate(l, T.terminalSplit)} testId="split-terminal" />}
      <div className="wb-row" data-area="bottom" hidden={hidden('terminal')} style={{ flex: 1 }}>
        <TabExit className="wb-cell" pane="terminal" hint={translate(l, T.termLeave)}>
          {props.terminal}
        </TabExit>
        {eventsBeside && (
          <>
            <Splitter dir="col" size={s.eventsW} min={b.eventsW[0]} max={b.eventsW[1]} invert onResize={set('eventsW')} label={translate(l, T.eventsSplit)} testId="split-events" />
            <div className="wb-cell" style={{ width: s.eventsW, flex: 'none' }}>
              {props.events}
            </div>
          </>
        )}
      </div>
    </>
  );
  const main = (
    <div className="wb-col wb-main" hidden={narrow && tab === 'lesson' ? true : undefined}>
      {top}
      {bottom}
    </div>
  );
  const lesson = props.lesson && (
    <div className="wb-cell lesson-col" data-pane="lesson" hidden={hidden('lesson')} style={narrow ? undefined : { width: s.lessonW, flex: 'none' }}>
      {props.lesson}
    </div>
  );
  const lessonSplit = props.lesson && !narrow && !expanded && (
    <Splitter dir="col" size={s.lessonW} min={b.lessonW[0]} max={b.lessonW[1]} invert={props.present} onResize={set('lessonW')} label={translate(l, T.lessonSplit)} testId="split-lesson" />
  );

  return (
    <CanvasExpandContext.Provider value={narrow ? null : expand}>
      <div className="workbench" data-layout={narrow ? 'tabs' : turns ? 'turns' : 'split'} data-tab={narrow ? tab : undefined} data-canvas-expanded={expanded ? '' : undefined}>
        {narrow && (
          <div className="wb-tabs" role="tablist" aria-label={translate(l, T.tabs)}>
            {panes.map((p) => (
              <button key={p} role="tab" className="wb-tab" aria-selected={tab === p} data-testid={`pane-tab-${p}`} onClick={() => setTab(p)}>
                {translate(l, T[p])}
              </button>
            ))}
          </div>
        )}
        <div className="wb-body">
          {props.present ? (
            <>
              {main}
              {lessonSplit}
              {lesson}
            </>
          ) : (
            <>
              {lesson}
              {lessonSplit}
              {main}
            </>
          )}
        </div>
      </div>
    </CanvasExpandContext.Provider>
  );
}
