import { describe, expect, it } from 'vitest';
import { SimHost } from '../worker/host';
import type { FromWorker, Request, ToWorker } from '../worker/protocol';
import { applyActivity } from './replay';

type ActivityMsg = Extract<FromWorker, { type: 'activity' }>;

function host() {
  const out: FromWorker[] = [];
  const ticks: (() => void)[] = [];
  const h = new SimHost((m) => out.push(m), { setInterval: (fn) => ticks.push(fn), clearInterval: () => undefined });
  let id = 0;
  const send = (m: Request) => h.handle({ ...m, id: ++id } as ToWorker);
  const activity = () => out.filter((m): m is ActivityMsg => m.type === 'activity');
  return { out, send, activity, tick: () => ticks.forEach((t) => t()) };
}

describe('sim worker host: the control-plane replay', () => {
  it('sends the steps of a command, then what follows it as time runs, and starts over with the next command', () => {
    const { send, activity, tick } = host();
    send({ type: 'init', seed: 3, files: {} });
    expect(activity()).toEqual([]);
    send({ type: 'run', text: 'kubectl create deployment web --image=nginx' });
    const first = activity();
    expect(first.length).toBe(1);
    expect(first[0]).toMatchObject({ command: 'kubectl create deployment web --image=nginx', reset: true });
    expect(first[0].steps[0]).toMatchObject({ kind: 'request', verb: 'create', object: { resource: 'deployments.apps', name: 'web' } });
    // the clock plays: the kubelet's later work arrives as more steps of the same command
    send({ type: 'clock', playing: true, speed: 50 });
    for (let i = 0; i < 5; i++) tick();
    const more = activity().slice(1);
    expect(more.length).toBeGreaterThan(0);
    expect(more.every((m) => !m.reset)).toBe(true);
    let page = first.reduce<ReturnType<typeof applyActivity> | null>((p, m) => applyActivity(p, m), null);
    for (const m of more) page = applyActivity(page, m);
    expect(page!.steps.some((s) => s.kind === 'event' && s.reason === 'Started')).toBe(true);
    const seqs = page!.steps.map((s) => s.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    send({ type: 'run', text: 'kubectl get pods' });
    const last = activity()[activity().length - 1];
    expect(last).toMatchObject({ command: 'kubectl get pods', reset: true, steps: [] });
  });

  it('keeps the learner’s command when the page queries (inspector) or runs checks', () => {
    const { send, activity } = host();
    send({ type: 'init', seed: 3, files: {} });
    send({ type: 'run', text: 'kubectl create namespace demo' });
    const n = activity().length;
    send({ type: 'run', text: 'kubectl describe namespace demo', quiet: true });
    send({ type: 'checks', checks: [{ id: 'c', title: { zh: '', en: '' }, run: 'kubectl get ns demo', expect: {} }] });
    expect(activity().slice(n).every((m) => m.command === 'kubectl create namespace demo')).toBe(true);
  });

  it('starts a lesson step without the replay of its hidden setup', () => {
    const { send, activity } = host();
    send({ type: 'init', seed: 3, files: {}, commands: [{ at: 0, text: 'kubectl create namespace setup', hidden: true }] });
    expect(activity()).toEqual([]);
  });
});
