import type { WorkerLike } from './bridge';
import { inProcessWorker } from './inProcessWorker';
import type { ToWorker } from '../worker/protocol';

/** An in-process worker that dies, as a real one does on an uncaught error, when it is sent the command `crash`. */
export function mortalWorker(): WorkerLike {
  const w = inProcessWorker();
  const post = w.postMessage.bind(w);
  w.postMessage = (m: ToWorker) => {
    if (m.type === 'run' && m.text === 'crash') queueMicrotask(() => w.onerror?.({ message: 'boom', filename: 'sim.worker.js', lineno: 1 } as ErrorEvent));
    else post(m);
  };
  return w;
}
