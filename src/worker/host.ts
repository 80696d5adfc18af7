import { MemoryWorkspace, type CommandResult, type EditSession, type TtySession } from '../kubectl/context';
import type { SourceProblem } from '../kubectl/problems';
import { COMMANDS } from '../kubectl/commands';
import '../kubectl/kubectl';
import { RESOURCES } from '../sim/apiserver/resources';
import { Cluster } from '../sim/cluster';
import type { ClusterConfig } from '../sim/config';
import { defaultNodes } from '../sim/config';
import { Shell } from '../shell/shell';
import { evaluateChecks } from '../lessons/checks';
import { diagnose } from './diagnostics';
import { MAX_REPLAY_STEPS, type ClusterSize, type CompletionData, type FileChanges, type FromWorker, type LoggedCommand, type SessionInfo, type ToWorker, type ViewDelta } from './protocol';
import type { KObject } from '../sim/types';
import { addSuggestions } from './suggest';
import { suggestField } from '../sim/apiserver/schema/suggest-field';
import { objectId } from '../graph/kinds';
import { etcdSignature, etcdView, HIDDEN, isVisibleChange, lastTrace } from './view';
import { ModelTracker } from './modelDelta';
import { ViewTracker } from './viewDelta';
import { WatchStream } from './watch';

/** Real milliseconds between two play-mode ticks. */
const TICK_MS = 100;

/** Timer functions, injected so tests drive the play loop by hand. */
export interface HostTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Real time in ms; when given, play-mode views are posted at most every VIEW_EVERY_MS. */
  now?(): number;
}

/** At most this many control-plane steps per message (a long command sends more with the next views). */
const ACTIVITY_BATCH = 200;

/** While playing, at most this many real ms between two views (deltas accumulate meanwhile). */
const VIEW_EVERY_MS = 250;

/**
 * The sim worker's brain, free of `self`/`postMessage` so it runs in Node tests:
 * holds the cluster, the shell and the workspace, answers ToWorker messages and posts views.
 */
export class SimHost {
  private cluster?: Cluster;
  private shell?: Shell;
  private fs = new MemoryWorkspace();
  /** The files as the page has them: replies carry only what the shell changed since. */
  private pageFiles = new Map<string, string>();
  private version = 0;
  private postedVersion = -1;
  private playing = false;
  private speed = 1;
  private ticker: unknown;
  private watches = new Map<number, WatchStream>();
  private tracker = new ViewTracker();
  /** The view keys the page holds. */
  private pageKeys = new Set<string>();
  /** The graph model follows the same deltas, so the page's main thread only patches it. */
  private models = new ModelTracker();
  private lastPostAt = -Infinity;
  /** The request path the page last got; a curl changes no object but the canvas draws its path. */
  private postedTrace: unknown;
  /** What the page last saw of etcd: a leader elected or lost as time passes is a visible change too. */
  private postedEtcd = '';
  /** The command whose control-plane steps the page has, and the log position it has them up to. */
  private activityCommand: unknown;
  private activitySeq = 0;
  /** How many of that command's steps the page has (it keeps MAX_REPLAY_STEPS). */
  private activitySent = 0;
  /** What kubectl reported about `-f` files during the current apply (the editor's markers). */
  private problems: SourceProblem[] = [];
  /** The interactive session holding the terminal (`kubectl exec -it … -- sh`), if any. */
  private session?: TtySession;
  /** Only commands typed at the terminal may open a session (not checks, not the inspector's queries). */
  private ttyOpen = false;
  /** Open `kubectl edit` files, by name: applying one saves the edit instead. */
  private edits = new Map<string, EditSession>();
  /** The file the last command opened for editing (the page shows its tab). */
  private editing?: string;
  /** Graph ids of the objects written while a command runs (the clock's own changes are not the command's). */
  private touched?: Set<string>;
  /** A cluster built before its init (`prepare`), untouched since, and the seed and size it was built for. */
  private prepared?: { key: string; cluster: Cluster };

