import type { AppStore } from './store';

/** Where a page's work is kept: one entry per lesson step, one for the sandbox. */
export function sessionKey(lesson: { lessonId: string; stepId: string } | null): string {
  return lesson ? `kp.session.lesson.${lesson.lessonId}.${lesson.stepId}` : 'kp.session.play';
}

export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The saved session of a page (an encoded replay payload), if any. */
export function loadSession(storage: SessionStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function clearSession(storage: SessionStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage refused (private mode): nothing was kept either
  }
}

/** While playing, the saved virtual time is refreshed this often (real ms), so a reload lands close to where it was. */
const SAVE_EVERY_MS = 2000;
/** Edits are saved this long after the last keystroke. */
export const SAVE_DEBOUNCE_MS = 400;

export interface PersistTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(h: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(h: unknown): void;
}

/**
 * Keep the page's session (files, commands with their virtual times, seed: what `snapshot` encodes)
 * in storage under the current route's key: after each command or edit, every few seconds while time
 * runs, and when the page is hidden. Returns the stop function (it saves one last time).
 */
export function persistSession(store: AppStore, storage: SessionStorage, snapshot: () => string, timers: PersistTimers = globalThis): () => void {
  let pending: unknown;
  const save = () => {
    // a save now covers any edit still waiting for its pause
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
    const s = store.getState();
    // a cluster still booting has nothing of its own to keep yet
    if (!s.ready) return;
    try {
      storage.setItem(sessionKey(s.lesson), snapshot());
    } catch {
      // quota or private mode: the work stays in the page only
    }
  };
  const soon = () => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = timers.setTimeout(save, SAVE_DEBOUNCE_MS);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.log !== prev.log || (s.ready && !prev.ready)) save();
    else if (s.files !== prev.files || s.active !== prev.active) soon();
  });
  const ticker = timers.setInterval(() => store.getState().playing && save(), SAVE_EVERY_MS);
  const onHide = () => save();
  globalThis.addEventListener?.('pagehide', onHide);
  return () => {
    unsubscribe();
    timers.clearInterval(ticker);
    globalThis.removeEventListener?.('pagehide', onHide);
    save();
  };
}
