import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import type { KObject } from '../../types';
import { errorOf } from '../testing';
import { apiAsUser, authorizeEviction } from './as-user';
import { admitNodeWrite } from './node-restriction';
import { impersonate } from './user';

/** A TokenRequest's spec.boundObjectRef. */
interface BoundObjectRef {
  apiVersion: string;
  kind: string;
  name?: string;
  uid?: string;
}

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

  it('keeps a kubelet to the labels it may set on its own Node, on update and on create', () => {
    const labelled = (labels: Record<string, string>) => {
      const own = copy(cluster.api.get('nodes', undefined, 'k8s-node1'));
      own.metadata.labels = { ...own.metadata.labels, ...labels };
      return own;
    };
    expect(errorOf(() => kubelet.update(labelled({ 'node-restriction.kubernetes.io/trusted': 'yes', 'node-role.kubernetes.io/worker': '' })))).toBe(
      'nodes "k8s-node1" is forbidden: is not allowed to modify labels: node-restriction.kubernetes.io/trusted, node-role.kubernetes.io/worker',
    );
    expect(errorOf(() => kubelet.update(labelled({ 'kubelet.kubernetes.io/x': 'y', 'topology.kubernetes.io/zone': 'a', 'node.kubernetes.io/pool': 'b', 'example.com/disk': 'ssd' })))).toBe('');
    // a registration: every label is new, so every restricted one is named
    const registering = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'k8s-node1', labels: { 'kubernetes.io/hostname': 'k8s-node1', 'sub.k8s.io/x': '', 'a.node-restriction.kubernetes.io/b': '' } } };
    expect(errorOf(() => admitNodeWrite(cluster.api, impersonate('system:node:k8s-node1', ['system:nodes']), { op: 'CREATE', rt: cluster.api.kindFor('v1', 'Node'), obj: registering }))).toBe(
      'nodes "k8s-node1" is forbidden: node "k8s-node1" is not allowed to set the following labels: a.node-restriction.kubernetes.io/b, sub.k8s.io/x',
    );
  });

  it('lets a kubelet write only its own CSINode', () => {
    const other = copy(cluster.api.get('csinodes.storage.k8s.io', undefined, 'k8s-node2'));
    expect(errorOf(() => kubelet.update(other))).toBe('csinodes.storage.k8s.io "k8s-node2" is forbidden: can only access CSINode with the same name as the requesting node');
    expect(errorOf(() => kubelet.update(copy(cluster.api.get('csinodes.storage.k8s.io', undefined, 'k8s-node1'))))).toBe('');
  });

  const node1 = impersonate('system:node:k8s-node1', ['system:nodes']);
  const admit = (rt: string, obj: KObject, subresource: string) => () => admitNodeWrite(cluster.api, node1, { op: 'CREATE', rt: cluster.api.resource(rt)!, obj, namespace: 'kube-system', subresource });

  it('lets a kubelet evict only pods bound to it', () => {
    const eviction = (name: string) => ({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace: 'kube-system' } });
    const theirs = onNode('k8s-node2').metadata.name!;
    expect(errorOf(admit('pods', eviction(theirs), 'eviction'))).toBe(`pods "${theirs}" is forbidden: node k8s-node1 can only evict pods with spec.nodeName set to itself`);
    expect(errorOf(admit('pods', eviction(onNode('k8s-node1').metadata.name!), 'eviction'))).toBe('');
    expect(errorOf(admit('pods', eviction(''), 'eviction'))).toBe('pods "Unknown" is forbidden: could not determine pod from request data');
  });

  it('lets a kubelet request tokens only bound to a pod on its node', () => {
    const token = (boundObjectRef?: BoundObjectRef) => ({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', metadata: { name: 'kube-proxy', namespace: 'kube-system' }, spec: { audiences: [], boundObjectRef } });
    const ref = (p: KObject, uid = p.metadata.uid): BoundObjectRef => ({ apiVersion: 'v1', kind: 'Pod', name: p.metadata.name, uid });
    const forbidden = (reason: string) => `serviceaccounts "kube-proxy" is forbidden: ${reason}`;
    expect(errorOf(admit('serviceaccounts', token(), 'token'))).toBe(forbidden('node requested token not bound to a pod'));
    expect(errorOf(admit('serviceaccounts', token(ref(onNode('k8s-node1'), '')), 'token'))).toBe(forbidden('node requested token with a pod binding without a uid'));
    expect(errorOf(admit('serviceaccounts', token(ref(onNode('k8s-node1'), 'x')), 'token'))).toBe(
      forbidden('the UID in the bound object reference (x) does not match the UID in record. The object might have been deleted and then recreated'),
    );
    expect(errorOf(admit('serviceaccounts', token(ref(onNode('k8s-node2'))), 'token'))).toBe(forbidden('node requested token bound to a pod scheduled on a different node'));
    expect(errorOf(admit('serviceaccounts', token(ref(onNode('k8s-node1'))), 'token'))).toBe('');
  });

  it('refuses a pod subresource other than status and eviction', () => {
    expect(errorOf(admit('pods', copy(onNode('k8s-node1')), 'ephemeralcontainers'))).toBe(
      `pods "${onNode('k8s-node1').metadata.name}" is forbidden: unexpected pod subresource "ephemeralcontainers", only 'status' and 'eviction' are allowed`,
    );
  });
});
