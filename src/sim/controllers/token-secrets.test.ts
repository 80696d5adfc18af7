import { describe, expect, it } from 'vitest';
import { authenticateToken } from '../apiserver/auth/token';
import { decodeBase64 } from '../base64';
import { Cluster } from '../cluster';

const tokenSecret = (name: string, sa: string) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace: 'default', annotations: { 'kubernetes.io/service-account.name': sa } },
  type: 'kubernetes.io/service-account-token',
});

describe('tokens controller', () => {
  it('creates no token Secret by itself (v1.24 on)', () => {
    const c = new Cluster({ systemPods: false });
    c.runUntilIdle();
    expect(c.api.list('secrets', 'default')).toEqual([]);
  });

  it('fills a service-account-token Secret with a token that authenticates, the CA and the namespace', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create(tokenSecret('default-token', 'default'));
    c.runUntilIdle();
    const s = c.api.get('secrets', 'default', 'default-token');
    expect(Object.keys(s.data).sort()).toEqual(['ca.crt', 'namespace', 'token']);
    expect(decodeBase64(s.data.namespace)).toBe('default');
    expect(decodeBase64(s.data['ca.crt'])).toBe(c.api.get('configmaps', 'default', 'kube-root-ca.crt').data['ca.crt']);
    expect(s.metadata.annotations?.['kubernetes.io/service-account.uid']).toBe(c.api.get('serviceaccounts', 'default', 'default').metadata.uid);
    const token = decodeBase64(s.data.token);
    expect(authenticateToken(c.api, token, c.clock.now() + 365 * 86_400_000)?.name).toBe('system:serviceaccount:default:default');
    c.api.delete('secrets', 'default', 'default-token');
    c.runUntilIdle();
    expect(authenticateToken(c.api, token, c.clock.now())).toBeUndefined();
  });

  it('deletes a token Secret whose ServiceAccount does not exist', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create(tokenSecret('ghost-token', 'ghost'));
    c.runUntilIdle();
    expect(c.api.tryGet('secrets', 'default', 'ghost-token')).toBeUndefined();
  });
});
