import { describe, expect, it } from 'vitest';
import { addPod, addService, setPodStatus, testCluster } from '../network/testing';
import type { KObject } from '../types';
import { OVER_CAPACITY_ANNOTATION, truncateSubsets } from './endpoints';
import { slicesForService } from './endpointslice';

const kubia = { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] };
const ips = (list?: KObject[]) => (list ?? []).map((a) => a.ip);

describe('endpoints controller', () => {
  it('lists ready pods under addresses and the others under notReadyAddresses', () => {
    const c = testCluster();
    addService(c, kubia, 'kubia', 'default', { app: 'kubia' });
    addPod(c, 'a', { ip: '10.244.1.5' });
    addPod(c, 'b', { ip: '10.244.2.7', ready: false, node: 'net-b' });
    addPod(c, 'other', { ip: '10.244.1.9', labels: { app: 'other' } });
    const ep = c.api.get('endpoints', 'default', 'kubia');
    expect(ep.metadata.labels).toEqual({ app: 'kubia' });
    expect(ep.metadata.annotations?.['endpoints.kubernetes.io/last-change-trigger-time']).toMatch(/Z$/);
    expect(ep.subsets).toHaveLength(1);
    const [s] = ep.subsets;
    expect(s.addresses).toEqual([
      { ip: '10.244.1.5', nodeName: 'net-a', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: c.api.get('pods', 'default', 'a').metadata.uid } },
    ]);
    expect(ips(s.notReadyAddresses)).toEqual(['10.244.2.7']);
    expect(s.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    // becoming ready moves the address
    setPodStatus(c, 'default', 'b', { ip: '10.244.2.7', ready: true });
    const after = c.api.get('endpoints', 'default', 'kubia').subsets[0];
    expect(ips(after.addresses)).toEqual(['10.244.1.5', '10.244.2.7']);
    expect(after.notReadyAddresses).toBeUndefined();
  });

  it('sorts addresses by IP string as upstream (10 before 9)', () => {
    const c = testCluster();
    addService(c, kubia);
    addPod(c, 'a', { ip: '10.244.1.9' });
    addPod(c, 'b', { ip: '10.244.1.10' });
    expect(ips(c.api.get('endpoints', 'default', 'kubia').subsets[0].addresses)).toEqual(['10.244.1.10', '10.244.1.9']);
  });

  it('leaves out pods without an IP, terminal pods and terminating pods', () => {
    const c = testCluster();
    addService(c, kubia);
    addPod(c, 'noip', { ip: '' });
    addPod(c, 'done', { ip: '10.244.1.3', phase: 'Succeeded' });
    addPod(c, 'ok', { ip: '10.244.1.4' });
    addPod(c, 'going', { ip: '10.244.1.6' });
    // a pod on a node is deleted gracefully: it stays, terminating, until the kubelet removes it
    c.api.delete('pods', 'default', 'going');
    c.runUntilIdle();
    expect(c.api.get('pods', 'default', 'going').metadata.deletionTimestamp).toBeDefined();
    expect(ips(c.api.get('endpoints', 'default', 'kubia').subsets[0].addresses)).toEqual(['10.244.1.4']);
    // EndpointSlices keep terminating pods, not ready but still serving
    const [slice] = slicesForService(c.api, 'default', 'kubia');
    expect(slice.endpoints.map((e: KObject) => [e.addresses[0], e.conditions])).toEqual([
      ['10.244.1.4', { ready: true, serving: true, terminating: false }],
      ['10.244.1.6', { ready: false, serving: true, terminating: true }],
    ]);
  });

  it('publishNotReadyAddresses puts not-ready pods under addresses', () => {
    const c = testCluster();
    addService(c, { ...kubia, publishNotReadyAddresses: true });
    addPod(c, 'a', { ip: '10.244.1.5', ready: false });
    expect(ips(c.api.get('endpoints', 'default', 'kubia').subsets[0].addresses)).toEqual(['10.244.1.5']);
  });

  it('resolves named target ports by name and protocol, per pod', () => {
    const c = testCluster();
    addService(c, { selector: { app: 'kubia' }, ports: [{ name: 'http', port: 80, targetPort: 'web' }] });
    addPod(c, 'a', { ip: '10.244.1.5', ports: [{ name: 'web', containerPort: 8080 }] });
    addPod(c, 'b', { ip: '10.244.1.6', ports: [{ name: 'web', containerPort: 9090 }] });
    addPod(c, 'udp', { ip: '10.244.1.7', ports: [{ name: 'web', containerPort: 7070, protocol: 'UDP' }] });
    const subsets = c.api.get('endpoints', 'default', 'kubia').subsets;
    expect(subsets.map((s: KObject) => [ips(s.addresses), s.ports])).toEqual([
      [['10.244.1.5'], [{ name: 'http', port: 8080, protocol: 'TCP' }]],
      [['10.244.1.6'], [{ name: 'http', port: 9090, protocol: 'TCP' }]],
    ]);
  });

  it('repacks addresses that offer the same ports into one subset', () => {
    const c = testCluster();
    addService(c, { selector: { app: 'kubia' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443, targetPort: 8443 }] });
    addPod(c, 'a', { ip: '10.244.1.5' });
    addPod(c, 'b', { ip: '10.244.1.6' });
    const subsets = c.api.get('endpoints', 'default', 'kubia').subsets;
    expect(subsets).toHaveLength(1);
    expect(subsets[0].ports.map((p: KObject) => p.name)).toEqual(['http', 'https']);
  });

  it('keeps manual Endpoints of a service without selector', () => {
    const c = testCluster();
    addService(c, { ports: [{ port: 80 }] }, 'external');
    c.api.create({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'external', namespace: 'default' }, subsets: [{ addresses: [{ ip: '11.11.11.11' }], ports: [{ port: 80 }] }] });
    c.runUntilIdle();
    expect(ips(c.api.get('endpoints', 'default', 'external').subsets[0].addresses)).toEqual(['11.11.11.11']);
    // mirrored into an EndpointSlice for kube-proxy and describe
    const [slice] = slicesForService(c.api, 'default', 'external');
    expect(slice.metadata.labels?.['endpointslice.kubernetes.io/managed-by']).toBe('endpointslicemirroring-controller.k8s.io');
    expect(slice.endpoints[0].addresses).toEqual(['11.11.11.11']);
  });

  it('keeps manual Endpoints created before their service', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'ext', namespace: 'default' }, subsets: [{ addresses: [{ ip: '11.11.11.11' }], ports: [{ port: 80 }] }] });
    c.runUntilIdle();
    expect(c.api.tryGet('endpoints', 'default', 'ext')).toBeDefined();
    addService(c, { ports: [{ port: 80 }] }, 'ext');
    expect(ips(c.api.get('endpoints', 'default', 'ext').subsets[0].addresses)).toEqual(['11.11.11.11']);
  });

  it('recreates deleted Endpoints of a service with a selector', () => {
    const c = testCluster();
    addService(c, kubia);
    addPod(c, 'a', { ip: '10.244.1.5' });
    c.api.delete('endpoints', 'default', 'kubia');
    c.runUntilIdle();
    expect(ips(c.api.get('endpoints', 'default', 'kubia').subsets[0].addresses)).toEqual(['10.244.1.5']);
  });

  it('labels headless endpoints and gives headless services without ports bare addresses', () => {
    const c = testCluster();
    addService(c, { clusterIP: 'None', selector: { app: 'kubia' } });
    addPod(c, 'a', { ip: '10.244.1.5', hostname: 'a', subdomain: 'kubia' });
    const ep = c.api.get('endpoints', 'default', 'kubia');
    expect(ep.metadata.labels).toEqual({ 'service.kubernetes.io/headless': '' });
    expect(ep.subsets).toEqual([{ addresses: [expect.objectContaining({ ip: '10.244.1.5', hostname: 'a' })] }]);
  });

  it('creates no endpoints for ExternalName services and deletes them with the service', () => {
    const c = testCluster();
    addService(c, { type: 'ExternalName', externalName: 'example.com', selector: { app: 'kubia' } }, 'ext');
    addPod(c, 'a', { ip: '10.244.1.5' });
    expect(c.api.tryGet('endpoints', 'default', 'ext')).toBeUndefined();
    addService(c, kubia);
    expect(c.api.tryGet('endpoints', 'default', 'kubia')).toBeDefined();
    c.api.delete('services', 'default', 'kubia');
    c.runUntilIdle();
    expect(c.api.tryGet('endpoints', 'default', 'kubia')).toBeUndefined();
    expect(slicesForService(c.api, 'default', 'kubia')).toEqual([]);
  });

  it('an empty service still has an Endpoints object without subsets and a placeholder slice', () => {
    const c = testCluster();
    addService(c, kubia);
    expect(c.api.get('endpoints', 'default', 'kubia').subsets).toBeUndefined();
    const [slice] = slicesForService(c.api, 'default', 'kubia');
    expect(slice.metadata.name).toMatch(/^kubia-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice.endpoints).toBeNull();
  });

  it('truncates beyond 1000 addresses, ready ones first', () => {
    const many = (n: number, p: string) => Array.from({ length: n }, (_, i) => ({ ip: `${p}.${i}`, targetRef: { kind: 'Pod' as const, namespace: 'd', name: `${p}${i}`, uid: `${p}${i}` } }));
    const out = truncateSubsets([{ addresses: many(900, 'a'), notReadyAddresses: many(300, 'n'), ports: [{ port: 1, protocol: 'TCP' }] }]);
    expect(out[0].addresses).toHaveLength(900);
    expect(out[0].notReadyAddresses).toHaveLength(100);
    const c = testCluster();
    addService(c, kubia);
    for (let i = 0; i < 1001; i++) addPod(c, `p${i}`, { ip: `10.244.${Math.floor(i / 250)}.${i % 250}` }, false);
    c.runUntilIdle();
    const ep = c.api.get('endpoints', 'default', 'kubia');
    expect(ep.metadata.annotations?.[OVER_CAPACITY_ANNOTATION]).toBe('truncated');
    expect(ep.subsets[0].addresses).toHaveLength(1000);
    // slices hold at most 100 endpoints each
    expect(slicesForService(c.api, 'default', 'kubia')).toHaveLength(11);
  });
});

