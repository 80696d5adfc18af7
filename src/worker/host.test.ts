import { describe, expect, it } from 'vitest';
import type { Request } from './protocol';
import type { FromWorker, ToWorker } from './protocol';
import { SimHost } from './host';

function harness() {
  const out: FromWorker[] = [];
  let tick: (() => void) | undefined;
  const host = new SimHost((m) => out.push(m), {
    setInterval: (fn) => {
      tick = fn;
      return 1;
    },
    clearInterval: () => {
      tick = undefined;
    },
  });
  let id = 0;
  const send = (m: Request) => {
    const msg = { ...m, id: ++id } as ToWorker;
    host.handle(msg);
    return out.filter((o) => 'id' in o && o.id === msg.id);
  };
  return { host, out, send, tick: () => tick?.() };
}

describe('sim worker host', () => {
  it('answers init with ready and posts a view of the cluster', () => {
    const h = harness();
    const [ready] = h.send({ type: 'init', seed: 7, files: { 'a.yaml': 'x: 1\n' } });
    expect(ready.type).toBe('ready');
    const view = h.out.find((m) => m.type === 'viewDelta');
    expect(view && view.type === 'viewDelta' && view.delta.upserts.length).toBeGreaterThan(0);
    expect(view && view.type === 'viewDelta' && view.delta.upserts.some((o) => o.obj.kind === 'Event')).toBe(false);
  });

  it('runs a command and returns its output, the files it wrote (only those) and the virtual time', () => {
    const h = harness();
    h.send({ type: 'init', seed: 7, files: { 'a.yaml': 'x: 1\n' } });
    const [r] = h.send({ type: 'run', text: 'kubectl get nodes' });
    expect(r.type).toBe('result');
    if (r.type !== 'result') return;
    expect(r.files).toBeUndefined();
    expect(typeof r.at).toBe('number');
    expect(r.result.out.length).toBeGreaterThan(0);
    // the page's edits come with the request; the reply brings back only what the shell wrote
    const [w] = h.send({ type: 'run', text: 'cat a.yaml > b.yaml', files: { set: { 'a.yaml': 'x: 2\n' }, removed: [] } });
    expect(w.type === 'result' && w.files).toEqual({ 'b.yaml': 'x: 2\n' });
    const [g] = h.send({ type: 'run', text: 'cat b.yaml', files: { set: {}, removed: ['b.yaml'] } });
    expect(g.type === 'result' && g.result.out).toContain('No such file');
  });

  it('answers an apply with its markers, "did you mean" computed in the worker', () => {
    const h = harness();
    h.send({ type: 'init', seed: 7, files: {} });
    const bad = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 80\n    tragetPort: 8080\n';
    const [r] = h.send({ type: 'apply', file: 's.yaml', files: { set: { 's.yaml': bad }, removed: [] } });
    if (r.type !== 'result') throw new Error(r.type);
    expect(r.diagnostics?.map((d) => [d.line, d.suggestion])).toEqual([[8, 'targetPort']]);
    expect(r.files).toBeUndefined();
  });

  it('advances virtual time in play mode, speed times the real tick', () => {
    const h = harness();
    h.send({ type: 'init', seed: 7, files: {} });
    const t0 = (h.out.find((m) => m.type === 'viewDelta') as Extract<FromWorker, { type: 'viewDelta' }>).delta.now;
    h.send({ type: 'clock', playing: true, speed: 20 });
    h.tick();
    const last = [...h.out].reverse().find((m) => m.type === 'time' || m.type === 'viewDelta')!;
    const now = last.type === 'time' ? last.now : last.type === 'viewDelta' ? last.delta.now : 0;
    expect(now - t0).toBe(2000);
  });

  it('replays logged commands at their virtual times (same seed, same cluster)', () => {
    const a = harness();
    a.send({ type: 'init', seed: 3, files: {} });
    a.send({ type: 'advance', ms: 5000 });
    const [ra] = a.send({ type: 'run', text: 'kubectl get nodes' });
    const b = harness();
    const at = ra.type === 'result' ? ra.at! : 0;
    const [ready] = b.send({ type: 'init', seed: 3, files: {}, commands: [{ at, text: 'kubectl get nodes' }] });
    expect(ready.type === 'ready' && ready.replay?.[0].result.out).toBe(ra.type === 'result' && ra.result.out);
  });

  it('sends only what changed after the first view', () => {
    const h = harness();
    h.send({ type: 'init', seed: 7, files: {} });
    const first = h.out.filter((m) => m.type === 'viewDelta').length;
    h.send({ type: 'run', text: 'kubectl create namespace team-a' });
    const deltas = h.out.filter((m): m is Extract<FromWorker, { type: 'viewDelta' }> => m.type === 'viewDelta');
    expect(deltas.length).toBe(first + 1);
    const d = deltas[deltas.length - 1].delta;
    expect(d.upserts.map((u) => u.obj.metadata.name)).toContain('team-a');
    expect(d.upserts.length).toBeLessThan(10);
  });

  it('sends the page an object\'s kind and name once, when it appears, not with each write', () => {
    const h = harness();
    h.send({ type: 'init', seed: 7, files: {} });
    h.send({ type: 'run', text: 'kubectl create configmap cfg --from-literal=a=1' });
    const deltas = () => h.out.filter((m): m is Extract<FromWorker, { type: 'viewDelta' }> => m.type === 'viewDelta');
    const created = deltas()[deltas().length - 1].delta.upserts.find((u) => u.obj.metadata.name === 'cfg');
    expect(created?.obj).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' } });
    h.send({ type: 'run', text: 'kubectl label configmap cfg tier=web' });
    const labelled = deltas()[deltas().length - 1].delta;
    expect(labelled.upserts.some((u) => u.obj.metadata.name === 'cfg')).toBe(false);
    h.send({ type: 'run', text: 'kubectl delete configmap cfg' });
    expect(deltas()[deltas().length - 1].delta.removed.some((k) => k.endsWith('|default|cfg'))).toBe(true);
  });

  it('names the objects a command wrote, not what the running clock changed before it', () => {
    const h = harness();
    h.send({ type: 'init', seed: 7, files: {} });
    h.send({ type: 'run', text: 'kubectl create deployment kubia --image=luksa/kubia --replicas=2' });
    // pods pull and start while the clock runs: the next command is not about them
    h.send({ type: 'clock', playing: true, speed: 20 });
    for (let i = 0; i < 30; i++) h.tick();
    const [r] = h.send({ type: 'run', text: 'kubectl expose deployment kubia --port=80 --target-port=8080' });
    const touched = r.type === 'result' ? (r.touched ?? []) : [];
    expect(touched).toContain('Service/default/kubia');
    expect(touched).toContain('Endpoints/default/kubia');
    // the API server's allocator writes the ClusterIP's IPAddress with the Service
    expect(touched).toContainEqual(expect.stringMatching(/^IPAddress\/\/10\.\d+\.\d+\.\d+$/));
    expect(touched.filter((id) => !/^(Service|Endpoints|EndpointSlice)\/default\/kubia|^IPAddress\/\//.test(id))).toEqual([]);
    const [q] = h.send({ type: 'run', text: 'kubectl get pods', quiet: true });
    expect(q.type === 'result' && q.touched).toBeUndefined();
  });

  it('reports an error for messages before init', () => {
    const h = harness();
    const [r] = h.send({ type: 'run', text: 'kubectl get pods' });
    expect(r.type).toBe('error');
  });
});
