import { describe, expect, it } from 'vitest';
import type { Request } from '../state/bridge';
import type { FromWorker, ToWorker } from './protocol';
import { SimHost } from './host';

describe('sim worker host: request paths', () => {
  it('posts a view after a curl that changes no object, so the canvas draws the request path', () => {
    const out: FromWorker[] = [];
    const host = new SimHost((m) => out.push(m), { setInterval: () => 1, clearInterval: () => undefined });
    let id = 0;
    const send = (m: Request) => host.handle({ ...m, id: ++id } as ToWorker);
    send({ type: 'init', seed: 7, files: {} });
    send({ type: 'run', text: 'curl -s http://192.168.0.101:30123' });
    const deltas = out.filter((m): m is Extract<FromWorker, { type: 'viewDelta' }> => m.type === 'viewDelta');
    const last = deltas[deltas.length - 1].delta;
    expect(deltas.length).toBe(2);
    expect(last.upserts).toEqual([]);
    expect(last.trace?.length).toBeGreaterThan(0);
    // nothing new afterwards: no extra view
    send({ type: 'run', text: 'echo hi' });
    expect(out.filter((m) => m.type === 'viewDelta').length).toBe(2);
  });
});
