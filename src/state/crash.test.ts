import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { SimHost } from '../worker/host';
import type { FromWorker } from '../worker/protocol';
import { Bridge, WorkerCrashed, type WorkerLike } from './bridge';
import { mortalWorker } from './mortalWorker';
import { createAppStore } from './store';

/** What a worker posts, as the page's onmessage receives it. */
const message = (data: FromWorker) => new MessageEvent<FromWorker>('message', { data });

describe('a failed sim worker', () => {
  it('marks the bridge crashed: what waits and what comes rejects at once, the page learns the cause', async () => {
    let workers = 0;
    const store = createAppStore({ worker: () => (workers++, mortalWorker()) });
    const s = store.getState;
    await s().boot({ seed: 4, files: {} });
    await s().run('kubectl create cm typed --from-literal=a=b');
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      await expect(s().run('crash')).rejects.toBeInstanceOf(WorkerCrashed);
    } finally {
      console.error = log;
    }
    expect(s().workerError).toContain('boom');
    expect(s().ready).toBe(false);
    expect(s().playing).toBe(false);
    // the learner's text is fixed, the cause is for developers
    await expect(s().run('kubectl get cm')).rejects.toThrow('the simulated cluster stopped');
    expect(errors).toHaveLength(1);
    // a new worker after restartWorker
    s().restartWorker();
    await s().boot({ seed: 4, files: {}, log: s().log });
    expect(workers).toBe(2);
    expect(s().workerError).toBeNull();
    expect((await s().run('kubectl get cm typed -o name')).out).toBe('configmap/typed\n');
  });

  it('treats an error reply and a crashed tick as a crash of the worker', async () => {
    // a host error while answering a request: the cluster may be half-changed
    const fake: WorkerLike = { onmessage: null, postMessage: (m) => queueMicrotask(() => fake.onmessage?.(message({ type: 'error', id: m.id, message: 'TypeError: x' }))) };
    let crashed = '';
    const b = new Bridge(fake, { onCrash: (d) => (crashed = d) });
    await expect(b.request({ type: 'run', text: 'x' })).rejects.toBeInstanceOf(WorkerCrashed);
    expect(crashed).toBe('TypeError: x');
    // a play-mode tick that throws in the worker
    const tick: WorkerLike = { onmessage: null, postMessage: () => undefined };
    let ticked = '';
    const pending = new Bridge(tick, { onCrash: (d) => (ticked = d) }).request({ type: 'run', text: 'kubectl get pods' });
    tick.onmessage?.(message({ type: 'crashed', message: 'RangeError' }));
    expect(ticked).toBe('RangeError');
    await expect(pending).rejects.toBeInstanceOf(WorkerCrashed);
  });

  it('the host stops the clock and posts crashed when a tick throws', () => {
    const posted: FromWorker[] = [];
    let interval = 0;
    let failing = false;
    /** A cluster whose clock fails once told to, as a runaway recursion in a component would. */
    class FailingCluster extends Cluster {
      override advance(ms: number): void {
        if (failing) throw new RangeError('Maximum call stack size exceeded');
        super.advance(ms);
      }
    }
    const host = new SimHost((m) => posted.push(m), { setInterval: () => ++interval, clearInterval: () => void (interval = -1) }, (config) => new FailingCluster(config));
    host.handle({ type: 'init', id: 1, seed: 1, files: {} });
    host.handle({ type: 'clock', id: 2, playing: true, speed: 1 });
    failing = true;
    host.tick();
    expect(posted.at(-1)).toMatchObject({ type: 'crashed' });
    expect(interval).toBe(-1);
  });
});
