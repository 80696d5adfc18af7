import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { lessonById } from '../lessonRegistry';
import { useApp, useAppStore } from '../../state/react';
import { EditorPane } from '../editor/EditorPane';
import { ActivityPane } from '../replay/ActivityPane';
import { useT } from '../i18n';
import { SHARE_TEXT } from '../share/strings';
import { APP_TEXT } from '../strings';
import { runInTerminal } from '../actions';
import { lessonPath, navigate } from '../router';
import { persistSession } from '../../state/persist';
import { ResetButton } from '../reset/ResetButton';
import { decodeShare, encodeShare, shareStepKnown } from '../share/share';
import { currentPayload, ShareButton } from '../share/ShareButton';
import { TerminalPane } from '../terminal/TerminalPane';
import { TimeControls } from '../time/TimeControls';
import { Link, TopBar } from '../TopBar';
import { bootPlay, bootShare, bootStep, enterStep, freshSeed, savedSession } from './session';
import { WorkbenchLayout } from './Layout';
import { WorkerBanner } from './WorkerBanner';
import { terminalFont } from './sizes';
import { useViewport } from './useViewport';
import { LAYOUT_TEXT } from './strings';
import type { ClusterSize } from '../../worker/protocol';
import type { ClusterCanvasProps } from '../canvas/ClusterCanvas';

// the canvas (React Flow, elk) and the lesson panel (markdown) load in parallel with the cluster's boot
const ClusterCanvas = lazy(() => import('../canvas/ClusterCanvas').then((m) => ({ default: m.ClusterCanvas })));
const LessonPanel = lazy(() => import('../lesson/LessonPanel').then((m) => ({ default: m.LessonPanel })));

export interface WorkbenchProps {
  lessonId?: string;
  stepId?: string | null;
  embed: boolean;
  present: boolean;
  seed?: number;
  cluster?: ClusterSize;
}

/** Which session the cluster currently belongs to, to tell a step change from a fresh start. */
interface Booted {
  key: string;
}

type CanvasSlotProps = Omit<ClusterCanvasProps, 'view'> & { loading: string };

/** The canvas with the latest view: only this subtree renders per view, not the editor, terminal and lesson beside it. */
function CanvasSlot(props: CanvasSlotProps) {
  const view = useApp((s) => s.view);
  return view ? <ClusterCanvas view={view} run={props.run} openInEditor={props.openInEditor} present={props.present} /> : <div className="center-msg">{props.loading}</div>;
}

