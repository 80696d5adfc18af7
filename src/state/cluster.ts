import type { StateCreator } from 'zustand';
import type { CommandResult } from '../kubectl/context';
import type { CheckResult, CheckSpec } from '../lessons/types';
import type { ClusterSize, ClusterView, CompletionData, FileChanges, FromWorker, LoggedCommand, SessionInfo } from '../worker/protocol';
import { WorkerCrashed, type Bridge } from './bridge';
import type { EditorSlice } from './editor';
import type { ReplaySlice } from './replay';

/** What the terminal component registers so that others (Apply, Run buttons) can print and type into it. */
export interface TerminalHandle {
  /** Print text (\n line ends) above the prompt. */
  print(text: string): void;
  /** Type `command` visibly at the prompt, then run it. */
  type(command: string): Promise<void>;
  /** Show `command` as if typed at the prompt (null: nothing typed, e.g. saving a `kubectl edit`), run `exec` and print its output. */
  show(command: string | null, exec: () => Promise<CommandResult>): Promise<CommandResult>;
  /** Clear everything printed so far (Reset) and show a fresh prompt. */
  reset(): void;
}

/** A command (or session line) a replay ran, with what it printed. */
/** A command's result; `editing`: the file `kubectl edit` opened in the editor. */
type RunResult = CommandResult & { editing?: string };

export type ReplayedCommand = NonNullable<Extract<FromWorker, { type: 'ready' }>['replay']>[number];

interface BootOptions {
  seed: number;
  files: Record<string, string>;
  active?: string | null;
  /** Share links: commands to replay, the instant to reach, and the editor text to show afterwards. */
  log?: LoggedCommand[];
  until?: number;
  finalFiles?: Record<string, string>;
  /** Cluster size knobs (`?workers=N&maxpods=M&etcd=E`). */
  cluster?: ClusterSize;
}

/** The simulated cluster as the page sees it, and every way to talk to it. */
export interface ClusterSlice {
  ready: boolean;
  view: ClusterView | null;
  now: number;
  playing: boolean;
  speed: number;
  completions: CompletionData | null;
  seed: number;
  /** The size the cluster started with (share links carry it); undefined for the default cluster. */
  size?: ClusterSize;
  /** Commands run this session (for share links), with the files they saw. */
  log: LoggedCommand[];
  /** Files the session started from (share links replay from them). */
  startFiles: Record<string, string>;
  terminal: TerminalHandle | null;
  /** Set when the sim worker threw or died: what went wrong, for developers (the page shows a fixed text). */
  workerError: string | null;
  /** The interactive session holding the terminal (a shell in a pod), if any. */
  session: SessionInfo | null;
  /** Files `kubectl edit` opened and that are not saved yet: Apply on one saves the edit. */
  edits: string[];
  /** Graph ids of the objects the last command or apply wrote (what the canvas looks at). */
  touched: string[];

  /** (Re)start the cluster; resolves with the replayed commands' output. */
  boot(opts: BootOptions): Promise<ReplayedCommand[]>;
  /** Run a shell line (logged for share links unless `log: false`). */
  run(text: string, opts?: { log?: boolean }): Promise<RunResult>;
  /** A line for the open session (null: Ctrl+D), logged like a command. */
  input(line: string | null): Promise<CommandResult>;
  /** Run a shell line and return its output only (inspector, describe); never logged. */
  query(text: string): Promise<string>;
  /** `kubectl apply -f <file>`; sets the file's diagnostics. */
  apply(file: string): Promise<CommandResult>;
  runChecks(checks: CheckSpec[]): Promise<CheckResult[]>;
  advance(ms: number): Promise<void>;
  setClock(playing: boolean, speed?: number): Promise<void>;
  /** Start `kubectl get -w`; `onChunk` receives further rows until `stop()`. */
  watch(text: string, onChunk: (chunk: string) => void): Promise<{ result: CommandResult; stop: () => void }>;
  setTerminal(t: TerminalHandle | null): void;
  /** After a crash: drop the failed worker; the next boot starts a new one. */
  restartWorker(): void;
}

