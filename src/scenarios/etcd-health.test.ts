import { describe, expect, it } from 'vitest';
import { HEALTHCHECK_TIMEOUT_MS, READYCHECK_TIMEOUT_MS } from '../sim/apiserver/etcd-checks';
import { outputOf, transcriptOf } from './run';

/** Seconds between the `date` lines of a transcript. */
function gaps(t: string): number[] {
  const s = [...t.matchAll(/^\$ date\n\w{3} \w{3} +\d+ (\d\d):(\d\d):(\d\d) UTC/gm)].map(([, h, m, sec]) => (+h * 60 + +m) * 60 + +sec);
  return s.slice(1).map((x, i) => x - s[i]);
}

describe('API server health checks without an etcd quorum (notes 11.3)', () => {
  const t = transcriptOf('etcd-health.sh', 1);

  it('answers from the last probe within a second of it, then probes etcd and fails the etcd checks', () => {
    const blocks = t.split('$ kubectl get --raw /readyz\n');
    expect(blocks[1].startsWith('ok\n')).toBe(true);
    expect(blocks[2].startsWith('ok\n')).toBe(true);
    expect(outputOf(t, 'kubectl get --raw /livez')).toMatch(/^Error from server \(InternalError\): an error on the server \("\[\+\]ping ok\\n\[\+\]log ok\\n\[-\]etcd failed: reason withheld\\n.*\\nlivez check failed"\) has prevented the request from succeeding\n$/);
    expect(blocks[3]).toMatch(/^Error from server \(InternalError\): .*\[-\]etcd failed: reason withheld\\n\[-\]etcd-readiness failed: reason withheld\\n/);
    expect(outputOf(t, 'kubectl get --raw /healthz/etcd')).toBe('Error from server (InternalError): an error on the server ("internal server error: error getting data from etcd: context deadline exceeded") has prevented the request from succeeding\n');
  });

  it('takes the etcd health check timeout on the virtual clock: 2s for /livez and /healthz/etcd, 2s more for etcd-readiness on /readyz', () => {
    const h = HEALTHCHECK_TIMEOUT_MS / 1000;
    const r = READYCHECK_TIMEOUT_MS / 1000;
    // livez, readyz, healthz/etcd, readyz with both excluded, curl /livez (the kubelet's liveness/readiness probe has just asked etcd), sleep 1, curl -m 1 /readyz
    expect(gaps(t)).toEqual([h, h + r, h, 0, 0, 1, 1]);
    expect(outputOf(t, "kubectl get --raw '/readyz?exclude=etcd&exclude=etcd-readiness&verbose' | grep excluded")).toBe('[+]etcd excluded: ok\n[+]etcd-readiness excluded: ok\n');
    expect(outputOf(t, 'curl -k https://192.168.0.100:6443/livez | tail -1')).toBe('livez check failed\n');
    expect(outputOf(t, 'curl -sSk -m 1 https://192.168.0.100:6443/readyz')).toBe('curl: (28) Operation timed out after 1001 milliseconds with 0 bytes received\n');
  });

  it('is ready again once a quorum is back', () => {
    expect(outputOf(t.slice(t.indexOf('$ etcd start etcd-2')), 'kubectl get --raw /readyz')).toBe('ok\n');
  });
});
