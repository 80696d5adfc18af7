import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';

describe('namespace controller', () => {
  it('creates the system namespaces at bootstrap, each with its default service account and CA bundle', () => {
    const c = new Cluster({ systemPods: false });
    expect(c.api.list('namespaces').map((n) => `${n.metadata.name}:${n.status.phase}`)).toEqual([
      'default:Active',
      'kube-node-lease:Active',
      'kube-public:Active',
      'kube-system:Active',
    ]);
    for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
      expect(c.api.tryGet('serviceaccounts', ns, 'default')).toBeDefined();
      expect(c.api.get('configmaps', ns, 'kube-root-ca.crt').data['ca.crt']).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
    }
  });

  it('deletes the content of a deleted namespace, shows it Terminating meanwhile, then removes it', () => {
    const c = new Cluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    c.runUntilIdle();
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'team' }, data: { a: 'b' } });
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'team' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    });
    c.advance(30_000);
    expect(c.api.list('pods', 'team').length).toBe(2);
    c.api.delete('namespaces', undefined, 'team');
    c.runUntilIdle();
    expect(c.api.get('namespaces', undefined, 'team').status.phase).toBe('Terminating');
    expect(c.api.list('configmaps', 'team')).toEqual([]);
    expect(c.api.list('deployments.apps', 'team')).toEqual([]);
    // pods get their grace period before the kubelet removes them
    expect(c.advanceUntil(() => !c.api.tryGet('namespaces', undefined, 'team'), 120_000)).toBe(true);
    expect(c.api.list('pods', 'team')).toEqual([]);
    expect(c.api.list('serviceaccounts', 'team')).toEqual([]);
  });
});
