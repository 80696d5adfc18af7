import { describe, expect, it } from 'vitest';
import { inProcessWorker } from './inProcessWorker';
import { persistSession, SAVE_DEBOUNCE_MS, sessionKey, type PersistTimers } from './persist';
import { createAppStore } from './store';

function memoryStorage() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

/** Timers run by hand: `flush` fires the pending timeouts, `tick` the intervals. */
function manualTimers(): PersistTimers & { flush(): void; tick(): void; delays: number[] } {
  const timeouts = new Map<number, () => void>();
  const intervals = new Map<number, () => void>();
  let n = 0;
  const delays: number[] = [];
  return {
    delays,
    setTimeout: (fn, ms) => (delays.push(ms), timeouts.set(++n, fn), n),
    clearTimeout: (h) => void timeouts.delete(h as number),
    setInterval: (fn) => (intervals.set(++n, fn), n),
    clearInterval: (h) => void intervals.delete(h as number),
    flush: () => {
      const fns = [...timeouts.values()];
      timeouts.clear();
      fns.forEach((f) => f());
    },
    tick: () => [...intervals.values()].forEach((f) => f()),
  };
}

describe('persistSession', () => {
  it('keeps the session under its page key after each command, edits after a pause, and nothing while booting', async () => {
    const storage = memoryStorage();
    const timers = manualTimers();
    const store = createAppStore({ worker: inProcessWorker });
    let snapshots = 0;
    const stop = persistSession(store, storage, () => `snapshot ${++snapshots} ${store.getState().log.length}`, timers);
    const s = store.getState;
    const booting = s().boot({ seed: 3, files: { 'a.yaml': 'x' } });
    expect(storage.m.size).toBe(0);
    await booting;
    expect(storage.m.get(sessionKey(null))).toMatch(/ 0$/);
    await s().run('kubectl create ns team-a');
    expect(storage.m.get(sessionKey(null))).toMatch(/ 1$/);
    const before = snapshots;
    s().setFile('a.yaml', 'edited');
    s().setFile('a.yaml', 'edited again');
    // keystrokes are saved together, a moment after the last one
    expect(snapshots).toBe(before);
    expect(timers.delays.at(-1)).toBe(SAVE_DEBOUNCE_MS);
    timers.flush();
    expect(snapshots).toBe(before + 1);
    // a lesson step has its own key
    s().setLesson({ lessonId: 'services', stepId: 'expose' });
    await s().run('kubectl get ns');
    expect(storage.m.has(sessionKey({ lessonId: 'services', stepId: 'expose' }))).toBe(true);
    stop();
  });

  it('saves while time runs and when stopped; a full or refused storage loses nothing in the page', async () => {
    const timers = manualTimers();
    const store = createAppStore({ worker: inProcessWorker });
    const refusing = { getItem: () => null, removeItem: () => undefined, setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    } };
    const stop = persistSession(store, refusing, () => 'x', timers);
    await store.getState().boot({ seed: 1, files: {} });
    await store.getState().run('kubectl create ns b');
    timers.tick();
    expect(() => stop()).not.toThrow();
    expect(store.getState().log).toHaveLength(1);
  });
});
