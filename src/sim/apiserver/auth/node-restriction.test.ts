import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import type { KObject } from '../../types';
import { errorOf } from '../testing';
import { apiAsUser, authorizeEviction } from './as-user';
import { impersonate } from './user';

describe('NodeRestriction', () => {
  const cluster = new Cluster();
  const kubelet = apiAsUser(cluster.api, impersonate('system:node:k8s-node1', ['system:nodes']));
  const onNode = (node: string) => cluster.api.list('pods', 'kube-system').find((p) => p.spec?.nodeName === node && p.metadata.name!.startsWith('kube-proxy-'))!;
  const copy = (o: KObject) => structuredClone(o);

  // admission.go's messages, through admission.NewForbidden
  it.each([
    [
      'status of a pod bound to another node',
      () => kubelet.update({ ...copy(onNode('k8s-node2')) }, { subresource: 'status' }),
      (o: KObject) => `pods "${o.metadata.name}" is forbidden: node "k8s-node1" can only update pod status for pods with spec.nodeName set to itself`,
      () => onNode('k8s-node2'),
    ],
    [
      'delete of a pod bound to another node',
      () => kubelet.delete('pods', 'kube-system', onNode('k8s-node2').metadata.name!),
      (o: KObject) => `pods "${o.metadata.name}" is forbidden: node "k8s-node1" can only delete pods with spec.nodeName set to itself`,
      () => onNode('k8s-node2'),
    ],
    [
      'eviction of a pod bound to another node',
      () => authorizeEviction(cluster.api, impersonate('system:node:k8s-node1', ['system:nodes']), 'kube-system', onNode('k8s-node2').metadata.name!),
      (o: KObject) => `pods "${o.metadata.name}" is forbidden: node k8s-node1 can only evict pods with spec.nodeName set to itself`,
      () => onNode('k8s-node2'),
    ],
  ])('refuses the %s', (_name, write, message, target) => {
    expect(errorOf(write)).toBe(message(target()));
  });

  it('lets a kubelet evict the pods bound to itself', () => {
    expect(() => authorizeEviction(cluster.api, impersonate('system:node:k8s-node1', ['system:nodes']), 'kube-system', onNode('k8s-node1').metadata.name!)).not.toThrow();
  });

  it('lets a kubelet create only mirror pods bound to itself', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { nodeName: 'k8s-node1', containers: [{ name: 'c', image: 'nginx' }] } };
    expect(errorOf(() => kubelet.create(pod))).toBe('pods "p" is forbidden: pod does not have "kubernetes.io/config.mirror" annotation, node "k8s-node1" can only create mirror pods');
    const mirror = { ...pod, metadata: { ...pod.metadata, annotations: { 'kubernetes.io/config.mirror': 'x' } }, spec: { ...pod.spec, nodeName: 'k8s-node2' } };
    expect(errorOf(() => kubelet.create(mirror))).toBe('pods "p" is forbidden: node "k8s-node1" can only create pods with spec.nodeName set to itself');
  });

  it('keeps a kubelet to its own Node object, and off its taints', () => {
    const other = copy(cluster.api.get('nodes', undefined, 'k8s-node2'));
    expect(errorOf(() => kubelet.update(other))).toBe('nodes "k8s-node2" is forbidden: node "k8s-node1" is not allowed to modify node "k8s-node2"');
    const own = copy(cluster.api.get('nodes', undefined, 'k8s-node1'));
    own.spec.taints = [{ key: 'x', effect: 'NoSchedule' }];
    expect(errorOf(() => kubelet.update(own))).toBe('nodes "k8s-node1" is forbidden: node "k8s-node1" is not allowed to modify taints');
    const labelled = copy(cluster.api.get('nodes', undefined, 'k8s-node1'));
    labelled.metadata.labels = { ...labelled.metadata.labels, disk: 'ssd' };
    expect(errorOf(() => kubelet.update(labelled))).toBe('');
  });
});