  /** `newCluster`: how an init builds its cluster (a test gives one whose clock fails). */
  constructor(
    private readonly post: (m: FromWorker) => void,
    private readonly timers: HostTimers,
    private readonly newCluster: (config: Partial<ClusterConfig>) => Cluster = (config) => new Cluster(config),
  ) {}

  /** Handle one message; replies (and views) go through `post`. */
  handle(msg: ToWorker): void {
    try {
      this.dispatch(msg);
    } catch (e) {
      const err = e as Error;
      this.post({ type: 'error', id: msg.id, message: err.stack ?? err.message ?? String(e) });
    }
  }

  private dispatch(msg: ToWorker): void {
    if (msg.type === 'init') return this.init(msg);
    if (msg.type === 'prepare') return this.prepare(msg);
    const cluster = this.cluster;
    const shell = this.shell;
    if (!cluster || !shell) throw new Error('sim worker: init first');
    switch (msg.type) {
      case 'run': {
        if (msg.files) this.patchFiles(msg.files);
        const at = cluster.now();
        // the inspector's and checks' queries are not the learner's commands: the camera stays
        const [result, touched] = msg.quiet ? [cluster.activity.aside(() => this.run(msg.text)), undefined] : this.tracking(() => this.run(msg.text, true));
        const editing = this.takeEditing();
        this.post({ type: 'result', id: msg.id, result, ...this.fileChanges(), at, session: this.sessionInfo(), edits: [...this.edits.keys()], touched, ...(editing ? { editing } : {}) });
        break;
      }
      case 'input': {
        const at = cluster.now();
        const [result, touched] = this.tracking(() => this.input(msg.line));
        this.post({ type: 'result', id: msg.id, result, ...this.fileChanges(), at, session: this.sessionInfo(), touched });
        break;
      }
      case 'apply': {
        if (msg.files) this.patchFiles(msg.files);
        const text = this.fs.read(msg.file) ?? '';
        const at = cluster.now();
        this.problems = [];
        const saved = this.edits.has(msg.file);
        const [result, touched] = this.tracking(() => (saved ? this.saveEdit(msg.file) : this.run(`kubectl apply -f ${quote(msg.file)}`)));
        const diagnostics = addSuggestions(diagnose(msg.file, text, this.problems), suggestField);
        this.problems = [];
        this.post({ type: 'result', id: msg.id, result, ...this.fileChanges(), diagnostics, at, edits: [...this.edits.keys()], touched, ...(saved ? { saved } : {}) });
        break;
      }
      case 'files':
        this.setFiles(msg.files);
        this.post({ type: 'result', id: msg.id, result: { out: '', code: 0 } });
        break;
      case 'advance':
        cluster.advance(msg.ms);
        this.post({ type: 'result', id: msg.id, result: { out: '', code: 0 } });
        break;
      case 'checks': {
        const results = evaluateChecks(shell, msg.checks);
        this.post({ type: 'checks', id: msg.id, results });
        break;
      }
      case 'clock':
        this.setClock(msg.playing, msg.speed);
        this.post({ type: 'result', id: msg.id, result: { out: '', code: 0 } });
        break;
      case 'watch': {
        const w = new WatchStream(msg.text, shell, cluster);
        this.watches.set(msg.id, w);
        const first = w.start();
        this.post({ type: 'result', id: msg.id, result: first });
        if (first.code !== 0) this.watches.delete(msg.id);
        break;
      }
      case 'unwatch':
        this.watches.delete(msg.watchId);
        this.post({ type: 'result', id: msg.id, result: { out: '', code: 0 } });
        break;
    }
    this.afterChange();
  }

  /** The page names the cluster its first boot will ask for as it starts loading: building it overlaps the lessons' and the page's loading. */
  private prepare(msg: Extract<ToWorker, { type: 'prepare' }>): void {
    this.prepared = { key: clusterKey(msg.seed, msg.cluster), cluster: this.newCluster(clusterConfig(msg.seed, msg.cluster)) };
    this.post({ type: 'result', id: msg.id, result: { out: '', code: 0 } });
  }

