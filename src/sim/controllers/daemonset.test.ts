import { describe, expect, it } from 'vitest';
import { testCluster } from '../kubelet/test-util';

describe('daemonset controller', () => {
  it('runs kube-proxy on every node, on the host network, named <ds>-<5 chars>', () => {
    const c = testCluster();
    const pods = c.api.list('pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy');
    expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(['k8s-master', 'k8s-node1', 'k8s-node2']);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.status.podIP).toBe(p.status.hostIP);
      expect(p.status.phase).toBe('Running');
    }
    const ds = c.api.get('daemonsets.apps', 'kube-system', 'kube-proxy');
    expect(ds.status).toMatchObject({ desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, numberAvailable: 3, numberMisscheduled: 0, updatedNumberScheduled: 3 });
  });

  it("labels its pods with controller.ComputeHash of the template, the hash a Deployment's ReplicaSet of the same template carries", () => {
    const c = testCluster();
    const labels = { app: 'same' };
    const template = { metadata: { labels }, spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] } };
    c.api.create({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds', namespace: 'default' }, spec: { selector: { matchLabels: labels }, template } });
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } });
    c.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dep', namespace: 'other' }, spec: { replicas: 1, selector: { matchLabels: labels }, template } });
    c.advance(10_000);
    const rsHash = c.api.list('replicasets.apps', 'other')[0].metadata.labels!['pod-template-hash'];
    const dsHashes = new Set(c.api.list('pods', 'default').map((p) => p.metadata.labels!['controller-revision-hash']));
    expect([...dsHashes]).toEqual([rsHash]);
  });

  it('skips nodes whose taints the template does not tolerate, and follows node selectors', () => {
    const c = testCluster();
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'ssd-monitor', namespace: 'default' },
      spec: {
        selector: { matchLabels: { app: 'ssd-monitor' } },
        template: { metadata: { labels: { app: 'ssd-monitor' } }, spec: { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] } },
      },
    });
    c.advance(10_000);
    expect(c.api.list('pods', 'default')).toHaveLength(0);
    for (const n of ['k8s-master', 'k8s-node1']) {
      const node = structuredClone(c.api.get('nodes', undefined, n));
      node.metadata.labels = { ...node.metadata.labels, disk: 'ssd' };
      c.api.update(node);
    }
    c.advance(10_000);
    // the master is tainted: only k8s-node1 gets a pod
    expect(c.api.list('pods', 'default').map((p) => p.spec.nodeName)).toEqual(['k8s-node1']);
    const node = structuredClone(c.api.get('nodes', undefined, 'k8s-node1'));
    delete node.metadata.labels!.disk;
    c.api.update(node);
    c.advance(40_000);
    expect(c.api.list('pods', 'default')).toHaveLength(0);
  });
});
