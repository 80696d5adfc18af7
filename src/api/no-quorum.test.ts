/**
 * The HTTP API while etcd has no quorum: discovery answers, storage hangs until the API server gives
 * up, and real kubectl v1.34 prints what the project's kubectl prints for the same requests.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRealKubectl } from '../kubectl/oracle/real-kubectl';
import { Cluster } from '../sim/cluster';
import { HEALTHCHECK_TIMEOUT_MS, READYCHECK_TIMEOUT_MS } from '../sim/apiserver/etcd-checks';
import { READ_HANG_MS } from '../sim/etcd/unavailable';
import { Shell } from '../shell/shell';
import { MemoryWorkspace } from '../kubectl/context';
import { listen, type RunningServer } from './server';

let server: RunningServer;
let served: Cluster;
let base: string;

/** Two of the three members stop: no quorum. */
function loseQuorum(c: Cluster): void {
  c.etcd.stop('k8s-master');
  c.etcd.stop('etcd-2');
  c.runUntilIdle();
}

beforeAll(async () => {
  served = new Cluster({ seed: 5 });
  loseQuorum(served);
  server = await listen(served, 0);
  base = `http://127.0.0.1:${server.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

function real(args: string[]): Promise<string> {
  return new Promise((done) => {
    execFile(requireRealKubectl(), [`--server=${base}`, ...args], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' }, timeout: 30_000 }, (_e, stdout, stderr) => done(stderr + stdout));
  });
}

describe('the HTTP API without an etcd quorum', () => {
  it('answers a read as the timeout filter does, after the request timeout on the cluster clock: 504, a Status without kind, as text', async () => {
    const before = served.now();
    const r = await fetch(`${base}/api/v1/namespaces/default/pods`);
    expect(r.status).toBe(504);
    expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await r.text()).toBe('{"metadata":{},"status":"Failure","message":"Timeout: request did not complete within the allotted timeout","reason":"Timeout","details":{},"code":504}\n');
    expect(served.now() - before).toBeGreaterThanOrEqual(READ_HANG_MS);
    // a write gets the finisher's Timeout Status; discovery does not need etcd
    const w = await fetch(`${base}/api/v1/namespaces/default/configmaps`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ metadata: { name: 'c' } }) });
    expect(w.status).toBe(504);
    expect(await w.json()).toMatchObject({ kind: 'Status', reason: 'Timeout', code: 504, message: 'Timeout: request did not complete within requested timeout - context deadline exceeded' });
    expect((await fetch(`${base}/apis/apps/v1`)).status).toBe(200);
  });

  it('answers the health endpoints after the etcd checks\' deadlines on the cluster clock: 2s for /livez, 2s more for etcd-readiness on /readyz', async () => {
    served.advance(1000);
    let before = served.now();
    const live = await fetch(`${base}/livez`);
    expect(live.status).toBe(500);
    expect(await live.text()).toContain('[-]etcd failed: reason withheld\n');
    expect(served.now() - before).toBe(HEALTHCHECK_TIMEOUT_MS);
    before = served.now();
    expect((await fetch(`${base}/readyz`)).status).toBe(500);
    expect(served.now() - before).toBe(HEALTHCHECK_TIMEOUT_MS + READYCHECK_TIMEOUT_MS);
  });

  it('gives real kubectl v1.34 the errors the project kubectl prints', async () => {
    const own = new Cluster({ seed: 5 });
    loseQuorum(own);
    const shell = new Shell({ cluster: own, fs: new MemoryWorkspace() });
    for (const line of ['kubectl get pods', 'kubectl get deploy coredns -n kube-system', 'kubectl create configmap c --from-literal=a=b', 'kubectl delete deployment coredns -n kube-system', 'kubectl api-resources --api-group=batch', 'kubectl get cs', 'kubectl get componentstatus etcd-0 -o yaml', 'kubectl get --raw /readyz', 'kubectl get --raw /livez/etcd', 'kubectl get --raw /healthz?exclude=etcd']) {
      expect(await real(line.split(' ').slice(1)), line).toBe(shell.run(line).out);
    }
  }, 120_000);
});
