import { describe, expect, it } from 'vitest';
import { ETCD_PROBE_ERROR } from './component-status';
import { EtcdHealthChecks, HEALTHCHECK_TIMEOUT_MS } from './etcd-checks';

describe('the API server etcd health checks', () => {
  let now = 0;
  let quorum = true;
  const checks = new EtcdHealthChecks(() => now, { hasQuorum: () => quorum });

  it('answers at once with a quorum, and waits the check timeout for the linearizable get without one', () => {
    expect(checks.run('etcd', 0)).toEqual({ tookMs: 0 });
    now = 5_000;
    quorum = false;
    expect(checks.run('etcd', 0)).toEqual({ error: ETCD_PROBE_ERROR, tookMs: HEALTHCHECK_TIMEOUT_MS });
  });

  it('probes at most once every half timeout: sooner, the last probe sent answers at once', () => {
    // 999 ms after the last probe: rate limited, its error without waiting
    now = 5_999;
    quorum = true;
    expect(checks.run('etcd', 0)).toEqual({ error: ETCD_PROBE_ERROR, tookMs: 0 });
    // from 1 s on a new probe goes to etcd
    expect(checks.run('etcd', 1)).toEqual({ tookMs: 0 });
  });

  it('keeps a separate limit per check', () => {
    now = 10_000;
    quorum = false;
    expect(checks.run('etcd', 0).tookMs).toBe(HEALTHCHECK_TIMEOUT_MS);
    expect(checks.run('etcd-readiness', 0).tookMs).toBe(HEALTHCHECK_TIMEOUT_MS);
  });
});
