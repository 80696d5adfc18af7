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

  it('answers the review kinds at once and refuses to list them', async () => {
    const who = await post('/apis/authentication.k8s.io/v1/selfsubjectreviews', '{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}');
    expect(who.status).toBe(201);
    expect((await who.json()).status).toEqual({ userInfo: { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] } });
    const sar = (spec: unknown) => post('/apis/authorization.k8s.io/v1/subjectaccessreviews', JSON.stringify({ apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec }));
    const denied = await sar({ user: 'system:serviceaccount:default:default', resourceAttributes: { verb: 'list', resource: 'pods', namespace: 'default' } });
    expect([denied.status, (await denied.json()).status]).toEqual([201, { allowed: false }]);
    const masters = await sar({ user: 'x', groups: ['system:masters'], resourceAttributes: { verb: 'delete', resource: 'nodes' } });
    expect((await masters.json()).status.allowed).toBe(true);
    const nobody = await sar({ resourceAttributes: { verb: 'list', resource: 'pods' } });
    expect([nobody.status, (await nobody.json()).message]).toEqual([422, 'SubjectAccessReview.authorization.k8s.io "" is invalid: spec.user: Invalid value: "": at least one of user or group must be specified']);
    // kubectl get tokenreviews: create is their only verb
    const list = await fetch(`${base}/apis/authentication.k8s.io/v1/tokenreviews`);
    expect([list.status, (await list.json()).message]).toEqual([405, 'the server does not allow this method on the requested resource']);
  });

  it('authenticates a bearer token: 401 for one no authenticator accepts, the ServiceAccount for one it issued, impersonation only with RBAC', async () => {
    const bad = await fetch(`${base}/api/v1/namespaces/default/pods`, { headers: { Authorization: 'Bearer garbage' } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    const tr = await post('/api/v1/namespaces/default/serviceaccounts/default/token', '{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{}}');
    const token = (await tr.json()).status.token;
    const as = (extra: Record<string, string> = {}) => fetch(`${base}/api/v1/namespaces/default/pods`, { headers: { Authorization: `Bearer ${token}`, ...extra } });
    expect((await (await as()).json()).message).toBe('pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"');
    expect((await (await as({ 'Impersonate-User': 'x' })).json()).message).toBe('users "x" is forbidden: User "system:serviceaccount:default:default" cannot impersonate resource "users" in API group "" at the cluster scope');
  });

  it('authenticates and authorizes discovery, version, OpenAPI and health as any request (system:discovery, system:public-info-viewer)', async () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
    for (const path of ['/api', '/apis', '/api/v1', '/apis/apps', '/version', '/openapi/v3', '/healthz', '/apis/example.com/v1/widgets']) {
      const bad = await get(path, { Authorization: 'Bearer garbage' });
      expect([path, bad.status, await bad.json()]).toEqual([path, 401, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 }]);
    }
    const anonymous = { 'Impersonate-User': 'system:anonymous' };
    // system:unauthenticated is bound to system:public-info-viewer only
    expect((await get('/version', anonymous)).status).toBe(200);
    expect(await (await get('/healthz', anonymous)).text()).toBe('ok');
    const apis = await get('/apis', anonymous);
    expect([apis.status, await apis.json()]).toEqual([403, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'forbidden: User "system:anonymous" cannot get path "/apis"', reason: 'Forbidden', details: {}, code: 403 }]);
    for (const path of ['/api', '/api/v1', '/apis/apps/v1', '/openapi/v2', '/openapi/v3/api/v1', '/nowhere']) expect((await (await get(path, anonymous)).json()).message).toBe(`forbidden: User "system:anonymous" cannot get path "${path}"`);
    const head = await fetch(`${base}/version`, { method: 'HEAD', headers: anonymous });
    expect(head.status).toBe(403);
    // a path shaped as a resource is authorized as one, before the server finds it serves no such resource
    expect((await (await get('/apis/example.com/v1/widgets', anonymous)).json()).message).toBe('widgets.example.com is forbidden: User "system:anonymous" cannot list resource "widgets" in API group "example.com" at the cluster scope');
    expect((await get('/apis/example.com/v1/widgets')).status).toBe(404);
    // a ServiceAccount is in system:authenticated, which system:discovery lets read discovery
    const tr = await post('/api/v1/namespaces/default/serviceaccounts/default/token', '{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{}}');
    const sa = { Authorization: `Bearer ${(await tr.json()).status.token}` };
    for (const path of ['/api', '/apis', '/api/v1', '/apis/apps/v1', '/version', '/openapi/v3']) expect([path, (await get(path, sa)).status]).toEqual([path, 200]);
    const metrics = await get('/metrics', sa);
    expect([metrics.status, (await metrics.json()).message]).toEqual([403, 'forbidden: User "system:serviceaccount:default:default" cannot get path "/metrics"']);
  });

  it('decodes YAML bodies as go-yaml v2 does, with its error texts', async () => {
    const cases: [string, string][] = [
      ['a: [\n', 'yaml: line 1: did not find expected node content'],
      ['a: b\n c: d\n', 'yaml: line 2: mapping values are not allowed in this context'],
      ['a: *x\n', "yaml: unknown anchor 'x' referenced"],
    ];
    for (const [body, message] of cases) {
      const r = await post('/api/v1/namespaces/default/configmaps', body, 'application/yaml');
      expect(await r.json()).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400, message });
    }
    // YAML 1.1 as go-yaml reads it: `y` is a boolean, which a ConfigMap's data refuses
    const bool = await post('/api/v1/namespaces/default/configmaps', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\ndata:\n  k: y\n', 'application/yaml');
    expect((await bool.json()).message).toBe('ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal bool into Go struct field ConfigMap.data of type string');
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

  it('drops unknown fields under fieldValidation Warn (the default) and Ignore, rejects them under Strict', async () => {
    const pod = (name: string) => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'a', image: 'nginx', imagePullPolice: 'Always' }] } });
    const strict = await post('/api/v1/namespaces/default/pods?fieldValidation=Strict', pod('s'));
    expect(strict.status).toBe(400);
    expect((await strict.json()).message).toBe('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolice"');
    const warn = await post('/api/v1/namespaces/default/pods', pod('w'));
    expect(warn.status).toBe(201);
    expect(warn.headers.get('warning')).toBe('299 - "unknown field \\"spec.containers[0].imagePullPolice\\""');
    expect((await warn.json()).spec.containers[0].imagePullPolice).toBeUndefined();
    const ignore = await post('/api/v1/namespaces/default/pods?fieldValidation=Ignore', pod('i'));
    expect(ignore.status).toBe(201);
    expect(ignore.headers.get('warning')).toBeNull();
    const bad = await post('/api/v1/namespaces/default/pods?fieldValidation=Loud', pod('x'));
    expect(bad.status).toBe(422);
    expect((await bad.json()).message).toBe('CreateOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "Loud": supported values: "", "Ignore", "Strict", "Warn"');
  });

  it('rejects a body whose API version is not the URL\'s', async () => {
    const r = await post('/apis/apps/v1/namespaces/default/deployments', JSON.stringify({ apiVersion: 'apps/v1beta1', kind: 'Deployment', metadata: { name: 'd' } }));
    expect(r.status).toBe(400);
    expect((await r.json()).message).toBe('the API version in the data (apps/v1beta1) does not match the expected API version (apps/v1)');
  });

  it('rejects a body whose kind is not the URL\'s resource as the decoder does', async () => {
    const message = async (path: string, body: object, method = 'POST') => (await (await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()).message;
    expect(await message('/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).toBe('ConfigMap in version "v1" cannot be handled as a Pod: converting (v1.ConfigMap) to (core.Pod): unknown conversion');
    expect(await message('/api/v1/namespaces/default/pods', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } })).toBe('Deployment in version "v1" cannot be handled as a Pod: converting (v1.Deployment) to (core.Pod): unknown conversion');
    expect(await message('/api/v1/namespaces/default/pods', { kind: 'pod', metadata: { name: 'x' } })).toBe('pod in version "v1" cannot be handled as a Pod: no kind "pod" is registered for version "v1" in scheme "pkg/api/legacyscheme/scheme.go:30"');
    expect(await message('/apis/apps/v1/namespaces/default/statefulsets', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } })).toBe('Deployment in version "v1" cannot be handled as a StatefulSet: converting (v1.Deployment) to (apps.StatefulSet): unknown conversion');
    expect(await message('/api/v1/namespaces/default/events', { apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'x' } })).toBe('the API version in the data (events.k8s.io/v1) does not match the expected API version (v1)');
    expect(await message('/apis/apps/v1/namespaces/default/deployments', { apiVersion: 'extensions/v1beta1', kind: 'Deployment', metadata: { name: 'x' } })).toBe('the API version in the data (extensions/v1beta1) does not match the expected API version (apps/v1)');
    expect(await message('/api/v1/namespaces/default/configmaps/kube-root-ca.crt', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'kube-root-ca.crt' } }, 'PUT')).toBe('Secret in version "v1" cannot be handled as a ConfigMap: converting (v1.Secret) to (core.ConfigMap): unknown conversion');
    // nothing was created under the wrong kind
    expect((await fetch(`${base}/api/v1/namespaces/default/configmaps/x`)).status).toBe(404);
  });

  it('resumes a watch from a resourceVersion, and answers one older than its history with an Expired event', async () => {
    const list = await (await fetch(`${base}/api/v1/namespaces/default/configmaps`)).json();
    await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: 'after-list' } }));
    const ac = new AbortController();
    const w = await fetch(`${base}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${list.metadata.resourceVersion}`, { signal: ac.signal });
    const reader = w.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    expect(JSON.parse(first.split('\n')[0])).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'after-list' } } });
    const old = await fetch(`${base}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=5`);
    expect(old.status).toBe(200);
    const ev = JSON.parse((await old.text()).trim());
    expect(ev).toMatchObject({ type: 'ERROR', object: { kind: 'Status', status: 'Failure', reason: 'Expired', code: 410 } });
    expect(ev.object.message).toMatch(/^too old resource version: 5 \(\d+\)$/);
  });

  it('waits for a resourceVersion the store has not reached, then answers the watch cache\'s Timeout', async () => {
    const rvOf = async () => Number((await (await fetch(`${base}/api/v1/namespaces/default/configmaps`)).json()).metadata.resourceVersion);
    const ahead = (await rvOf()) + 1000;
    const started = Date.now();
    const r = await fetch(`${base}/api/v1/namespaces/default/configmaps?resourceVersion=${ahead}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    expect(r.status).toBe(504);
    expect(r.headers.get('retry-after')).toBe('1');
    const body = await r.json();
    expect(body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `Timeout: Too large resource version: ${ahead}, current: ${await rvOf()}`,
      reason: 'Timeout',
      details: { causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }], retryAfterSeconds: 1 },
      code: 504,
    });
    // one object's get waits as a list does; a version reached while waiting is served
    const next = (await rvOf()) + 1;
    const pending = fetch(`${base}/api/v1/namespaces/default/configmaps/fresh?resourceVersion=${next}`);
    await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: 'fresh' } }));
    const got = await pending;
    expect(got.status).toBe(200);
    expect((await got.json()).metadata.name).toBe('fresh');
  }, 20_000);

  it('watches from a resourceVersion the store has not reached: only the changes after it', async () => {
    const rv = Number((await (await fetch(`${base}/api/v1/namespaces/default/configmaps`)).json()).metadata.resourceVersion);
    const ac = new AbortController();
    const w = await fetch(`${base}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv + 2}`, { signal: ac.signal });
    const names: string[] = [];
    for (const name of ['ahead-1', 'ahead-2', 'ahead-3']) {
      const made = await (await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name } }))).json();
      if (Number(made.metadata.resourceVersion) > rv + 2) names.push(name);
    }
    expect(names.length).toBeGreaterThan(0);
    const reader = w.body!.getReader();
    let text = '';
    while (text.split('\n').length <= names.length) text += new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    const events = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => [e.type, e.object.metadata.name])).toEqual(names.map((n) => ['ADDED', n]));
  });

  it('answers aggregated discovery in one document when asked', async () => {
    const r = await fetch(`${base}/apis`, { headers: { Accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json' } });
    expect(r.headers.get('content-type')).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    const list = await r.json();
    expect(list.kind).toBe('APIGroupDiscoveryList');
    const apps = list.items.find((g: { metadata: { name: string } }) => g.metadata.name === 'apps');
    const deploy = apps.versions[0].resources.find((x: { resource: string }) => x.resource === 'deployments');
    expect(deploy).toMatchObject({ scope: 'Namespaced', singularResource: 'deployment', shortNames: ['deploy'], categories: ['all'], responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' } });
    expect(deploy.subresources.map((x: { subresource: string }) => x.subresource)).toEqual(['scale', 'status']);
    const legacy = await fetch(`${base}/apis`);
    expect((await legacy.json()).kind).toBe('APIGroupList');
  });

  it('serves the OpenAPI v2 document, in gnostic protobuf when kubectl asks for it', async () => {
    const json = await (await fetch(`${base}/openapi/v2`)).json();
    expect(json.swagger).toBe('2.0');
    expect(json.definitions['io.k8s.api.core.v1.Pod']['x-kubernetes-group-version-kind']).toEqual([{ group: '', kind: 'Pod', version: 'v1' }]);
    const patch = json.paths['/api/v1/namespaces/{namespace}/pods/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({ group: '', kind: 'Pod', version: 'v1' });
    expect(patch.parameters.find((p: { name: string }) => p.name === 'fieldValidation')).toMatchObject({ in: 'query', type: 'string' });
    const proto = await fetch(`${base}/openapi/v2`, { headers: { Accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf' } });
    expect(proto.headers.get('content-type')).toBe('application/com.github.proto-openapi.spec.v2.v1.0+protobuf');
    const bytes = new Uint8Array(await proto.arrayBuffer());
    // field 1 (swagger) first: tag 0x0a, length 3, "2.0"
    expect([...bytes.subarray(0, 5)]).toEqual([0x0a, 3, 0x32, 0x2e, 0x30]);
  });

  it('lists no CustomResourceDefinitions, and serves them in discovery as a real cluster does', async () => {
    const r = await fetch(`${base}/apis/apiextensions.k8s.io/v1/customresourcedefinitions`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ kind: 'CustomResourceDefinitionList', apiVersion: 'apiextensions.k8s.io/v1', items: [] });
    const list = await (await fetch(`${base}/apis/apiextensions.k8s.io/v1`)).json();
    expect(list.resources).toEqual([
      { name: 'customresourcedefinitions', singularName: 'customresourcedefinition', namespaced: false, kind: 'CustomResourceDefinition', verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['crd', 'crds'], categories: ['api-extensions'] },
      expect.objectContaining({ name: 'customresourcedefinitions/status', verbs: ['get', 'patch', 'update'] }),
    ]);
    const groups = await (await fetch(`${base}/apis`)).json();
    expect(groups.groups.map((g: { name: string }) => g.name)).toContain('apiextensions.k8s.io');
    const aggregated = await (await fetch(`${base}/apis`, { headers: { Accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList' } })).json();
    const ext = aggregated.items.find((g: { metadata: { name: string } }) => g.metadata.name === 'apiextensions.k8s.io');
    expect(ext.versions[0].resources[0]).toMatchObject({ resource: 'customresourcedefinitions', shortNames: ['crd', 'crds'], categories: ['api-extensions'], scope: 'Cluster' });
  });

  it('answers exec with 501', async () => {
    const r = await post('/api/v1/namespaces/kube-system/pods/etcd-k8s-master/exec', '');
    expect(r.status).toBe(501);
  });

  it('evicts through pods/<name>/eviction: 429 with the DisruptionBudget cause while a budget forbids it, 201 Success otherwise', async () => {
    const pdb = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'dns' }, spec: { minAvailable: 2, selector: { matchLabels: { 'k8s-app': 'kube-dns' } } } };
    expect((await post('/apis/policy/v1/namespaces/kube-system/poddisruptionbudgets', JSON.stringify(pdb))).status).toBe(201);
    const pods = await (await fetch(`${base}/api/v1/namespaces/kube-system/pods?labelSelector=k8s-app%3Dkube-dns`)).json();
    const name = pods.items[0].metadata.name;
    const eviction = JSON.stringify({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace: 'kube-system' } });
    const refused = await post(`/api/v1/namespaces/kube-system/pods/${name}/eviction`, eviction);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      reason: 'TooManyRequests',
      details: { causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget dns needs 2 healthy pods and has 2 currently' }] },
      code: 429,
    });
    expect((await fetch(`${base}/apis/policy/v1/namespaces/kube-system/poddisruptionbudgets/dns`, { method: 'DELETE' })).status).toBe(200);
    const granted = await post(`/api/v1/namespaces/kube-system/pods/${name}/eviction?dryRun=All`, eviction);
    expect([granted.status, await granted.json()]).toEqual([201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 }]);
  });
});
