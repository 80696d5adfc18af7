import { describe, expect, it, vi } from 'vitest';
import type { Cluster } from '../cluster';
import { hostMatches, prefixMatches } from './ingress';
import { request } from './request';
import { addPod, addService, testCluster } from './testing';

vi.mock('../kubelet/serve', () => ({
  serveHttp: (c: Cluster, ip: string, port: number, req: { url: string }) => {
    const pod = c.api.list('pods').find((p) => p.status?.podIP === ip);
    if (!pod || port !== 8080) return { refused: true };
    return { status: 200, body: `${pod.metadata.name} ${new URL(req.url).pathname}\n` };
  },
}));

const outside = { kind: 'outside' as const };
const get = (url: string, host?: string) => ({ method: 'GET', url, headers: (host ? { Host: host } : {}) as Record<string, string> });

function setup(): Cluster {
  const c = testCluster();
  addService(c, { selector: { app: 'kubia' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] }, 'kubia');
  addService(c, { selector: { app: 'bar' }, ports: [{ port: 80, targetPort: 8080 }] }, 'bar');
  addPod(c, 'kubia-1', { labels: { app: 'kubia' }, ip: '10.244.1.10' });
  addPod(c, 'bar-1', { labels: { app: 'bar' }, ip: '10.244.1.11' });
  const backend = (name: string, port: object) => ({ service: { name, port } });
  c.api.create({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'kubia', namespace: 'default' },
    spec: {
      rules: [
        {
          host: 'kubia.example.com',
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: backend('kubia', { number: 80 }) },
              { path: '/foo', pathType: 'Prefix', backend: backend('bar', { number: 80 }) },
              { path: '/exact', pathType: 'Exact', backend: backend('bar', { number: 80 }) },
            ],
          },
        },
        { host: '*.bar.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('bar', { number: 80 }) }] } },
        { host: 'secure.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('kubia', { name: 'http' }) }] } },
      ],
      tls: [{ hosts: ['secure.example.com'], secretName: 'tls-secret' }],
    },
  });
  c.runUntilIdle();
  return c;
}

describe('ingress-nginx', () => {
  it('gets the default class and publishes its address after a few seconds', () => {
    const c = setup();
    const ing = c.api.get('ingresses.networking.k8s.io', 'default', 'kubia');
    expect(ing.spec.ingressClassName).toBe('nginx');
    expect(ing.status?.loadBalancer?.ingress).toBeUndefined();
    c.advance(11_000);
    expect(c.api.get('ingresses.networking.k8s.io', 'default', 'kubia').status.loadBalancer.ingress).toEqual([{ ip: '192.168.0.240' }]);
    const ev = c.api.list('events', 'default').find((e) => e.involvedObject.kind === 'Ingress');
    expect(ev).toMatchObject({ reason: 'Sync', message: 'Scheduled for sync', source: { component: 'nginx-ingress-controller' } });
  });

  it.each([
    ['kubia.example.com', '/', 'kubia-1 /'],
    ['kubia.example.com', '/foo', 'bar-1 /foo'],
    ['kubia.example.com', '/foo/x', 'bar-1 /foo/x'],
    ['kubia.example.com', '/foobar', 'kubia-1 /foobar'],
    ['kubia.example.com', '/exact', 'bar-1 /exact'],
    ['kubia.example.com', '/exact/no', 'kubia-1 /exact/no'],
    ['www.bar.com', '/', 'bar-1 /'],
    ['KUBIA.example.com', '/', 'kubia-1 /'],
  ])('routes Host %s path %s', (host, path, body) => {
    const c = setup();
    const r = request(c, outside, get(`http://192.168.0.240${path}`, host));
    expect(r.status).toBe(200);
    expect(r.body).toBe(`${body}\n`);
  });

  it('answers 404 from the default server when nothing matches', () => {
    const c = setup();
    for (const host of ['other.example.com', 'a.b.bar.com']) {
      const r = request(c, outside, get('http://192.168.0.240/', host));
      expect(r.status).toBe(404);
      expect(r.body).toContain('<head><title>404 Not Found</title></head>');
      expect(r.body).toContain('<hr><center>nginx</center>');
    }
  });

  it('redirects TLS hosts to https once their secret exists, and serves https', () => {
    const c = setup();
    // no secret yet: the fake default certificate, no redirect
    expect(request(c, outside, get('http://192.168.0.240/', 'secure.example.com')).status).toBe(200);
    c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'tls-secret', namespace: 'default' }, type: 'kubernetes.io/tls', data: { 'tls.crt': 'Y2VydA==', 'tls.key': 'a2V5' } });
    c.runUntilIdle();
    const http = request(c, outside, get('http://192.168.0.240/', 'secure.example.com'));
    expect(http.status).toBe(308);
    expect(http.headers?.Location).toBe('https://secure.example.com/');
    expect(request(c, outside, get('https://192.168.0.240/', 'secure.example.com')).body).toBe('kubia-1 /\n');
  });

  it('draws the path through the Ingress', () => {
    const c = setup();
    const r = request(c, outside, get('http://192.168.0.240/foo', 'kubia.example.com'));
    expect(r.path.map((h) => `${h.kind}:${h.name}`)).toEqual(['Client:outside', 'Ingress:kubia', 'Service:bar', 'Endpoints:bar', 'Pod:bar-1']);
  });

  it('answers 503 when the backend has no endpoints', () => {
    const c = setup();
    c.api.delete('pods', 'default', 'bar-1', { gracePeriodSeconds: 0 });
    c.runUntilIdle();
    const r = request(c, outside, get('http://192.168.0.240/foo', 'kubia.example.com'));
    expect(r.status).toBe(503);
  });

  it('matches paths and hosts as the Ingress API defines', () => {
    expect(prefixMatches('/foo', '/foo')).toBe(true);
    expect(prefixMatches('/foo/', '/foo')).toBe(true);
    expect(prefixMatches('/foo', '/foo/bar')).toBe(true);
    expect(prefixMatches('/foo', '/foobar')).toBe(false);
    expect(prefixMatches('/', '/anything')).toBe(true);
    expect(hostMatches('*.foo.com', 'bar.foo.com')).toBe('wildcard');
    expect(hostMatches('*.foo.com', 'baz.bar.foo.com')).toBeUndefined();
    expect(hostMatches('*.foo.com', 'foo.com')).toBeUndefined();
  });
});
