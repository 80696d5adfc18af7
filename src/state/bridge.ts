import type { FromWorker, Request, ToWorker } from '../worker/protocol';
import { ViewReplica } from '../worker/viewDelta';

/** What the bridge needs of a Worker (a real one, or an in-process fake for tests). */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  terminate?(): void;
}

/** Messages that are not replies: views, time ticks, watch output and a session's end. */
export interface BridgeListeners {
  onView?(m: Extract<FromWorker, { type: 'view' }>): void;
  onTime?(m: Extract<FromWorker, { type: 'time' }>): void;
  onStream?(m: Extract<FromWorker, { type: 'stream' }>): void;
  onActivity?(m: Extract<FromWorker, { type: 'activity' }>): void;
  onSessionEnd?(m: Extract<FromWorker, { type: 'sessionEnd' }>): void;
}

/** What the worker posts on its own, outside replies to requests. */
const BROADCASTS = new Set<FromWorker['type']>(['view', 'viewDelta', 'time', 'stream', 'activity', 'sessionEnd']);

/** Request/response over postMessage: every request gets an id and a promise settled by the reply with that id. */
export class Bridge {
  private nextId = 1;
  private pending = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();
  private replica = new ViewReplica();
  /** The init request the worker has not answered yet: until it does, what it posts is the old cluster's. */
  private booting: number | null = null;

  constructor(
    readonly worker: WorkerLike,
    private readonly listeners: BridgeListeners,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
  }

  /** Send a request; resolves with the worker's reply (rejects on an `error` reply). */
  request(msg: Request): Promise<FromWorker> & { id: number } {
    const id = this.nextId++;
    // a new cluster starts from an empty view
    if (msg.type === 'init') {
      this.replica = new ViewReplica();
      this.booting = id;
    }
    const p = new Promise<FromWorker>((resolve, reject) => this.pending.set(id, { resolve, reject })) as Promise<FromWorker> & { id: number };
    p.id = id;
    this.worker.postMessage({ ...msg, id } as ToWorker);
    return p;
  }

  private receive(m: FromWorker): void {
    // a view or tick the old cluster posted before the worker read init would land in the new, empty replica
    if (this.booting !== null && BROADCASTS.has(m.type)) return;
    switch (m.type) {
      case 'view':
        return this.listeners.onView?.(m);
      case 'viewDelta':
        return this.listeners.onView?.({ type: 'view', view: this.replica.apply(m.delta) });
      case 'time':
        return this.listeners.onTime?.(m);
      case 'stream':
        return this.listeners.onStream?.(m);
      case 'activity':
        return this.listeners.onActivity?.(m);
      case 'sessionEnd':
        return this.listeners.onSessionEnd?.(m);
      default: {
        if (m.id === this.booting) this.booting = null;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.type === 'error') p.reject(new Error(m.message));
        else p.resolve(m);
      }
    }
  }

  terminate(): void {
    this.worker.terminate?.();
    for (const p of this.pending.values()) p.reject(new Error('worker terminated'));
    this.pending.clear();
  }
}
