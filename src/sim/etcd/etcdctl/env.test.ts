import { describe, expect, it } from 'vitest';
import { applyEnv, flagToEnv, zapTime } from './env';

describe('ETCDCTL_* variables (pkg/flags, etcd v3.6.4)', () => {
  it('names a variable after its flag', () => {
    expect(['endpoints', 'write-out', 'dial-timeout', 'insecure-skip-tls-verify'].map(flagToEnv)).toEqual(['ETCDCTL_ENDPOINTS', 'ETCDCTL_WRITE_OUT', 'ETCDCTL_DIAL_TIMEOUT', 'ETCDCTL_INSECURE_SKIP_TLS_VERIFY']);
  });

  it("formats zap's time as logutil does: microseconds, UTC", () => {
    expect(zapTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02T03:04:05.678000Z');
  });

  it('checks the environment in its order and stops at the first conflict', () => {
    const env = new Map([
      ['ETCDCTL_API', '3'],
      ['ETCDCTL_ENDPOINTS', 'a:2379'],
      ['ETCDCTL_FOO', 'x'],
    ]);
    const r = applyEnv(new Set(['endpoints']), env, ['endpoints', 'cert'], 'T', () => undefined);
    expect(r.fatal).toBe(true);
    expect(r.log.trim().split('\n').map((l) => JSON.parse(l).level)).toEqual(['warn', 'fatal']);
  });
});
