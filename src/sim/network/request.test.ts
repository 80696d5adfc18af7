import { describe, expect, it, vi } from 'vitest';
import type { Cluster } from '../cluster';
import { curlErrorLine, wgetErrorLine } from './clients';
import { request } from './request';
import { addPod, addService, setPodStatus, testCluster } from './testing';

// the kubelet's serveHttp: kubia answers on 8080 with its hostname
vi.mock('../kubelet/serve', () => ({
  serveHttp: (c: Cluster, ip: string, port: number) => {
    const pod = c.api.list('pods').find((p) => p.status?.podIP === ip);
    if (!pod || port !== 8080) return { refused: true };
    return { status: 200, body: `You've hit ${pod.metadata.name}\n` };
  },
}));

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });
const fromPod = { kind: 'pod' as const, namespace: 'default', pod: 'client' };

function kubia(c: Cluster, spec: object = {}, n = 3) {
  const svc = addService(c, { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }], ...spec });
  for (let i = 0; i < n; i++) addPod(c, `kubia-${i}`, { ip: `10.244.${1 + (i % 2)}.${10 + i}`, node: i % 2 ? 'net-b' : 'net-a' });
  addPod(c, 'client', { labels: { run: 'client' }, ip: '10.244.1.2' });
  return svc;
}

describe('request routing', () => {
  it('spreads requests to a service over its ready pods with the seeded rng', () => {
    const c = testCluster();
    kubia(c);
    const hits = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const r = request(c, fromPod, get('http://kubia'));
      expect(r.status).toBe(200);
      hits.add(r.body);
    }
    expect([...hits].sort()).toEqual(["You've hit kubia-0\n", "You've hit kubia-1\n", "You've hit kubia-2\n"]);
    // same seed, same sequence
    const seq = (cl: Cluster) => Array.from({ length: 5 }, () => request(cl, fromPod, get('http://kubia')).body);
    const a = testCluster(11);
    kubia(a);
    const b = testCluster(11);
    kubia(b);
    expect(seq(a)).toEqual(seq(b));
  });

  it('returns the path of hops for the canvas', () => {
    const c = testCluster();
    const svc = kubia(c, {}, 1);
    const r = request(c, fromPod, get('http://kubia.default.svc.cluster.local/'));
    expect(r.path.map((h) => h.kind)).toEqual(['Client', 'DNS', 'Service', 'Endpoints', 'Pod']);
    expect(r.path[1].detail).toBe(svc.spec.clusterIP);
    expect(r.path[0].to).toBe(`kubia.default.svc.cluster.local:80 (${svc.spec.clusterIP})`);
    expect(r.path[4]).toMatchObject({ kind: 'Pod', name: 'kubia-0', detail: '10.244.1.10:8080' });
  });

  it('never sends to not-ready pods', () => {
    const c = testCluster();
    kubia(c);
    setPodStatus(c, 'default', 'kubia-0', { ip: '10.244.1.10', ready: false });
    for (let i = 0; i < 20; i++) expect(request(c, fromPod, get('http://kubia')).body).not.toContain('kubia-0');
  });

  it('sticks to one pod with sessionAffinity ClientIP', () => {
    const c = testCluster();
    kubia(c, { sessionAffinity: 'ClientIP' });
    const first = request(c, fromPod, get('http://kubia')).body;
    for (let i = 0; i < 10; i++) expect(request(c, fromPod, get('http://kubia')).body).toBe(first);
  });

  it('refuses connections to a service without ready endpoints, as curl and wget print it', () => {
    const c = testCluster();
    const svc = kubia(c, {}, 0);
    const r = request(c, fromPod, get('http://kubia'));
    expect(r.error?.code).toBe('refused');
    expect(curlErrorLine(r)).toBe('curl: (7) Failed to connect to kubia port 80 after 1 ms: Could not connect to server');
    expect(wgetErrorLine(r)).toBe(`wget: can't connect to remote host (${svc.spec.clusterIP}): Connection refused`);
    const unknown = request(c, fromPod, get('http://nosuch'));
    expect(curlErrorLine(unknown)).toBe('curl: (6) Could not resolve host: nosuch');
    expect(wgetErrorLine(unknown)).toBe("wget: bad address 'nosuch'");
  });

  it('reaches pods directly by IP and from the prompt through ClusterIPs', () => {
    const c = testCluster();
    const svc = kubia(c, {}, 1);
    expect(request(c, { kind: 'outside' }, get('http://10.244.1.10:8080')).body).toBe("You've hit kubia-0\n");
    expect(request(c, { kind: 'outside' }, get(`http://${svc.spec.clusterIP}`)).body).toBe("You've hit kubia-0\n");
    expect(request(c, { kind: 'outside' }, get('http://kubia')).error?.code).toBe('resolve');
  });

  it('serves NodePorts from outside on every node address and on localhost', () => {
    const c = testCluster();
    kubia(c, { type: 'NodePort', ports: [{ port: 80, targetPort: 8080, nodePort: 30123 }] });
    for (const url of ['http://192.168.0.201:30123', 'http://192.168.0.202:30123/', 'http://localhost:30123']) {
      const r = request(c, { kind: 'outside' }, get(url));
      expect(r.status).toBe(200);
      expect(r.body).toMatch(/^You've hit kubia-\d\n$/);
    }
    // a host-network pod (kube-proxy) sharing the node address does not shadow the NodePort
    addPod(c, 'kube-proxy-x', { labels: { k8s: 'proxy' }, ip: '192.168.0.202', node: 'net-b' });
    const r = request(c, { kind: 'outside' }, get('http://192.168.0.202:30123'));
    expect(r.path.map((h) => h.kind)).toEqual(['Client', 'Node', 'Service', 'Endpoints', 'Pod']);
    // the client hop says which address and port were used, not only where it asked from
    expect(r.path[0].to).toBe('192.168.0.202:30123');
    expect(request(c, { kind: 'outside' }, get('http://192.168.0.202:30999')).error?.code).toBe('refused');
  });

  it('externalTrafficPolicy Local only uses pods on the node that received the traffic', () => {
    const c = testCluster();
    kubia(c, { type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ port: 80, targetPort: 8080, nodePort: 30124 }] }, 1);
    expect(request(c, { kind: 'outside' }, get('http://192.168.0.201:30124')).body).toBe("You've hit kubia-0\n");
    const dropped = request(c, { kind: 'outside' }, get('http://192.168.0.202:30124'));
    expect(dropped.error?.code).toBe('timeout');
    expect(curlErrorLine(dropped)).toMatch(/^curl: \(28\) Failed to connect to 192\.168\.0\.202 port 30124 after 13\d{4} ms: Could not connect to server$/);
    const quick = request(c, { kind: 'outside' }, { ...get('http://192.168.0.202:30124'), connectTimeoutMs: 5000 });
    expect(quick.error?.message).toBe('Failed to connect to 192.168.0.202 port 30124 after 5001 ms: Timeout was reached');
  });

  it('gives LoadBalancer services an address after a few seconds and serves it from outside', () => {
    const c = testCluster();
    kubia(c, { type: 'LoadBalancer' });
    expect(c.api.get('services', 'default', 'kubia').status.loadBalancer).toEqual({});
    c.advance(6000);
    const svc = c.api.get('services', 'default', 'kubia');
    expect(svc.status.loadBalancer.ingress).toEqual([{ ip: '192.168.0.241', ipMode: 'VIP' }]);
    expect(svc.metadata.finalizers).toEqual(['service.kubernetes.io/load-balancer-cleanup']);
    const reasons = c.api.list('events', 'default').filter((e) => e.involvedObject.name === 'kubia').map((e) => `${e.reason}: ${e.message}`);
    expect(reasons).toEqual(['EnsuringLoadBalancer: Ensuring load balancer', 'EnsuredLoadBalancer: Ensured load balancer']);
    expect(request(c, { kind: 'outside' }, get('http://192.168.0.241')).status).toBe(200);
    // deleting goes through the finalizer
    c.api.delete('services', 'default', 'kubia');
    c.runUntilIdle();
    expect(c.api.tryGet('services', 'default', 'kubia')).toBeUndefined();
  });
});

