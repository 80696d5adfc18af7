import { describe, expect, it } from 'vitest';
import type { Request } from './protocol';
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
    // the next command takes the path away (one view without it), and then nothing new is posted
    send({ type: 'run', text: 'echo hi' });
    const after = out.filter((m): m is Extract<FromWorker, { type: 'viewDelta' }> => m.type === 'viewDelta');
    expect(after.length).toBe(3);
    expect(after[2].delta.trace).toBeUndefined();
    send({ type: 'run', text: 'echo again' });
    expect(out.filter((m) => m.type === 'viewDelta').length).toBe(3);
  });

  it('does not carry the path of a hidden replayed command (an earlier step) into the step', () => {
    const out: FromWorker[] = [];
    const host = new SimHost((m) => out.push(m), { setInterval: () => 1, clearInterval: () => undefined });
    const curl = 'curl -s http://192.168.0.101:30123';
    host.handle({ type: 'init', id: 1, seed: 7, files: {}, commands: [{ at: 0, text: curl, hidden: true }] } as ToWorker);
    const hidden = out.filter((m): m is Extract<FromWorker, { type: 'viewDelta' }> => m.type === 'viewDelta');
    expect(hidden[hidden.length - 1].delta.trace).toBeUndefined();
    out.length = 0;
    // a shared link's visible last command keeps its path
    host.handle({ type: 'init', id: 2, seed: 7, files: {}, commands: [{ at: 0, text: curl }] } as ToWorker);
    const shown = out.filter((m): m is Extract<FromWorker, { type: 'viewDelta' }> => m.type === 'viewDelta');
    expect(shown[shown.length - 1].delta.trace?.length).toBeGreaterThan(0);
  });
});
