import type { Lesson } from '../../lessons';
import { splitCommands, stepStart } from '../../lessons/replay';
import { lessonById } from '../lessonRegistry';
import type { ReplayedCommand } from '../../state/cluster';
import type { AppStore } from '../../state/store';
import type { LoggedCommand } from '../../worker/protocol';
import { clearSession, loadSession, sessionKey, type SessionStorage } from '../../state/persist';
import { decodeShare, type SharePayload } from '../share/share';
import { currentPayload } from '../share/ShareButton';
import type { ClusterSize } from '../../worker/protocol';
import { pageFlags, parseRoute } from '../router';

/** The sandbox's first editor tab. */
const PLAY_FILES: Record<string, string> = {
  'kubia-pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: kubia
  labels:
    app: kubia
spec:
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - containerPort: 8080
`,
};

/** A fresh seed per session, so that two sessions differ unless a link says otherwise. */
function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0] % 999_999) + 1;
}

/** Print replayed (visible) commands and their output in the terminal, as if just typed (session lines after their prompt). */
function printReplay(store: AppStore, replay: ReplayedCommand[]): void {
  const term = store.getState().terminal;
  if (!term) return;
  for (const r of replay) {
    if (r.hidden) continue;
    // Ctrl+D and an editor save type nothing at the prompt: only their output shows
    if (r.input === 'eof' || r.input === 'save') term.print(r.result.out);
    else term.print(`${r.input ? (r.prompt ?? '') : '$ '}${r.text}\n${r.result.out}`);
  }
}

/** The seed the worker was asked to prepare a cluster for as the page started (taken once). */
let preparedSeed: number | undefined;

/** The seed of a fresh session: the prepared one the first time, then a new one. */
export function freshSeed(): number {
  const seed = preparedSeed ?? randomSeed();
  preparedSeed = undefined;
  return seed;
}

/**
 * The cluster a page's first boot will ask for, when it starts fresh (no share link, no saved work,
 * as the workbench decides): the worker builds it while the lessons and the page load.
 */
export function firstFreshBoot(pathname: string, search: string, hash: string, storage: SessionStorage = localStorage): { seed: number; cluster?: ClusterSize } | undefined {
  const route = parseRoute(pathname);
  const flags = pageFlags(search);
  if (hash.length > 1) return undefined;
  if (route.page === 'lesson') {
    // `/lessons/<id>` alone moves to its first step first
    if (!route.stepId || (!flags.embed && savedSession({ lessonId: route.lessonId, stepId: route.stepId }, storage))) return undefined;
  } else if (route.page !== 'play' || (!flags.embed && !flags.cluster && savedSession(null, storage))) return undefined;
  const seed = flags.seed ?? (preparedSeed = randomSeed());
  return route.page === 'play' && flags.cluster ? { seed, cluster: flags.cluster } : { seed };
}

export async function bootPlay(store: AppStore, seed: number, cluster?: ClusterSize): Promise<void> {
  store.getState().setLesson(null);
  await store.getState().boot({ seed, files: PLAY_FILES, cluster });
}

/** A fresh cluster at the start of a step: earlier steps' solutions replayed (hidden), then the step's tabs. */
export async function bootStep(store: AppStore, lesson: Lesson, index: number, seed: number): Promise<void> {
  const { commands, files } = stepStart(lesson, index);
  const log: LoggedCommand[] = commands.map((text) => ({ at: 0, text, hidden: true }));
  store.getState().setLesson({ lessonId: lesson.id, stepId: lesson.steps[index].id });
  await store.getState().boot({ seed, files: {}, log, finalFiles: files, active: Object.keys(files)[0] ?? null });
}

/** Moving to another step in the same session: keep the cluster, run the step's setup, show its start tabs. */
export async function enterStep(store: AppStore, lesson: Lesson, index: number): Promise<void> {
  const step = lesson.steps[index];
  store.getState().setLesson({ lessonId: lesson.id, stepId: step.id });
  if (step.start) store.getState().setFiles({ ...step.start });
  for (const c of step.setup ? splitCommands(step.setup) : []) await store.getState().run(c);
}

/** Open a share link: same seed, same commands at the same virtual times, same editor text. */
export async function bootShare(store: AppStore, p: SharePayload): Promise<void> {
  const lesson = p.lessonId ? lessonById(p.lessonId) : undefined;
  store.getState().setLesson(lesson && p.stepId ? { lessonId: lesson.id, stepId: p.stepId } : null);
  const replay = await store.getState().boot({ seed: p.seed, files: p.start, log: p.log, until: p.until, finalFiles: p.files, active: p.active, ...(p.cluster ? { cluster: p.cluster } : {}) });
  printReplay(store, replay);
  // the same cluster, so the same control-plane steps: open the one the sharer was on
  if (p.replay !== undefined) store.setState({ activityTab: 'replay', replayIndex: p.replay });
}

/** The work a page kept (lesson step or sandbox) from an earlier visit, if it is still readable. */
export function savedSession(lesson: { lessonId: string; stepId: string } | null, storage: SessionStorage = localStorage): SharePayload | undefined {
  const text = loadSession(storage, sessionKey(lesson));
  if (!text) return undefined;
  try {
    const p = decodeShare(text);
    // a session saved for another page (renamed step) is not this one's
    if (p && (p.lessonId ?? null) === (lesson?.lessonId ?? null) && (p.stepId ?? null) === (lesson?.stepId ?? null)) return p;
  } catch {
    // unreadable (older format): start fresh
  }
  clearSession(storage, sessionKey(lesson));
  return undefined;
}

/** Reset the step (or sandbox): forget its saved work, clear the terminal and the canvas, boot a fresh cluster. */
export async function resetSession(store: AppStore, storage: SessionStorage = localStorage): Promise<void> {
  const s = store.getState();
  // after a crash the reset also is the way out: on a new worker
  if (s.workerError !== null) s.restartWorker();
  clearSession(storage, sessionKey(s.lesson));
  s.terminal?.reset();
  store.setState({ view: null });
  await s.restart?.();
}

/**
 * After the sim worker failed: a new worker replays the session's command log up to the last instant
 * seen (the replay of share links and reloads), the editor keeps its files as they are now. Resolves
 * with the number of the learner's commands replayed.
 */
export async function restoreSession(store: AppStore): Promise<number> {
  const p = currentPayload(store);
  const s = store.getState();
  s.restartWorker();
  s.terminal?.reset();
  store.setState({ view: null });
  await bootShare(store, p);
  return p.log.filter((c) => !c.hidden && !c.input).length;
}
