import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { listen, type RunningServer } from './server';

let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await listen(new Cluster({ seed: 3 }), 0);
  base = `http://127.0.0.1:${server.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const post = (path: string, body: string | Uint8Array<ArrayBuffer>, type = 'application/json') => fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body });

describe('the HTTP API', () => {
  it('answers bad input with a Status and keeps serving', async () => {
    const bad = await post('/api/v1/namespaces/default/pods', '{bad');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'BadRequest', code: 400, message: "couldn't get version/kind; json parse error: invalid character 'b' looking for beginning of object key string" });
    const media = await post('/api/v1/namespaces/default/pods', 'x', 'text/plain');
    expect(media.status).toBe(415);
    const huge = await post('/api/v1/namespaces/default/configmaps', new Uint8Array(4 * 1024 * 1024).fill(97));
    expect(huge.status).toBe(413);
    expect((await huge.json()).message).toBe('Request entity too large: limit is 3145728');
    const unknown = await fetch(`${base}/apis/example.com/v1/widgets`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).reason).toBe('NotFound');
    const nodes = await fetch(`${base}/api/v1/nodes`);
    expect(nodes.status).toBe(200);
    expect((await nodes.json()).items.map((n: { metadata: { name: string } }) => n.metadata.name)).toEqual(['k8s-master', 'k8s-node1', 'k8s-node2']);
  });

  it('creates from JSON and reports validation errors as the API server does', async () => {
    const ok = await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: 'c1' }, data: { a: 'b' } }));
    expect(ok.status).toBe(201);
    const again = await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: 'c1' } }));
    expect(again.status).toBe(409);
    expect((await again.json()).message).toBe('configmaps "c1" already exists');
  });

  it('prints a Table with the printer columns when asked', async () => {
    const r = await fetch(`${base}/api/v1/nodes`, { headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' } });
    const t = await r.json();
    expect(t.kind).toBe('Table');
    expect(t.columnDefinitions.map((c: { name: string }) => c.name)).toEqual(['Name', 'Status', 'Roles', 'Age', 'Version', 'Internal-IP', 'External-IP', 'OS-Image', 'Kernel-Version', 'Container-Runtime']);
    expect(t.rows[0].cells.slice(0, 3)).toEqual(['k8s-master', 'Ready', 'control-plane']);
  });

  it('answers exec with 501', async () => {
    const r = await post('/api/v1/namespaces/kube-system/pods/etcd-k8s-master/exec', '');
    expect(r.status).toBe(501);
  });
});
