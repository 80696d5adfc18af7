import { describe, expect, it } from 'vitest';
import { HEALTHCHECK_TIMEOUT_MS, READYCHECK_TIMEOUT_MS } from '../../apiserver/etcd-checks';
import { pod, testCluster } from '../test-util';
import { execInContainer } from '.';

/** A curl pod and a busybox pod, then two of the three etcd members stopped and two seconds for the health checks' rate limit to pass (the kubelet's probes of the API server use it too: each /readyz of theirs now takes 4 s). */
function withoutQuorum() {
  const c = testCluster();
  c.api.create(pod('curl', [{ name: 'c', image: 'curlimages/curl', command: ['sleep', '3600'] }]));
  c.api.create(pod('box', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
  c.advanceUntil(() => c.api.list('pods', 'default').every((p) => p.status?.phase === 'Running'), 120_000, 200);
  c.etcd.stop(c.etcd.running()[0].name);
  c.etcd.stop(c.etcd.running()[0].name);
  c.advance(2000);
  const x = (name: string, argv: string[]) => {
    const t0 = c.now();
    const { out, code } = execInContainer(c, 'default', name, undefined, argv);
    return { out, code, tookMs: c.now() - t0 };
  };
  return { c, x };
}

describe('the API server health endpoints from inside a pod while etcd has no quorum', () => {
  it('curl waits for the etcd check deadline on /livez, and for both etcd checks on /readyz', () => {
    const { x } = withoutQuorum();
    const live = x('curl', ['curl', '-sk', 'https://kubernetes.default/livez']);
    expect(live.out).toContain('[-]etcd failed: reason withheld\n');
    expect(live.out.endsWith('livez check failed\n')).toBe(true);
    expect(live.tookMs).toBe(HEALTHCHECK_TIMEOUT_MS);
    const ready = x('curl', ['curl', '-sk', 'https://kubernetes.default/readyz']);
    expect(ready.out).toContain('[-]etcd failed: reason withheld\n[-]etcd-readiness failed: reason withheld\n');
    expect(ready.tookMs).toBe(HEALTHCHECK_TIMEOUT_MS + READYCHECK_TIMEOUT_MS);
  });

  it('curl -m shorter than the wait gives up with exit 28', () => {
    const { x } = withoutQuorum();
    expect(x('curl', ['curl', '-sSk', '-m', '1', 'https://kubernetes.default/healthz'])).toEqual({ out: 'curl: (28) Operation timed out after 1001 milliseconds with 0 bytes received\n', code: 28, tookMs: 1001 });
    // --connect-timeout bounds the connection only: the answer is waited for
    expect(x('curl', ['curl', '-sk', '--connect-timeout', '1', 'https://kubernetes.default/livez'])).toMatchObject({ code: 0, tookMs: 2000 });
  });

  it('a TLS failure sends no request: no wait', () => {
    const { x } = withoutQuorum();
    const r = x('curl', ['curl', '-sS', 'https://kubernetes.default/livez']);
    expect(r.code).toBe(60);
    expect(r.tookMs).toBe(0);
  });

  it('busybox wget waits too, and reports the 500', () => {
    const { x } = withoutQuorum();
    expect(x('box', ['wget', '-qO-', '--no-check-certificate', 'https://kubernetes.default/livez'])).toMatchObject({ code: 1, tookMs: HEALTHCHECK_TIMEOUT_MS });
  });
});
