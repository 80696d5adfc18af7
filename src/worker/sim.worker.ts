/// <reference lib="webworker" />
import { SimHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

/** The sim worker: the cluster, kubectl and the shell live here, off the main thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = new SimHost((m: FromWorker) => scope.postMessage(m), {
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  now: () => performance.now(),
});
scope.onmessage = (e: MessageEvent<ToWorker>) => host.handle(e.data);
