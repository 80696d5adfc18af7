import { createStore, type StoreApi } from 'zustand/vanilla';
import { Bridge, type WorkerLike } from './bridge';
import { createClusterSlice, type ClusterSlice } from './cluster';
import { createEditorSlice, type EditorSlice } from './editor';
import { createPrefsSlice, type PrefsEnv, type PrefsSlice } from './prefs';
import { applyActivity, createReplaySlice, type ReplaySlice } from './replay';
import type { ClusterSize } from '../worker/protocol';

/** Where the page is: a lesson step, the sandbox or home. */
interface RouteSlice {
  lesson: { lessonId: string; stepId: string } | null;
  setLesson(l: { lessonId: string; stepId: string } | null): void;
  /** Restart the current step (or sandbox) on a fresh cluster; set by the workbench, for the lesson panel's reset. */
  restart: (() => Promise<void>) | null;
  setRestart(fn: (() => Promise<void>) | null): void;
  /**
   * Start the sim worker now (its script loads and compiles while the page renders), before the first request needs it;
   * with `first`, it also builds the cluster the first boot will ask for.
   */
  startWorker(first?: { seed: number; cluster?: ClusterSize }): void;
}

/**
 * The one store of the page, made of typed slices. A new slice adds its type to AppState and
 * its creator to createAppStore; a creator is typed by the slices it reads and writes, never by
 * AppState, so that no slice imports the store.
 */
export type AppState = PrefsSlice & EditorSlice & ClusterSlice & ReplaySlice & RouteSlice;
export type AppStore = StoreApi<AppState>;

export interface StoreEnv extends PrefsEnv {
  /** Creates the sim worker (the page: `new SimWorker()`; tests: `inProcessWorker()`). */
  worker: () => WorkerLike;
}

/**
 * Views and clock ticks reach the store at most once per animation frame, the latest winning: a
 * burst of worker messages is one render, and decoding a message never waits for a render.
 * Without frames (Node tests) they apply at once.
 */
function perFrame(apply: (patch: Partial<AppState>) => void): (patch: Partial<AppState>) => void {
  let pending: Partial<AppState> | null = null;
  return (patch) => {
    if (typeof requestAnimationFrame !== 'function') return apply(patch);
    const first = !pending;
    pending = { ...pending, ...patch };
    if (first)
      requestAnimationFrame(() => {
        const p = pending!;
        pending = null;
        apply(p);
      });
  };
}

/** A fresh store (one per page; one per test). The worker starts on first use. */
export function createAppStore(env: StoreEnv): AppStore {
  let bridge: Bridge | undefined;
  const watchers = new Map<number, (chunk: string) => void>();
  const store = createStore<AppState>()((...a) => ({
    ...createPrefsSlice(env)(...a),
    ...createEditorSlice(...a),
    ...createClusterSlice({ bridge: () => getBridge(), watchers, restartWorker })(...a),
    ...createReplaySlice(...a),
    lesson: null,
    setLesson: (lesson) => a[0]({ lesson }),
    restart: null,
    setRestart: (restart) => a[0]({ restart }),
    startWorker: (first) => {
      const bridge = getBridge();
      if (first) void bridge.request({ type: 'prepare', ...first }).catch(() => undefined);
    },
  }));
  const nextFrame = perFrame((patch) => store.setState(patch));
  function getBridge(): Bridge {
    if (!bridge) {
      bridge = new Bridge(env.worker(), {
        onView: (view) => nextFrame({ view, now: view.now }),
        onTime: (m) => nextFrame({ now: m.now }),
        onStream: (m) => watchers.get(m.id)?.(m.chunk),
        onActivity: (m) => {
          const prev = store.getState();
          // a new command starts its replay unpicked; the first one after a boot keeps a shared link's step
          store.setState({ activity: applyActivity(prev.activity, m), ...(m.reset && prev.activity ? { replayIndex: null } : {}) });
        },
        // the session's container went away: the terminal gets its prompt back
        onSessionEnd: (m) => {
          store.setState({ session: null });
          store.getState().terminal?.print(m.out);
        },
        onCrash: (detail) => {
          // developers find the cause in the console; the page shows a fixed text and offers to restore
          console.error('sim worker crashed:', detail);
          store.setState({ workerError: detail, ready: false, playing: false });
        },
      });
    }
    return bridge;
  }
  function restartWorker(): void {
    bridge?.terminate();
    bridge = undefined;
    watchers.clear();
  }
  return store;
}