  private init(msg: Extract<ToWorker, { type: 'init' }>): void {
    this.setClock(false, this.speed);
    this.watches.clear();
    this.session = undefined;
    // a seeded cluster nothing has touched is the one a fresh build would give
    const prepared = this.prepared;
    this.prepared = undefined;
    const cluster = prepared?.key === clusterKey(msg.seed, msg.cluster) ? prepared.cluster : this.newCluster(clusterConfig(msg.seed, msg.cluster));
    cluster.api.store.onChange((ev) => {
      if (!isVisibleChange(ev.resource)) return;
      this.version++;
      if (this.touched && !HIDDEN.has(ev.resource)) this.touched.add(objectId(ev.object.kind, ev.object.metadata.namespace, ev.object.metadata.name ?? ''));
    });
    this.cluster = cluster;
    this.tracker.reset();
    this.pageKeys.clear();
    this.models = new ModelTracker();
    this.fs = new MemoryWorkspace();
    this.edits.clear();
    this.shell = new Shell({
      cluster,
      fs: this.fs,
      report: (p) => this.problems.push(p),
      tty: { open: (s) => this.ttyOpen && (this.session = s) },
      // as a tty: only the learner's own commands open the editor
      editor: { open: (s) => this.ttyOpen && (this.edits.set(s.file, s), (this.editing = s.file)) },
    });
    this.setFiles(msg.files);
    const replay: Extract<FromWorker, { type: 'ready' }>['replay'] & object = [];
    // what the last replayed command that wrote anything wrote: a step opens looking where the one before left off
    let touched: string[] = [];
    for (const c of msg.commands ?? []) {
      const prompt = c.input === 'line' || c.input === 'eof' ? this.sessionInfo()?.prompt : undefined;
      const [result, wrote] = this.tracking(() => this.replayOne(c));
      if (wrote.length) touched = wrote;
      replay.push({ text: c.text, result, hidden: c.hidden, ...(c.input ? { input: c.input, prompt } : {}) });
    }
    if (msg.until !== undefined && msg.until > cluster.now()) cluster.advance(msg.until - cluster.now());
    this.pollSession();
    this.version++;
    const files = this.files();
    this.pageFiles = new Map(Object.entries(files));
    this.post({ type: 'ready', id: msg.id, completions: completionData(), replay, files, session: this.sessionInfo(), edits: [...this.edits.keys()], ...(touched.length ? { touched } : {}) });
    this.afterChange(true);
  }

  private replayOne(c: LoggedCommand): CommandResult {
    const cluster = this.cluster!;
    if (c.files) this.setFiles(c.files);
    if (c.at > cluster.now()) cluster.advance(c.at - cluster.now());
    // a session that ended while time passed ended just as it did in the page
    this.pollSession();
    const r = c.input === 'save' ? this.saveEdit(c.text) : c.input ? this.input(c.input === 'eof' ? null : c.text) : this.run(c.text, !c.hidden);
    this.takeEditing();
    // earlier steps' solutions replay unseen: their requests are not this step's path, nor its replay
    if (c.hidden) {
      delete cluster.services.lastTrace;
      cluster.activity.command = undefined;
    }
    return r;
  }

  /** `fn`'s result and the graph ids of the objects written meanwhile (the camera looks at them). */
  private tracking(fn: () => CommandResult): [CommandResult, string[]] {
    const touched = (this.touched = new Set());
    try {
      return [fn(), [...touched]];
    } finally {
      this.touched = undefined;
    }
  }

  private run(text: string, terminal = false): CommandResult {
    // a request path belongs to the command that made it: the next command starts without one
    delete this.cluster!.services.lastTrace;
    this.ttyOpen = terminal && !this.session;
    try {
      const r = this.shell!.run(text);
      this.cluster!.runUntilIdle();
      return r;
    } finally {
      this.ttyOpen = false;
    }
  }

