import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';

describe('serviceaccount controller', () => {
  it('gives a new namespace its default service account and kube-root-ca.crt, and restores them', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    c.runUntilIdle();
    expect(c.api.tryGet('serviceaccounts', 'dev', 'default')).toBeDefined();
    const ca = c.api.get('configmaps', 'dev', 'kube-root-ca.crt');
    expect(ca.data['ca.crt']).toBe(c.api.get('configmaps', 'default', 'kube-root-ca.crt').data['ca.crt']);
    c.api.delete('serviceaccounts', 'dev', 'default');
    c.api.update({ ...structuredClone(ca), data: { 'ca.crt': 'tampered' } });
    c.runUntilIdle();
    expect(c.api.tryGet('serviceaccounts', 'dev', 'default')).toBeDefined();
    expect(c.api.get('configmaps', 'dev', 'kube-root-ca.crt').data['ca.crt']).toBe(ca.data['ca.crt']);
  });

  it('lets a pod be created right after its namespace', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'fast' } });
    const p = c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'fast' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } });
    expect(p.spec.serviceAccountName).toBe('default');
  });
});
