import { describe, expect, it } from 'vitest';
import { EtcdHealthChecks, HEALTHCHECK_TIMEOUT_MS, READYCHECK_TIMEOUT_MS } from './etcd-checks';
import { healthAnswer, unstructuredServerError } from './health';

/** Fresh checks (no rate limit carried over) against an etcd with or without a quorum, at time 0. */
const probe = (quorum: boolean) => new EtcdHealthChecks(() => 0, { hasQuorum: () => quorum });

describe('health endpoints', () => {
  it('answers ok, and the checks with ?verbose, while etcd has a quorum', () => {
    expect(healthAnswer('/readyz', probe(true))).toEqual({ status: 200, body: 'ok', waitMs: 0 });
    const v = healthAnswer('/readyz?verbose', probe(true))!;
    expect(v.body.split('\n').slice(0, 5)).toEqual(['[+]ping ok', '[+]log ok', '[+]etcd ok', '[+]etcd-readiness ok', '[+]informer-sync ok']);
    expect(v.body.endsWith('[+]shutdown ok\nreadyz check passed\n')).toBe(true);
    expect(healthAnswer('/livez?verbose', probe(true))!.body).not.toContain('etcd-readiness');
  });
  it('fails the etcd checks without a quorum, always verbose, with 500', () => {
    const r = healthAnswer('/readyz', probe(false))!;
    expect(r.status).toBe(500);
    expect(r.body).toContain('[-]etcd failed: reason withheld\n[-]etcd-readiness failed: reason withheld\n[+]informer-sync ok\n');
    expect(r.body.endsWith('readyz check failed\n')).toBe(true);
    expect(healthAnswer('/livez', probe(false))!.body.endsWith('[-]etcd failed: reason withheld\n')).toBe(false);
    expect(healthAnswer('/livez/etcd', probe(false))).toEqual({ status: 500, body: 'internal server error: error getting data from etcd: context deadline exceeded\n', waitMs: HEALTHCHECK_TIMEOUT_MS });
    expect(healthAnswer('/readyz?exclude=etcd&exclude=etcd-readiness', probe(false))).toEqual({ status: 200, body: 'ok', waitMs: 0 });
    expect(unstructuredServerError('a\nb\n')).toBe('an error on the server ("a\\nb") has prevented the request from succeeding');
  });
  it('waits for each etcd check in turn: the health check timeout on /livez and /healthz, and the readiness check after it on /readyz', () => {
    expect(healthAnswer('/livez', probe(false))!.waitMs).toBe(HEALTHCHECK_TIMEOUT_MS);
    expect(healthAnswer('/healthz', probe(false))!.waitMs).toBe(HEALTHCHECK_TIMEOUT_MS);
    expect(healthAnswer('/readyz', probe(false))!.waitMs).toBe(HEALTHCHECK_TIMEOUT_MS + READYCHECK_TIMEOUT_MS);
    expect(healthAnswer('/readyz/etcd-readiness', probe(false))!.waitMs).toBe(READYCHECK_TIMEOUT_MS);
    expect(healthAnswer('/readyz?exclude=etcd', probe(false))!.waitMs).toBe(READYCHECK_TIMEOUT_MS);
    // checks that do not touch etcd answer at once
    expect(healthAnswer('/readyz/ping', probe(false))).toEqual({ status: 200, body: 'ok', waitMs: 0 });
  });
  it('lists excluded checks as excluded, and the names it could not exclude sorted and quoted', () => {
    const v = healthAnswer('/livez?verbose&exclude=etcd&exclude=zz&exclude=aa', probe(false))!;
    expect(v.status).toBe(200);
    expect(v.body).toContain('[+]log ok\n[+]etcd excluded: ok\n[+]poststarthook/');
    expect(v.body.endsWith('warn: some health checks cannot be excluded: no matches for "aa","zz"\nlivez check passed\n')).toBe(true);
  });
});
