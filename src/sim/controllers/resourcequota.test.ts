import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { ApiError } from '../types';

const quota = (hard: Record<string, string>, spec: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q1', namespace: 'default' }, spec: { hard, ...spec } });
const pod = (name: string, cpu = '100m') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu }, limits: { cpu } } }] },
});

describe('resource quota controller', () => {
  it('copies spec.hard to status.hard and counts what the namespace already holds', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create(pod('before', '250m'));
    c.api.create(quota({ pods: '10', 'requests.cpu': '1', configmaps: '5', 'count/services': '3' }));
    c.runUntilIdle();
    // the default namespace holds kube-root-ca.crt and the kubernetes service
    expect(c.api.get('resourcequotas', 'default', 'q1').status).toEqual({
      hard: { configmaps: '5', 'count/services': '3', pods: '10', 'requests.cpu': '1' },
      used: { configmaps: '1', 'count/services': '1', pods: '1', 'requests.cpu': '250m' },
    });
  });

  it('recounts when the hard limits change and when a pod goes away or finishes', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create(quota({ pods: '10' }));
    c.runUntilIdle();
    c.api.create(pod('a'));
    c.api.create(pod('b'));
    expect(c.api.get('resourcequotas', 'default', 'q1').status.used).toEqual({ pods: '2' });
    const q = c.api.get('resourcequotas', 'default', 'q1');
    c.api.update({ ...q, spec: { hard: { pods: '10', 'limits.cpu': '4' } } });
    c.runUntilIdle();
    expect(c.api.get('resourcequotas', 'default', 'q1').status.used).toEqual({ 'limits.cpu': '200m', pods: '2' });
    const b = c.api.get('pods', 'default', 'b');
    c.api.updateStatus({ ...b, status: { ...b.status, phase: 'Succeeded' } });
    c.runUntilIdle();
    expect(c.api.get('resourcequotas', 'default', 'q1').status.used).toEqual({ 'limits.cpu': '100m', pods: '1' });
  });

  it('takes back at the full resync what admission charged for a create that then failed', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create(quota({ pods: '2' }));
    c.runUntilIdle();
    c.api.create(pod('a'));
    expect(() => c.api.create(pod('a'))).toThrow(ApiError);
    expect(c.api.get('resourcequotas', 'default', 'q1').status.used).toEqual({ pods: '2' });
    c.advance(5 * 60_000);
    expect(c.api.get('resourcequotas', 'default', 'q1').status.used).toEqual({ pods: '1' });
  });

  it('leaves the playground limit to its own controller', () => {
    const c = new Cluster({ systemPods: false });
    c.api.create(pod('a'));
    c.runUntilIdle();
    expect(c.api.get('resourcequotas', 'default', 'playground-limit').status.used).toEqual({ pods: '1' });
  });
});
