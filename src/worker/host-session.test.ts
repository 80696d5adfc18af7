import { describe, expect, it } from 'vitest';
import type { FromWorker, LoggedCommand, Request, ToWorker } from './protocol';
import { SimHost } from './host';

function harness() {
  const out: FromWorker[] = [];
  let tick: (() => void) | undefined;
  const host = new SimHost((m) => out.push(m), { setInterval: (fn) => ((tick = fn), 1), clearInterval: () => (tick = undefined) });
  let id = 0;
  const send = (m: Request) => {
    const msg = { ...m, id: ++id } as ToWorker;
    host.handle(msg);
    return out.find((o) => 'id' in o && o.id === msg.id) as Extract<FromWorker, { type: 'result' | 'ready' }>;
  };
  return { out, send, tick: () => tick?.() };
}

const result = (m: FromWorker) => (m.type === 'result' ? m : (undefined as never));

describe('sim worker host: a shell inside a pod', () => {
  it('opens on `kubectl exec -it`, runs lines in the container, and gives the terminal back on exit', () => {
    const h = harness();
    h.send({ type: 'init', seed: 5, files: {} });
    h.send({ type: 'run', text: 'kubectl run bb --image=busybox -- sleep 3600' });
    h.send({ type: 'run', text: 'sleep 20' });
    const opened = result(h.send({ type: 'run', text: 'kubectl exec -it bb -- sh' }));
    expect(opened.session).toEqual({ prompt: '/ # ' });
    expect(result(h.send({ type: 'input', line: 'hostname' }))).toMatchObject({ result: { out: 'bb\n', code: 0 }, session: { prompt: '/ # ' } });
    // a playground command typed meanwhile would be a container command: the page sends lines as input
    const bye = result(h.send({ type: 'input', line: 'exit 5' }));
    expect(bye.result).toEqual({ out: 'command terminated with exit code 5\n', code: 5 });
    expect(bye.session).toBeUndefined();
    expect(result(h.send({ type: 'run', text: 'kubectl get pod bb -o name' })).result.out).toBe('pod/bb\n');
  });

  it('checks and lesson setup never open a session', () => {
    const h = harness();
    h.send({ type: 'init', seed: 5, files: {}, commands: [{ at: 0, text: 'kubectl run bb --image=busybox -- sleep 3600', hidden: true }, { at: 20_000, text: 'kubectl exec -it bb -- sh', hidden: true }] });
    const r = result(h.send({ type: 'run', text: 'kubectl get pods -o name' }));
    expect(r.session).toBeUndefined();
    expect(r.result.out).toBe('pod/bb\n');
  });

  it('replays a log with session lines to the same output and leaves the shared session open', () => {
    const a = harness();
    a.send({ type: 'init', seed: 9, files: {} });
    const log: LoggedCommand[] = [];
    const run = (text: string) => {
      const r = result(a.send({ type: 'run', text }));
      log.push({ at: r.at!, text });
      return r;
    };
    const input = (line: string) => {
      const r = result(a.send({ type: 'input', line }));
      log.push({ at: r.at!, text: line, input: 'line' });
      return r;
    };
    run('kubectl run -it --rm t --image=busybox --restart=Never -- sh');
    const host = input('hostname').result.out;
    input('cd /etc');

    const b = harness();
    const ready = b.send({ type: 'init', seed: 9, files: {}, commands: log });
    expect(ready.type).toBe('ready');
    if (ready.type !== 'ready') return;
    expect(ready.replay?.[1]).toMatchObject({ text: 'hostname', input: 'line', prompt: '/ # ', result: { out: host } });
    expect(ready.session).toEqual({ prompt: '/etc # ' });
    const end = result(b.send({ type: 'input', line: null }));
    expect(end.result.out).toBe('\npod "t" deleted from default namespace\n');
  });

  it('ends the session by itself when its container stops while time passes', () => {
    const h = harness();
    h.send({ type: 'init', seed: 5, files: {} });
    h.send({ type: 'run', text: 'kubectl run bb --image=busybox --restart=Never -- sleep 30' });
    h.send({ type: 'run', text: 'sleep 20' });
    expect(result(h.send({ type: 'run', text: 'kubectl exec -it bb -- sh' })).session).toBeDefined();
    h.send({ type: 'clock', playing: true, speed: 20 });
    h.out.length = 0;
    for (let i = 0; i < 20 && !h.out.some((m) => m.type === 'sessionEnd'); i++) h.tick();
    expect(h.out.filter((m) => m.type === 'sessionEnd')).toEqual([{ type: 'sessionEnd', out: 'command terminated with exit code 137\n' }]);
    expect(result(h.send({ type: 'input', line: 'hostname' })).result.out).toBe('');
  });
});

describe('sim worker host: the cluster size', () => {
  it('starts the cluster with the etcd members the page asks for (?etcd=5)', () => {
    const h = harness();
    h.send({ type: 'init', seed: 5, files: {}, cluster: { etcdMembers: 5 } });
    expect(result(h.send({ type: 'run', text: 'etcd members' })).result.out).toMatch(/^5 members, quorum 3 /);
  });
});
