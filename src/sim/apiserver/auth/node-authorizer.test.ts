import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { authorize } from './rbac';
import type { RequestAttributes } from './rules';
import { impersonate } from './user';

const kubelet = impersonate('system:node:k8s-node1', ['system:nodes']);
const req = (verb: string, resource: string, name?: string, namespace?: string, extra: Partial<RequestAttributes> = {}): RequestAttributes => ({ resourceRequest: true, verb, apiGroup: '', resource, name, namespace, ...extra });

describe('Node authorizer', () => {
  const cluster = new Cluster({ systemPods: false });
  const api = cluster.api;
  api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'used', namespace: 'default' }, stringData: { k: 'v' } });
  api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'unused', namespace: 'default' }, stringData: { k: 'v' } });
  api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'mine', namespace: 'default' },
    spec: { nodeName: 'k8s-node1', containers: [{ name: 'c', image: 'nginx', env: [{ name: 'K', valueFrom: { secretKeyRef: { name: 'used', key: 'k' } } }] }] },
  });
  api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'theirs', namespace: 'default' }, spec: { nodeName: 'k8s-node2', containers: [{ name: 'c', image: 'nginx' }] } });

  // node_authorizer_test.go's cases, on the pods above (reasons as the union authorizer joins them)
  it.each([
    ['get a secret a pod on the node uses', req('get', 'secrets', 'used', 'default'), true, ''],
    ['get a secret no pod on the node uses', req('get', 'secrets', 'unused', 'default'), false, "no relationship found between node 'k8s-node1' and this object"],
    ['list secrets', req('list', 'secrets', undefined, 'default'), false, 'No Object name found'],
    ['delete a secret', req('delete', 'secrets', 'used', 'default'), false, 'can only read resources of this type'],
    ['get a pod bound to the node', req('get', 'pods', 'mine', 'default'), true, ''],
    ["get another node's pod", req('get', 'pods', 'theirs', 'default'), false, "no relationship found between node 'k8s-node1' and this object"],
    ['list pods without the spec.nodeName selector', req('list', 'pods', undefined, 'default'), false, 'can only list/watch pods with spec.nodeName field selector'],
    ['watch pods with spec.nodeName=<node>', req('watch', 'pods', undefined, '', { fieldSelector: [{ field: 'spec.nodeName', value: 'k8s-node1' }] }), true, ''],
    ["watch another node's pods by spec.nodeName", req('watch', 'pods', undefined, '', { fieldSelector: [{ field: 'spec.nodeName', value: 'k8s-node2' }] }), false, 'can only list/watch pods with spec.nodeName field selector'],
    ['update a pod status', req('update', 'pods', 'mine', 'default', { subresource: 'status' }), true, ''],
    ['get its own node', req('get', 'nodes', 'k8s-node1'), true, ''],
    ['get another node', req('get', 'nodes', 'k8s-node2'), false, "node 'k8s-node1' cannot read 'k8s-node2', only its own Node object"],
    ['list nodes', req('list', 'nodes'), false, "node 'k8s-node1' cannot read all nodes, only its own Node object"],
    ['renew its lease', req('update', 'leases', 'k8s-node1', 'kube-node-lease', { apiGroup: 'coordination.k8s.io' }), true, ''],
    ["renew another node's lease", req('update', 'leases', 'k8s-node2', 'kube-node-lease', { apiGroup: 'coordination.k8s.io' }), false, 'can only access node lease with the same name as the requesting node'],
    ['a lease elsewhere', req('get', 'leases', 'k8s-node1', 'default', { apiGroup: 'coordination.k8s.io' }), false, 'can only access leases in the "kube-node-lease" system namespace'],
    ['create events (the system:node rules)', req('create', 'events', undefined, 'default'), true, ''],
    ['get services (the system:node rules)', req('get', 'services', 'kubernetes', 'default'), true, ''],
    ['create deployments', req('create', 'deployments', undefined, 'default', { apiGroup: 'apps' }), false, ''],
  ])('%s', (_name, attrs, allowed, reason) => {
    expect(authorize(api, kubelet, attrs)).toEqual({ allowed, reason });
  });

  it('has no opinion on users outside system:nodes, even with a node name', () => {
    expect(authorize(api, impersonate('system:node:k8s-node1'), req('get', 'pods', 'mine', 'default'))).toEqual({ allowed: false, reason: '' });
  });
});
