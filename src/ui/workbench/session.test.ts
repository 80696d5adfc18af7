import { describe, expect, it } from 'vitest';
import { inProcessWorker } from '../../state/inProcessWorker';
import { mortalWorker } from '../../state/mortalWorker';
import { persistSession, sessionKey } from '../../state/persist';
import { createAppStore } from '../../state/store';
import { lessonById, loadLessons } from '../lessonRegistry';
import { decodeShare, encodeShare } from '../share/share';
import { currentPayload } from '../share/ShareButton';
import { bootPlay, bootShare, bootStep, firstFreshBoot, freshSeed, resetSession, restoreSession, savedSession } from './session';

function memoryStorage() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const names = (store: ReturnType<typeof createAppStore>, what: string) => store.getState().query(`kubectl get ${what} -o name`);

describe('work that survives a reload', () => {
  it('a reloaded sandbox replays to the same cluster, editor text and virtual time', async () => {
    const storage = memoryStorage();
    const first = createAppStore({ worker: inProcessWorker });
    const stop = persistSession(first, storage, () => encodeShare(currentPayload(first)));
    await bootPlay(first, 42);
    await first.getState().run('kubectl create deployment web --image=nginx --replicas=2');
    await first.getState().advance(20_000);
    first.getState().setFile('mine.yaml', 'kind: Pod # not applied\n');
    const pods = await names(first, 'pods');
    const now = first.getState().now;
    stop();

    const saved = savedSession(null, storage);
    expect(saved).toBeDefined();
    const second = createAppStore({ worker: inProcessWorker });
    await bootShare(second, saved!);
    expect(await names(second, 'pods')).toBe(pods);
    expect(second.getState().files['mine.yaml']).toBe('kind: Pod # not applied\n');
    expect(second.getState().now).toBeGreaterThanOrEqual(now);
    expect(second.getState().log.map((c) => c.text)).toContain('kubectl create deployment web --image=nginx --replicas=2');
  });

  it('a sandbox started with ?etcd=5 shares a link that opens 5 etcd members again', async () => {
    const first = createAppStore({ worker: inProcessWorker });
    await bootPlay(first, 7, { etcdMembers: 5 });
    await first.getState().run('etcd stop etcd-5');
    const p = currentPayload(first);
    expect(p.cluster).toEqual({ etcdMembers: 5 });
    const second = createAppStore({ worker: inProcessWorker });
    await bootShare(second, decodeShare(encodeShare(p))!);
    expect(await second.getState().query('etcd members')).toMatch(/^5 members, quorum 3 \(floor\(5\/2\)\+1\), 4 running:/);
  });

  it('a lesson step keeps its own work; an entry for another page or an unreadable one is dropped', async () => {
    const storage = memoryStorage();
    await loadLessons();
    const lesson = lessonById('services')!;
    const key = { lessonId: lesson.id, stepId: lesson.steps[0].id };
    const store = createAppStore({ worker: inProcessWorker });
    const stop = persistSession(store, storage, () => encodeShare(currentPayload(store)));
    await bootStep(store, lesson, 0, 7);
    await store.getState().run('kubectl create deployment kubia --image=luksa/kubia --replicas=3 --port=8080');
    stop();
    expect(savedSession(key, storage)?.log.at(-1)?.text).toContain('create deployment kubia');
    expect(savedSession(null, storage)).toBeUndefined();
    // a payload kept under the wrong key (a renamed step) or garbage is forgotten, not replayed
    storage.setItem(sessionKey({ lessonId: lesson.id, stepId: 'other' }), storage.getItem(sessionKey(key))!);
    expect(savedSession({ lessonId: lesson.id, stepId: 'other' }, storage)).toBeUndefined();
    expect(storage.m.has(sessionKey({ lessonId: lesson.id, stepId: 'other' }))).toBe(false);
    storage.setItem(sessionKey(null), '#share=garbage');
    expect(savedSession(null, storage)).toBeUndefined();
    expect(storage.m.has(sessionKey(null))).toBe(false);
  });

  it('Reset forgets the saved work, clears the terminal and the canvas, and boots the step fresh', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ worker: inProcessWorker });
    await bootPlay(store, 5);
    await store.getState().run('kubectl create ns gone');
    storage.setItem(sessionKey(null), encodeShare(currentPayload(store)));
    let cleared = 0;
    store.getState().setTerminal({ print: () => undefined, type: async () => undefined, show: async (_c, exec) => exec(), reset: () => void cleared++ });
    store.getState().setRestart(() => bootPlay(store, 6));
    await resetSession(store, storage);
    expect(cleared).toBe(1);
    expect(storage.m.has(sessionKey(null))).toBe(false);
    expect(store.getState().log).toEqual([]);
    expect(await names(store, 'ns')).not.toContain('namespace/gone');
  });

  it('after the worker dies, a new one replays the command log and the editor keeps its files; or the step starts fresh', async () => {
    let workers = 0;
    const store = createAppStore({ worker: () => (workers++, mortalWorker()) });
    const s = store.getState;
    const printed: string[] = [];
    let cleared = 0;
    s().setTerminal({ print: (t) => void printed.push(t), type: async () => undefined, show: async (_c, exec) => exec(), reset: () => void cleared++ });
    await bootPlay(store, 11);
    await s().run('kubectl create deployment web --image=nginx --replicas=2');
    await s().advance(15_000);
    s().setFile('draft.yaml', 'kind: Pod # never applied\n');
    const pods = await names(store, 'pods');
    const quiet = console.error;
    console.error = () => undefined;
    await s().run('crash').catch(() => undefined);
    console.error = quiet;
    expect(s().workerError).not.toBeNull();

    expect(await restoreSession(store)).toBe(1);
    expect(workers).toBe(2);
    expect(s().workerError).toBeNull();
    expect(cleared).toBe(1);
    expect(printed.join('')).toContain('$ kubectl create deployment web');
    expect(s().files['draft.yaml']).toBe('kind: Pod # never applied\n');
    expect(await names(store, 'pods')).toBe(pods);

    await s().run('crash').catch(() => undefined);
    s().setRestart(() => bootPlay(store, 12));
    await resetSession(store, memoryStorage());
    expect(workers).toBe(3);
    expect(s().workerError).toBeNull();
    expect(await names(store, 'deploy')).toBe('');
  });
});