export interface ClusterSliceEnv {
  bridge: () => Bridge;
  watchers: Map<number, (chunk: string) => void>;
  /** Drop the current worker; the next request starts a new one. */
  restartWorker: () => void;
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

export function createClusterSlice(env: ClusterSliceEnv): StateCreator<ClusterSlice & EditorSlice & ReplaySlice, [], [], ClusterSlice> {
  /** What the worker's workspace holds, and what the last log entry recorded. */
  let synced: Record<string, string> = {};
  let logged: Record<string, string> = {};
  // one command at a time, in order: the share log must match what ran
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn, fn);
    chain = p.catch(() => undefined);
    return p;
  };

  return (set, get) => {
    const syncFiles = async () => {
      const files = get().files;
      if (sameFiles(files, synced)) return;
      await env.bridge().request({ type: 'files', files });
      synced = { ...files };
    };
    /** The editor's edits the worker has not seen: a request carries them, so one apply is one round trip. */
    const unsent = (): FileChanges | undefined => {
      const files = get().files;
      const set: Record<string, string> = {};
      for (const [k, v] of Object.entries(files)) if (synced[k] !== v) set[k] = v;
      const removed = Object.keys(synced).filter((k) => !(k in files));
      return Object.keys(set).length || removed.length ? { set, removed } : undefined;
    };
    /** The worker took the edits in. */
    const sent = (c: FileChanges | undefined) => {
      if (!c) return;
      synced = { ...synced, ...c.set };
      for (const k of c.removed) delete synced[k];
    };
    /** Take the files the shell wrote into the editor, and close the tabs of those it removed (`rm`). */
    const takeFiles = (m: { files?: Record<string, string>; gone?: string[] }) => {
      if (!m.files && !m.gone) return;
      synced = { ...synced };
      for (const [k, v] of Object.entries(m.files ?? {})) {
        if (get().files[k] !== v) get().setFile(k, v);
        synced[k] = v;
      }
      for (const k of m.gone ?? []) {
        delete synced[k];
        get().closeFile(k);
      }
    };
    const record = (text: string, at: number | undefined, input?: LoggedCommand['input']) => {
      const entry: LoggedCommand = { at: at ?? get().now, text, ...(input ? { input } : {}) };
      if (!sameFiles(synced, logged)) {
        entry.files = { ...synced };
        logged = { ...synced };
      }
      set({ log: [...get().log, entry] });
    };
    const expect = <T extends FromWorker['type']>(m: FromWorker, type: T) => {
      if (m.type !== type) throw new Error(`sim worker: expected ${type}, got ${m.type}`);
      return m as Extract<FromWorker, { type: T }>;
    };

    return {
      ready: false,
      view: null,
      now: 0,
      playing: false,
      speed: 1,
      completions: null,
      seed: 1,
      log: [],
      startFiles: {},
      terminal: null,
      workerError: null,
      session: null,
      edits: [],
      touched: [],

      boot(opts) {
        // the step's tabs show at once (and take edits) while the cluster boots; the worker gets them once it is up
        get().setFiles(opts.finalFiles ?? opts.files, opts.active);
        return serial(async () => {
          set({ ready: false, playing: false, seed: opts.seed, size: opts.cluster, log: [...(opts.log ?? [])], startFiles: { ...opts.files }, workerError: null, activity: null, replayIndex: null, session: null, edits: [], touched: [] });
          try {
            const m = expect(
              await env.bridge().request({ type: 'init', seed: opts.seed, files: opts.files, commands: opts.log, until: opts.until, cluster: opts.cluster }),
              'ready',
            );
            synced = { ...(m.files ?? opts.files) };
            logged = { ...synced };
            if (opts.finalFiles) await syncFiles();
            else if (m.files) get().setFiles(m.files, opts.active);
            set({ ready: true, completions: m.completions ?? null, session: m.session ?? null, edits: m.edits ?? [], touched: m.touched ?? [] });
            // a real cluster's time runs: from here on the clock plays at the chosen speed
            set({ playing: true });
            await env.bridge().request({ type: 'clock', playing: true, speed: get().speed });
            return m.replay ?? [];
          } catch (e) {
            set({ workerError: e instanceof WorkerCrashed ? e.detail : (e as Error).message });
            throw e;
          }
        });
      },
      run(text, opts = {}) {
        return serial(async () => {
          const files = unsent();
          const m = expect(await env.bridge().request({ type: 'run', text, files }), 'result');
          sent(files);
          if (opts.log !== false) record(text, m.at);
          takeFiles(m);
          set({ session: m.session ?? null, edits: m.edits ?? get().edits, touched: m.touched ?? [] });
          // `kubectl edit`: its file opens as the active tab
          if (m.editing) get().openFile(m.editing, m.files?.[m.editing] ?? get().files[m.editing] ?? '');
          return m.editing ? { ...m.result, editing: m.editing } : m.result;
        });
      },
      input(line) {
        return serial(async () => {
          const m = expect(await env.bridge().request({ type: 'input', line }), 'result');
          record(line ?? '', m.at, line === null ? 'eof' : 'line');
          takeFiles(m);
          set({ session: m.session ?? null, touched: m.touched ?? [] });
          return m.result;
        });
      },
      query(text) {
        return serial(async () => {
          const m = expect(await env.bridge().request({ type: 'run', text, quiet: true }), 'result');
          return m.result.out;
        });
      },
      apply(file) {
        return serial(async () => {
          const files = unsent();
          const m = expect(await env.bridge().request({ type: 'apply', file, files }), 'result');
          sent(files);
          if (m.saved) record(file, m.at, 'save');
          else record(`kubectl apply -f ${file}`, m.at);
          takeFiles(m);
          set({ edits: m.edits ?? get().edits, touched: m.touched ?? [] });
          get().setDiagnostics(file, m.diagnostics ?? []);
          return m.result;
        });
      },
      runChecks(checks) {
        return serial(async () => expect(await env.bridge().request({ type: 'checks', checks }), 'checks').results);
      },
      advance(ms) {
        return serial(async () => {
          await env.bridge().request({ type: 'advance', ms });
        });
      },
      setClock(playing, speed = get().speed) {
        set({ playing, speed });
        return serial(async () => {
          await env.bridge().request({ type: 'clock', playing, speed });
        });
      },
      watch(text, onChunk) {
        return serial(async () => {
          const p = env.bridge().request({ type: 'watch', text });
          env.watchers.set(p.id, onChunk);
          const m = expect(await p, 'result');
          const stop = () => {
            if (!env.watchers.delete(p.id)) return;
            void env.bridge().request({ type: 'unwatch', watchId: p.id });
          };
          if (m.result.code !== 0) env.watchers.delete(p.id);
          return { result: m.result, stop };
        });
      },
      setTerminal(t) {
        set({ terminal: t });
      },
      restartWorker() {
        env.restartWorker();
      },
    };
  };
}
