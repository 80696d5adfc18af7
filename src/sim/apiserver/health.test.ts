import { describe, expect, it } from 'vitest';
import { healthAnswer, unstructuredServerError } from './health';

describe('health endpoints', () => {
  it('answers ok, and the checks with ?verbose, while etcd has a quorum', () => {
    expect(healthAnswer('/readyz', true)).toEqual({ status: 200, body: 'ok' });
    const v = healthAnswer('/readyz?verbose', true)!;
    expect(v.body.split('\n').slice(0, 5)).toEqual(['[+]ping ok', '[+]log ok', '[+]etcd ok', '[+]etcd-readiness ok', '[+]informer-sync ok']);
    expect(v.body.endsWith('[+]shutdown ok\nreadyz check passed\n')).toBe(true);
    expect(healthAnswer('/livez?verbose', true)!.body).not.toContain('etcd-readiness');
  });
  it('fails the etcd checks without a quorum, always verbose, with 500', () => {
    const r = healthAnswer('/readyz', false)!;
    expect(r.status).toBe(500);
    expect(r.body).toContain('[-]etcd failed: reason withheld\n[-]etcd-readiness failed: reason withheld\n[+]informer-sync ok\n');
    expect(r.body.endsWith('readyz check failed\n')).toBe(true);
    expect(healthAnswer('/livez', false)!.body.endsWith('[-]etcd failed: reason withheld\n')).toBe(false);
    expect(healthAnswer('/livez/etcd', false)).toEqual({ status: 500, body: 'internal server error: error getting data from etcd: context deadline exceeded\n' });
    expect(healthAnswer('/readyz?exclude=etcd&exclude=etcd-readiness', false)).toEqual({ status: 200, body: 'ok' });
    expect(unstructuredServerError('a\nb\n')).toBe('an error on the server ("a\\nb") has prevented the request from succeeding');
  });
});