/** A lesson step or the sandbox: lesson panel | editor + terminal | canvas + events, with time controls and sharing. */
export function Workbench(props: WorkbenchProps) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const booted = useRef<Booted | null>(null);
  const [shareError, setShareError] = useState<'bad' | 'unknownStep' | null>(null);
  const lesson = props.lessonId ? lessonById(props.lessonId) : undefined;
  const stepIndex = lesson ? (props.stepId ? lesson.steps.findIndex((s) => s.id === props.stepId) : 0) : -1;
  const step = lesson && stepIndex >= 0 ? lesson.steps[stepIndex] : undefined;
  const notFound = !!props.lessonId && !step;

  // `/lessons/<id>` alone goes to the first step
  useEffect(() => {
    if (lesson && !props.stepId && lesson.steps[0]) navigate(lessonPath(lesson.id, lesson.steps[0].id) + location.search + location.hash, { replace: true });
  }, [lesson, props.stepId]);

  const start = useCallback(
    async (fresh: boolean) => {
      const seed = props.seed ?? freshSeed();
      if (lesson && step) {
        if (!fresh && booted.current?.key === `lesson:${lesson.id}`) return enterStep(store, lesson, stepIndex);
        booted.current = { key: `lesson:${lesson.id}` };
        // work kept from an earlier visit replays like a share link
        const saved = fresh || props.embed ? undefined : savedSession({ lessonId: lesson.id, stepId: step.id });
        return saved ? bootShare(store, saved) : bootStep(store, lesson, stepIndex, seed);
      }
      booted.current = { key: 'play' };
      const saved = fresh || props.embed || props.cluster ? undefined : savedSession(null);
      return saved ? bootShare(store, saved) : bootPlay(store, seed, props.cluster);
    },
    [lesson, step, stepIndex, props.seed, props.embed, props.cluster?.workers, props.cluster?.maxPods, props.cluster?.etcdMembers, store],
  );

  // the route this workbench last started for: StrictMode (dev) runs effects twice, a boot must not
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (notFound || (lesson && !props.stepId)) return;
    const routeKey = `${props.lessonId ?? 'play'}/${props.stepId ?? ''}`;
    if (handled.current === routeKey) return;
    handled.current = routeKey;
    let share;
    try {
      share = booted.current ? undefined : decodeShare(location.hash);
    } catch {
      setShareError('bad');
    }
    if (share && !shareStepKnown(share, (l, s) => !!lessonById(l)?.steps.some((x) => x.id === s))) {
      // a link to a step this site does not have: the route's step starts fresh
      setShareError('unknownStep');
      share = undefined;
    }
    if (share) {
      booted.current = { key: share.lessonId ? `lesson:${share.lessonId}` : 'play' };
      // the state now lives in the page; a reload should not replay over it
      history.replaceState(null, '', location.pathname + location.search);
      void bootShare(store, share).catch(() => undefined);
    } else {
      void start(false).catch(() => undefined);
    }
  }, [props.lessonId, props.stepId, notFound, lesson, start, store]);

  useEffect(() => {
    store.getState().setRestart(() => start(true));
    return () => store.getState().setRestart(null);
  }, [start, store]);

  // the step's (or sandbox's) work survives a reload: kept in localStorage, replayed like a share link;
  // an embedded demo always starts as its page wrote it
  useEffect(() => (props.embed ? undefined : persistSession(store, localStorage, () => encodeShare(currentPayload(store)))), [store, props.embed]);

  useEffect(() => {
    document.documentElement.dataset.present = props.present ? '1' : '';
  }, [props.present]);

  const run = useCallback((command: string) => store.getState().query(command), [store]);
  const openInEditor = useCallback((name: string, yaml: string) => store.getState().openFile(name, yaml), [store]);
  const runCmd = useCallback((command: string) => runInTerminal(store, command), [store]);
  const fontSize = props.present ? 18 : 13;
  const vp = useViewport();
  const T = LAYOUT_TEXT;

  if (notFound) {
    return (
      <div className="app">
        <TopBar page="lesson" />
        <div className="center-msg">
          <p>{t(T.notFound)}</p>
          <Link to="/" className="btn">
            {t(APP_TEXT.back)}
          </Link>
        </div>
      </div>
    );
  }

  const canvas = (
    <section className="pane" aria-label={t(T.canvas)} data-testid="canvas-pane">
      {!props.embed && (
        <div className="pane-head">
          <span className="title">{t(T.canvas)}</span>
        </div>
      )}
      <div className="pane-body">
        <Suspense fallback={<div className="center-msg">{t(T.loading)}</div>}>
          <CanvasSlot run={run} openInEditor={openInEditor} present={props.present} loading={t(T.loading)} />
        </Suspense>
      </div>
    </section>
  );
  const events = <ActivityPane />;
  const terminal = (
    <section className="pane" aria-label={t(T.terminal)} data-testid="terminal-pane">
      <div className="pane-head">
        <span className="title">{t(T.terminal)}</span>
      </div>
      <div className="pane-body">
        <TerminalPane fontSize={terminalFont(props.present, vp.w)} />
      </div>
    </section>
  );
  const panel = lesson && step && (
    <aside className="pane" aria-label={t(T.lesson)}>
      <Suspense fallback={<div className="center-msg">…</div>}>
        <LessonPanel lessonId={lesson.id} stepId={step.id} lang={lang} runInTerminal={runCmd} />
      </Suspense>
    </aside>
  );
  const banners = (
    <>
      {shareError && <div className="banner">{t(SHARE_TEXT[shareError])}</div>}
      <WorkerBanner />
    </>
  );

  if (props.embed) {
    return (
      <div className="app" data-mode="embed">
        <div className="embed-bar">
          <TimeControls />
          <span className="spacer" />
          <a className="embed-link" href={location.pathname} target="_blank" rel="noopener">
            {t(T.openFull)} ↗
          </a>
        </div>
        {banners}
        <WorkbenchLayout lang={lang} present={false} embed editor={<EditorPane fontSize={fontSize} />} canvas={canvas} />
      </div>
    );
  }

  return (
    <div className="app" data-mode={props.present ? 'present' : 'normal'}>
      <TopBar
        page={lesson ? 'lesson' : 'play'}
        crumb={lesson && step ? `${lesson.title[lang]} · ${stepIndex + 1}. ${step.title[lang]}` : undefined}
        tools={
          <>
            {props.present && <span className="badge">{t(T.present)}</span>}
            <TimeControls />
            {!lesson && <ResetButton scope="play" />}
            <ShareButton />
          </>
        }
      />
      {banners}
      <WorkbenchLayout
        lang={lang}
        present={props.present}
        embed={false}
        lesson={panel || undefined}
        editor={<EditorPane fontSize={fontSize} />}
        terminal={terminal}
        canvas={canvas}
        events={events}
      />
    </div>
  );
}