describe('the first boot, named as the page starts', () => {
  it('names a fresh step or sandbox cluster, and the workbench then boots with that seed once', () => {
    const storage = memoryStorage();
    const first = firstFreshBoot('/lessons/services/service-yaml', '', '', storage);
    expect(first?.cluster).toBeUndefined();
    expect(freshSeed()).toBe(first?.seed);
    expect(freshSeed()).not.toBe(first?.seed);
    expect(firstFreshBoot('/play', '?seed=77&workers=5', '', storage)).toEqual({ seed: 77, cluster: { workers: 5 } });
    // a lesson boots at its own size
    expect(firstFreshBoot('/lessons/services/service-yaml', '?seed=9&workers=5', '', storage)).toEqual({ seed: 9 });
  });

  it('names none when the boot will not be fresh: a share link, saved work, a lesson without its step, another page', async () => {
    const storage = memoryStorage();
    expect(firstFreshBoot('/play', '', '#s=abc', storage)).toBeUndefined();
    expect(firstFreshBoot('/lessons/services', '', '', storage)).toBeUndefined();
    expect(firstFreshBoot('/', '', '', storage)).toBeUndefined();
    const store = createAppStore({ worker: inProcessWorker });
    const stop = persistSession(store, storage, () => encodeShare(currentPayload(store)));
    await bootPlay(store, 42);
    await store.getState().run('kubectl create ns kept');
    stop();
    expect(firstFreshBoot('/play', '', '', storage)).toBeUndefined();
    // an embedded page or an explicit size starts fresh anyway
    expect(firstFreshBoot('/play', '?embed=1&seed=3', '', storage)).toEqual({ seed: 3 });
    expect(firstFreshBoot('/play', '?workers=2&seed=3', '', storage)).toEqual({ seed: 3, cluster: { workers: 2 } });
  });
});
