import type { ClusterView, FromWorker, Request, ToWorker } from '../worker/protocol';
import { ModelReplica } from '../worker/modelDelta';
import { ViewReplica } from '../worker/viewDelta';

/** What the bridge needs of a Worker (a real one, or an in-process fake for tests). */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  /** A real Worker's uncaught error (or a failed script load). */
  onerror?: ((e: ErrorEvent) => void) | null;
  terminate?(): void;
}

/** What a request rejects with once the worker failed: a fixed text for the learner, the cause for developers. */
export class WorkerCrashed extends Error {
  constructor(readonly detail: string) {
    super('the simulated cluster stopped');
  }
}

/** Messages that are not replies: views, time ticks, watch output and a session's end. */
export interface BridgeListeners {
  /** The view after the worker's latest delta. */
  onView?(view: ClusterView): void;
  onTime?(m: Extract<FromWorker, { type: 'time' }>): void;
  onStream?(m: Extract<FromWorker, { type: 'stream' }>): void;
  onActivity?(m: Extract<FromWorker, { type: 'activity' }>): void;
  onSessionEnd?(m: Extract<FromWorker, { type: 'sessionEnd' }>): void;
  /** The worker threw or died; every pending and later request rejects with WorkerCrashed. */
  onCrash?(detail: string): void;
}

const NO_CHANGE = { nodes: [], edges: [], removedNodes: [], removedEdges: [] };

/** What the worker posts on its own, outside replies to requests. */
const BROADCASTS = new Set<FromWorker['type']>(['viewDelta', 'time', 'stream', 'activity', 'sessionEnd']);

/** Request/response over postMessage: every request gets an id and a promise settled by the reply with that id. */
export class Bridge {
  private nextId = 1;
  private pending = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();
  private replica = new ViewReplica();
  private models = new ModelReplica();
  /** The init request the worker has not answered yet: until it does, what it posts is the old cluster's. */
  private booting: number | null = null;

  constructor(
    readonly worker: WorkerLike,
    private readonly listeners: BridgeListeners,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = (e) => this.crash(e?.message ? `${e.message} (${e.filename}:${e.lineno})` : 'the worker failed to load or stopped');
  }

  /** Set once the worker failed: nothing more is sent to it. */
  crashed: string | null = null;

  /** Send a request; resolves with the worker's reply (rejects on an `error` reply). */
  request(msg: Request): Promise<FromWorker> & { id: number } {
    const id = this.nextId++;
    // a new cluster starts from an empty view
    if (msg.type === 'init') {
      this.replica = new ViewReplica();
      this.models = new ModelReplica();
      this.booting = id;
    }
    const p = new Promise<FromWorker>((resolve, reject) => this.pending.set(id, { resolve, reject })) as Promise<FromWorker> & { id: number };
    p.id = id;
    if (this.crashed !== null) {
      this.pending.get(id)!.reject(new WorkerCrashed(this.crashed));
      this.pending.delete(id);
      return p;
    }
    this.worker.postMessage({ ...msg, id } as ToWorker);
    return p;
  }

  /** The worker cannot be trusted any more: reject what waits, refuse what comes, tell the page. */
  private crash(detail: string): void {
    if (this.crashed !== null) return;
    this.crashed = detail;
    for (const p of this.pending.values()) p.reject(new WorkerCrashed(detail));
    this.pending.clear();
    this.listeners.onCrash?.(detail);
  }

  private receive(m: FromWorker): void {
    // a view or tick the old cluster posted before the worker read init would land in the new, empty replica
    if (this.booting !== null && BROADCASTS.has(m.type)) return;
    switch (m.type) {
      case 'viewDelta':
        return this.listeners.onView?.({ ...this.replica.apply(m.delta), model: this.models.apply(m.delta.model ?? NO_CHANGE) });
      case 'time':
        return this.listeners.onTime?.(m);
      case 'stream':
        return this.listeners.onStream?.(m);
      case 'activity':
        return this.listeners.onActivity?.(m);
      case 'sessionEnd':
        return this.listeners.onSessionEnd?.(m);
      case 'crashed':
        return this.crash(m.message);
      default: {
        if (m.id === this.booting) this.booting = null;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        // the host failed while answering: the cluster may be half-changed, so the session is restored
        if (m.type === 'error') {
          p.reject(new WorkerCrashed(m.message));
          this.crash(m.message);
        } else p.resolve(m);
      }
    }
  }

  terminate(): void {
    this.worker.terminate?.();
    for (const p of this.pending.values()) p.reject(new Error('worker terminated'));
    this.pending.clear();
  }
}