  /** Saving an open `kubectl edit` file: the edit goes to the server; a failed one reopens the file. */
  private saveEdit(file: string): CommandResult {
    const session = this.edits.get(file);
    if (!session) return this.run(`kubectl apply -f ${quote(file)}`);
    const turn = session.save(this.fs.read(file) ?? '');
    if (turn.done) this.edits.delete(file);
    this.cluster!.runUntilIdle();
    return turn.result;
  }

  private takeEditing(): string | undefined {
    const file = this.editing;
    this.editing = undefined;
    return file;
  }

  /** A line (null: Ctrl+D) for the open session; its output, plus kubectl's last words when it ends. */
  private input(line: string | null): CommandResult {
    const s = this.session;
    if (!s) return { out: '', code: 0 };
    const turn = line === null ? s.eof() : s.input(line);
    this.cluster!.runUntilIdle();
    if (!turn.end) return { out: turn.out, code: 0 };
    this.session = undefined;
    return { out: turn.out + turn.end.out, code: turn.end.code };
  }

  private sessionInfo(): SessionInfo | undefined {
    return this.session ? { prompt: this.session.prompt() } : undefined;
  }

  /** End the session if its container went away; returns what kubectl printed then. */
  private pollSession(): string | undefined {
    const turn = this.session?.poll();
    if (!turn) return undefined;
    this.session = undefined;
    return turn.out + (turn.end?.out ?? '');
  }

  private setFiles(files: Record<string, string>): void {
    for (const k of this.fs.list()) if (!(k in files)) this.fs.remove(k);
    for (const [k, v] of Object.entries(files)) this.fs.write(k, v);
    this.pageFiles = new Map(Object.entries(files));
  }

  /** The page's edits since its last request (it sends only those). */
  private patchFiles(c: FileChanges): void {
    for (const k of c.removed) {
      this.fs.remove(k);
      this.pageFiles.delete(k);
    }
    for (const [k, v] of Object.entries(c.set)) {
      this.fs.write(k, v);
      this.pageFiles.set(k, v);
    }
  }

  /** What the shell wrote or removed since the page last had the files (then it has them). */
  private fileChanges(): { files?: Record<string, string>; gone?: string[] } {
    const files: Record<string, string> = {};
    for (const k of this.fs.list()) {
      const v = this.fs.read(k)!;
      if (this.pageFiles.get(k) !== v) files[k] = v;
    }
    const gone = [...this.pageFiles.keys()].filter((k) => this.fs.read(k) === undefined);
    this.pageFiles = new Map(this.fs.list().map((k) => [k, this.fs.read(k)!]));
    return { ...(Object.keys(files).length ? { files } : {}), ...(gone.length ? { gone } : {}) };
  }

  private files(): Record<string, string> {
    return Object.fromEntries(this.fs.list().map((k) => [k, this.fs.read(k)!]));
  }

  private setClock(playing: boolean, speed: number): void {
    this.speed = speed;
    // pausing shows the latest state at once
    if (!playing) this.lastPostAt = -Infinity;
    if (playing && !this.playing) this.ticker = this.timers.setInterval(() => this.tick(), TICK_MS);
    if (!playing && this.playing) this.timers.clearInterval(this.ticker);
    this.playing = playing;
  }