describe('endpointslice controller', () => {
  it('writes ready/serving/terminating conditions and the service-name label', () => {
    const c = testCluster();
    addService(c, { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] }, 'kubia', 'default', { app: 'kubia' });
    addPod(c, 'a', { ip: '10.244.1.5' });
    addPod(c, 'b', { ip: '10.244.1.6', ready: false });
    const [slice] = slicesForService(c.api, 'default', 'kubia');
    expect(slice.metadata.labels).toEqual({ app: 'kubia', 'kubernetes.io/service-name': 'kubia', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' });
    expect(slice.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Service', name: 'kubia', controller: true, blockOwnerDeletion: true });
    expect(slice.addressType).toBe('IPv4');
    expect(slice.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
    expect(slice.endpoints.map((e: KObject) => [e.addresses[0], e.conditions])).toEqual([
      ['10.244.1.5', { ready: true, serving: true, terminating: false }],
      ['10.244.1.6', { ready: false, serving: false, terminating: false }],
    ]);
    expect(slice.endpoints[0].targetRef).toMatchObject({ kind: 'Pod', name: 'a', namespace: 'default' });
  });

  it('touches only the services whose selector can match a changed pod', () => {
    const c = testCluster();
    for (let s = 0; s < 200; s++) addService(c, { selector: { app: `a${s}` }, ports: [{ port: 80 }] }, `s${s}`);
    for (let i = 0; i < 2000; i++) addPod(c, `p${i}`, { labels: { app: `a${i % 200}`, tier: 'web' } }, false);
    c.runUntilIdle();
    expect(c.api.get('endpoints', 'default', 's7').subsets[0].addresses).toHaveLength(10);
    const versions = () => new Map(c.api.list('endpoints', 'default').map((e) => [e.metadata.name, e.metadata.resourceVersion]));
    const before = versions();
    setPodStatus(c, 'default', 'p7', { ready: false });
    const after = versions();
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    expect(changed).toEqual(['s7']);
    // relabelling moves the pod from one service to another, and only those two change
    const pod = structuredClone(c.api.get('pods', 'default', 'p7'));
    pod.metadata.labels = { app: 'a8' };
    c.api.update(pod);
    c.runUntilIdle();
    const moved = versions();
    expect([...moved.keys()].filter((k) => moved.get(k) !== after.get(k)).sort()).toEqual(['s7', 's8']);
  });
});
