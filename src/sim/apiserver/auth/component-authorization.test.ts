import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { setNodeDown } from '../../kubelet/node-failure';
import type { KObject } from '../../types';
import { clientAs } from '../client';
import { checkAccess, resourceRequest } from './as-user';
import { controllerUser, KUBE_SCHEDULER, nodeUser } from './components';

const labels = { app: 'web' };
const template = { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
const WORKLOADS: KObject[] = [
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'team' }, spec: { replicas: 3, selector: { matchLabels: labels }, template } },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', namespace: 'team' },
    spec: {
      replicas: 2,
      serviceName: 'db',
      selector: { matchLabels: { app: 'db' } },
      template: { ...template, metadata: { labels: { app: 'db' } } },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    },
  },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'team' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: { ...template, metadata: { labels: { app: 'agent' } } } } },
  { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'once', namespace: 'team' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['true'] }] } } } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'team' }, spec: { type: 'LoadBalancer', selector: labels, ports: [{ port: 80 }] } },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', namespace: 'team' },
    spec: { rules: [{ host: 'web.example', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
  },
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'orphan', namespace: 'team', labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
];

describe('components are authorized as their users', () => {
  it('lets every installed component make its writes through the Node authorizer and its bootstrap role', () => {
    const cluster = new Cluster();
    const mark = cluster.activity.mark();
    cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    for (const o of WORKLOADS) cluster.api.create(o);
    cluster.advance(120_000);
    const scaled = structuredClone(cluster.api.get('deployments.apps', 'team', 'web'));
    scaled.spec.template.spec.containers[0].image = 'nginx:1.27';
    cluster.api.update(scaled);
    setNodeDown(cluster, 'k8s-node2', true);
    cluster.advance(400_000);
    setNodeDown(cluster, 'k8s-node2', false);
    cluster.api.delete('services', 'team', 'web');
    cluster.api.delete('namespaces', undefined, 'team');
    cluster.advance(300_000);
    const refused = cluster.activity.since(mark, 1_000_000).filter((s) => s.kind === 'request' && 'code' in s.outcome && s.outcome.code === 403);
    expect(refused.map((s) => s.kind === 'request' && 'message' in s.outcome && s.outcome.message)).toEqual([]);
    expect(cluster.api.tryGet('namespaces', undefined, 'team')).toBeUndefined();
  });

  it('refuses a component what its role does not grant, with the API server Forbidden text', () => {
    const cluster = new Cluster({ systemPods: false });
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    expect(() => clientAs(cluster.api, KUBE_SCHEDULER).create(pod)).toThrow('pods is forbidden: User "system:kube-scheduler" cannot create resource "pods" in API group "" in the namespace "default"');
    const deployments = clientAs(cluster.api, controllerUser('deployment-controller'));
    expect(() => deployments.create(pod)).toThrow('User "system:serviceaccount:kube-system:deployment-controller" cannot create resource "pods"');
    clientAs(cluster.api, controllerUser('replicaset-controller')).create(pod);
    const node = clientAs(cluster.api, nodeUser('k8s-node1'));
    expect(() => node.delete('configmaps', 'default', 'kube-root-ca.crt')).toThrow(
      'configmaps "kube-root-ca.crt" is forbidden: User "system:node:k8s-node1" cannot delete resource "configmaps" in API group "" in the namespace "default": can only read resources of this type',
    );
  });

  it("refuses a kubelet a Secret no pod bound to its node references, with the Node authorizer's reason", () => {
    const cluster = new Cluster({ systemPods: false });
    cluster.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x', namespace: 'default' }, data: {} });
    const secrets = cluster.api.resource('secrets');
    if (!secrets) throw new Error('secrets is a built-in resource');
    expect(() => checkAccess(cluster.api, nodeUser('k8s-node1'), resourceRequest(secrets, 'get', 'default', 'x'))).toThrow(
      'secrets "x" is forbidden: User "system:node:k8s-node1" cannot get resource "secrets" in API group "" in the namespace "default": no relationship found between node \'k8s-node1\' and this object',
    );
  });

  it("stops the scheduler while its informers may not list and watch pods, with the API server's Forbidden in the log, and resumes once they may", () => {
    const cluster = new Cluster({ systemPods: false });
    const binding = structuredClone(cluster.api.get('clusterrolebindings.rbac.authorization.k8s.io', undefined, 'system:kube-scheduler'));
    const mark = cluster.activity.mark();
    cluster.api.delete('clusterrolebindings.rbac.authorization.k8s.io', undefined, 'system:kube-scheduler');
    cluster.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'waits', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    cluster.advance(60_000);
    expect(cluster.api.get('pods', 'default', 'waits').spec.nodeName).toBeUndefined();
    const refused = cluster.activity.since(mark, 1_000_000).flatMap((s) => (s.kind === 'request' && 'message' in s.outcome ? [s.outcome.message] : []));
    expect(refused).toContain('pods is forbidden: User "system:kube-scheduler" cannot list resource "pods" in API group "" at the cluster scope');
    // each refused list once per change of policy, not once per sync; the lease renewals are refused at every retry
    const lists = refused.filter((m) => m.includes('cannot list'));
    expect(new Set(lists).size).toBe(lists.length);
    expect(refused).toContain('leases.coordination.k8s.io "kube-scheduler" is forbidden: User "system:kube-scheduler" cannot update resource "leases" in API group "coordination.k8s.io" in the namespace "kube-system"');
    delete binding.metadata.resourceVersion;
    delete binding.metadata.uid;
    delete binding.metadata.creationTimestamp;
    cluster.api.create(binding);
    cluster.advance(10_000);
    expect(cluster.api.get('pods', 'default', 'waits').spec.nodeName).toBeDefined();
  });

  it("keeps a controller reading when its own role is revoked, as kube-controller-manager's shared informers read on the manager's credentials", () => {
    const cluster = new Cluster({ systemPods: false });
    const mark = cluster.activity.mark();
    cluster.api.delete('clusterrolebindings.rbac.authorization.k8s.io', undefined, 'system:kube-controller-manager');
    cluster.api.create({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs', namespace: 'default' }, spec: { replicas: 1, selector: { matchLabels: { app: 'rs' } }, template: { metadata: { labels: { app: 'rs' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    cluster.advance(10_000);
    // without the manager's list and watch, no controller sees the ReplicaSet
    expect(cluster.api.list('pods', 'default')).toEqual([]);
    const refused = cluster.activity.since(mark, 1_000_000).flatMap((s) => (s.kind === 'request' && 'message' in s.outcome ? [s.outcome.message] : []));
    expect(refused).toContain('replicasets.apps is forbidden: User "system:kube-controller-manager" cannot list resource "replicasets" in API group "apps" at the cluster scope');
  });
});
