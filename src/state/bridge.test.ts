import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker, ViewDelta } from '../worker/protocol';
import { Bridge, type WorkerLike } from './bridge';

const delta = (key: string, now: number): ViewDelta => ({
  version: now,
  now,
  upserts: [{ key, obj: { apiVersion: 'v1', kind: 'Pod', metadata: { name: key } } }],
  removed: [],
  eventUpserts: [],
  eventRemoved: [],
});

describe('Bridge', () => {
  it('ignores what the old cluster posted before the worker read a new init', () => {
    const sent: ToWorker[] = [];
    const worker: WorkerLike = { onmessage: null, postMessage: (m) => void sent.push(m) };
    const views: string[][] = [];
    const times: number[] = [];
    const bridge = new Bridge(worker, { onView: (view) => views.push(view.objects.map((o) => o.metadata.name!)), onTime: (m) => times.push(m.now) });
    const post = (m: FromWorker) => worker.onmessage?.(new MessageEvent<FromWorker>('message', { data: m }));
    void bridge.request({ type: 'init', seed: 1, files: {} });
    // still the old cluster: a delta of a pod it had and a tick
    post({ type: 'viewDelta', delta: delta('old-pod', 5) });
    post({ type: 'time', now: 5, playing: true, speed: 1 });
    expect(views).toEqual([]);
    expect(times).toEqual([]);
    post({ type: 'ready', id: sent[0].id, replay: [], files: {} });
    post({ type: 'viewDelta', delta: delta('new-pod', 0) });
    expect(views).toEqual([['new-pod']]);
  });
});
