import { describe, expect, it } from 'vitest';
import { SimHost } from '../worker/host';
import { Cluster } from '../sim/cluster';
import { MAX_REPLAY_STEPS, type FromWorker, type Request, type ToWorker } from '../worker/protocol';
import { applyActivity } from './replay';

type ActivityMsg = Extract<FromWorker, { type: 'activity' }>;

function host() {
  const out: FromWorker[] = [];
  const ticks: (() => void)[] = [];
  const clusters: Cluster[] = [];
  const h = new SimHost((m) => out.push(m), { setInterval: (fn) => ticks.push(fn), clearInterval: () => undefined }, (config) => {
    clusters.push(new Cluster(config));
    return clusters[clusters.length - 1];
  });
  let id = 0;
  const send = (m: Request) => h.handle({ ...m, id: ++id } as ToWorker);
  const activity = () => out.filter((m): m is ActivityMsg => m.type === 'activity');
  return { out, send, activity, tick: () => ticks.forEach((t) => t()), cluster: () => clusters[clusters.length - 1] };
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

  it('sends no step the page would not keep: the first MAX_REPLAY_STEPS of a busy command, then nothing more', () => {
    const { send, activity, tick, cluster } = host();
    send({ type: 'init', seed: 3, files: {} });
    send({ type: 'run', text: 'kubectl create deployment web --image=nginx --replicas=60' });
    send({ type: 'clock', playing: true, speed: 50 });
    for (let i = 0; i < 10; i++) tick();
    const log = cluster().activity;
    const all = log.since(log.command!.mark, Infinity);
    expect(all.length).toBeGreaterThan(MAX_REPLAY_STEPS);
    const msgs = activity();
    expect(msgs.reduce((n, m) => n + m.steps.length, 0)).toBe(MAX_REPLAY_STEPS);
    const page = msgs.reduce<ReturnType<typeof applyActivity> | null>((p, m) => applyActivity(p, m), null);
    // what the page shows: the command's first steps, in order, as it kept them before the cap
    expect(page!.steps).toEqual(all.slice(0, MAX_REPLAY_STEPS));
    const n = msgs.length;
    for (let i = 0; i < 5; i++) tick();
    expect(activity().length).toBe(n);
    // the next command starts over
    send({ type: 'run', text: 'kubectl scale deployment web --replicas=1' });
    expect(activity()[n]).toMatchObject({ command: 'kubectl scale deployment web --replicas=1', reset: true });
    expect(activity()[n].steps.length).toBeGreaterThan(0);
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