  /** One play-mode tick: advance virtual time by speed × the real tick. */
  tick(): void {
    if (!this.cluster) return;
    try {
      this.cluster.advance(TICK_MS * this.speed);
      const ended = this.pollSession();
      if (ended !== undefined) this.post({ type: 'sessionEnd', out: ended });
      this.afterChange(false, true);
    } catch (e) {
      // no request to answer: stop the clock and tell the page, which offers to restore the session
      this.setClock(false, this.speed);
      this.post({ type: 'crashed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }

  /** Post what changed (else just the time), then feed running watches. Ticks are throttled. */
  private afterChange(force = false, tick = false): void {
    const cluster = this.cluster;
    if (!cluster) return;
    // a new request path is a visible change even when no object changed
    const trace = lastTrace(cluster);
    if (trace !== this.postedTrace) {
      this.postedTrace = trace;
      this.version++;
    }
    const etcd = etcdSignature(etcdView(cluster));
    if (etcd !== this.postedEtcd) {
      this.postedEtcd = etcd;
      this.version++;
    }
    const realNow = this.timers.now?.();
    // big clusters redraw less often while playing: a view costs the page time in proportion to its size
    const every = Math.max(VIEW_EVERY_MS, this.tracker.size / 2);
    const throttled = tick && realNow !== undefined && realNow - this.lastPostAt < every;
    if (force || (this.version !== this.postedVersion && !throttled)) {
      this.postedVersion = this.version;
      if (realNow !== undefined) this.lastPostAt = realNow;
      const delta = this.tracker.delta(cluster, this.version);
      delta.model = this.models.delta(delta);
      this.post({ type: 'viewDelta', delta: this.forPage(delta) });
      for (const [id, w] of this.watches) {
        const chunk = w.poll();
        if (chunk) this.post({ type: 'stream', id, chunk });
      }
    } else {
      this.post({ type: 'time', now: cluster.now(), playing: this.playing, speed: this.speed });
    }
    if (!throttled) this.postActivity(cluster);
  }

  /**
   * The page keeps each object's kind and name only (tab completion; the cards come in the model):
   * an object crosses once, when it appears, not with every write to its status.
   */
  private forPage(d: ViewDelta): ViewDelta {
    const upserts = d.upserts.filter((u) => !this.pageKeys.has(u.key)).map((u) => ({ key: u.key, obj: nameOnly(u.obj) }));
    for (const u of upserts) this.pageKeys.add(u.key);
    for (const k of d.removed) this.pageKeys.delete(k);
    return { ...d, upserts };
  }

  /** Send the control-plane steps of the latest command that the page does not have yet. */
  private postActivity(cluster: Cluster): void {
    const log = cluster.activity;
    const cmd = log.command;
    if (!cmd) return;
    const reset = cmd !== this.activityCommand;
    const from = reset ? cmd.mark : this.activitySeq;
    const sent = reset ? 0 : this.activitySent;
    // the page keeps no more steps of this command: none crosses
    if (!reset && (log.mark() === from || sent >= MAX_REPLAY_STEPS)) return;
    const limit = Math.min(ACTIVITY_BATCH, MAX_REPLAY_STEPS - sent);
    const steps = log.since(from, limit);
    this.activityCommand = cmd;
    this.activitySent = sent + steps.length;
    this.activitySeq = steps.length === limit ? steps[steps.length - 1].seq + 1 : log.mark();
    if (reset || steps.length) this.post({ type: 'activity', command: cmd.text, at: cmd.at, reset, steps });
  }
}

function clusterConfig(seed: number, size: ClusterSize = {}): Partial<ClusterConfig> {
  return {
    seed,
    ...(size.workers ? { nodes: defaultNodes(size.workers) } : {}),
    ...(size.maxPods ? { maxPods: size.maxPods } : {}),
    ...(size.etcdMembers ? { etcdMembers: size.etcdMembers } : {}),
  };
}

/** What makes two fresh clusters equal: the seed and the size knobs. */
function clusterKey(seed: number, size: ClusterSize = {}): string {
  return `${seed}/${size.workers ?? ''}/${size.maxPods ?? ''}/${size.etcdMembers ?? ''}`;
}

function nameOnly(o: KObject): KObject {
  const { name, namespace } = o.metadata;
  return { apiVersion: o.apiVersion, kind: o.kind, metadata: namespace === undefined ? { name } : { name, namespace } };
}

function quote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Command paths and resource words for the terminal's tab completion. */
function completionData(): CompletionData {
  const resources = new Set<string>();
  for (const rt of RESOURCES) {
    resources.add(rt.plural);
    resources.add(rt.singular);
    for (const s of rt.shortNames) resources.add(s);
  }
  return { commands: COMMANDS.map((c) => [...c.path]), resources: [...resources].sort() };
}