describe('the kubernetes service', () => {
  it('reaches the API server, which refuses anonymous requests', () => {
    const c = testCluster();
    addPod(c, 'client', { labels: { run: 'client' }, ip: '10.244.1.2' });
    // the control-plane node as the kubelet registers it
    const master = c.config.nodes.find((n) => n.controlPlane)!.name;
    if (!c.api.tryGet('nodes', undefined, master)) {
      c.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: master, labels: { 'node-role.kubernetes.io/control-plane': '' } } });
      const n = structuredClone(c.api.get('nodes', undefined, master));
      n.status = { addresses: [{ type: 'InternalIP', address: '192.168.0.200' }] };
      c.api.updateStatus(n);
      c.runUntilIdle();
    }
    const r = request(c, fromPod, get('https://kubernetes/api/v1/namespaces/default/pods'));
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({
      kind: 'Status',
      reason: 'Forbidden',
      message: 'pods is forbidden: User "system:anonymous" cannot list resource "pods" in API group "" in the namespace "default"',
      code: 403,
    });
    expect(JSON.parse(request(c, fromPod, get('https://kubernetes.default.svc/')).body).message).toBe('forbidden: User "system:anonymous" cannot get path "/"');
    expect(request(c, fromPod, get('http://kubernetes:443/')).status).toBe(400);
    // anonymous may read the health of the server (system:public-info-viewer), which probes etcd
    expect(request(c, fromPod, get('https://kubernetes/readyz'))).toMatchObject({ status: 200, body: 'ok' });
    c.etcd.stop(c.etcd.running()[0].name);
    c.etcd.stop(c.etcd.running()[0].name);
    // each etcd check probes at most once a second: within it, the last probe's result answers
    expect(request(c, fromPod, get('https://kubernetes/readyz'))).toMatchObject({ status: 200, body: 'ok' });
    c.advance(1000);
    const down = request(c, fromPod, get('https://kubernetes/readyz'));
    expect(down.status).toBe(500);
    // the etcd check's 2s deadline, then etcd-readiness's
    expect(down.serverMs).toBe(4000);
    expect(down.body).toContain('[-]etcd failed: reason withheld\n[-]etcd-readiness failed: reason withheld\n');
    expect(down.body.endsWith('readyz check failed\n')).toBe(true);
    // the single checks are not public
    expect(request(c, fromPod, get('https://kubernetes/readyz/etcd')).status).toBe(403);
  });
});
