import { SimHost } from '../worker/host';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { WorkerLike } from './bridge';

/** A WorkerLike that runs the sim host in the same thread (tests, Node). Messages are delivered asynchronously, like a worker. */
export function inProcessWorker(): WorkerLike & { tick(): void } {
  const w: WorkerLike & { tick(): void } = {
    onmessage: null,
    postMessage(m: ToWorker) {
      queueMicrotask(() => host.handle(structuredClone(m)));
    },
    tick: () => host.tick(),
  };
  const host = new SimHost(
    (m: FromWorker) => queueMicrotask(() => w.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>)),
    // play mode is driven by hand in tests (w.tick())
    { setInterval: () => 0, clearInterval: () => undefined },
  );
  return w;
}
