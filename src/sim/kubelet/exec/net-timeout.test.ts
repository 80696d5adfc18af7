import { describe, expect, it } from 'vitest';
import { pod, testCluster } from '../test-util';
import { execInContainer } from '.';

/** A client pod and an nginx pod behind a NetworkPolicy that lets nobody in. */
function isolated() {
  const c = testCluster();
  c.api.create(pod('client', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
  c.api.create(pod('curl', [{ name: 'c', image: 'curlimages/curl', command: ['sleep', '3600'] }]));
  c.api.create(pod('web', [{ name: 'c', image: 'nginx' }], {}, { labels: { app: 'web' } }));
  c.api.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'default' }, spec: { podSelector: { matchLabels: { app: 'web' } } } });
  c.advanceUntil(() => c.api.list('pods', 'default').every((p) => p.status?.podIP && p.status?.phase === 'Running'), 120_000, 200);
  const ip = c.api.get('pods', 'default', 'web').status.podIP;
  const x = (name: string, argv: string[]) => {
    const t0 = c.now();
    const { out, code } = execInContainer(c, 'default', name, undefined, argv);
    return { out, code, tookMs: c.now() - t0 };
  };
  return { c, ip, x };
}

describe('a connection nobody answers takes the client timeout in virtual time', () => {
  it('busybox wget -T: the alarm around connect() fires first', () => {
    const { ip, x } = isolated();
    expect(x('client', ['wget', '-qO-', '-T', '2', `http://${ip}`])).toEqual({ out: 'wget: download timed out\n', code: 1, tookMs: 2000 });
  });

  it('busybox wget without -T: the kernel gives up the SYN retries first', () => {
    const { ip, x } = isolated();
    const r = x('client', ['wget', '-qO-', `http://${ip}`]);
    expect(r.out).toBe(`wget: can't connect to remote host (${ip}): Connection timed out\n`);
    expect(r.tookMs).toBeGreaterThanOrEqual(134_000);
  });

  it('curl -m: exit 28 after the maximum time', () => {
    const { ip, x } = isolated();
    expect(x('curl', ['curl', '-sS', '-m', '3', `http://${ip}`])).toEqual({ out: 'curl: (28) Connection timed out after 3001 milliseconds\n', code: 28, tookMs: 3001 });
  });

  it('a refused connection fails at once', () => {
    const { x } = isolated();
    expect(x('client', ['wget', '-qO-', '-T', '2', 'http://127.0.0.1']).tookMs).toBe(0);
  });

  it('an egress policy without DNS: names do not resolve, after the resolver\'s retries or -m', () => {
    const { c, x } = isolated();
    c.api.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'no-egress', namespace: 'default' }, spec: { podSelector: {}, policyTypes: ['Egress'] } });
    expect(x('curl', ['curl', '-sS', '-m', '3', 'http://kubernetes'])).toEqual({ out: 'curl: (28) Resolving timed out after 3001 milliseconds\n', code: 28, tookMs: 3001 });
    expect(x('curl', ['curl', '-sS', 'http://kubernetes'])).toEqual({ out: 'curl: (6) Could not resolve host: kubernetes\n', code: 6, tookMs: 10_000 });
    // busybox's -T does not cover the DNS query
    expect(x('client', ['wget', '-qO-', '-T', '2', 'http://kubernetes'])).toEqual({ out: "wget: bad address 'kubernetes'\n", code: 1, tookMs: 10_000 });
  });

  it('egress limited to some pods also keeps the pod from the API server on its node address', () => {
    const { c, x } = isolated();
    expect(x('curl', ['curl', '-sk', '-m', '3', 'https://10.96.0.1/version']).code).toBe(0);
    c.api.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'to-web', namespace: 'default' },
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'web' } } }] }] },
    });
    expect(x('curl', ['curl', '-sSk', '-m', '3', 'https://10.96.0.1/version'])).toEqual({ out: 'curl: (28) Connection timed out after 3001 milliseconds\n', code: 28, tookMs: 3001 });
  });
});
