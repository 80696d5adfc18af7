import { describe, expect, it } from 'vitest';
import { ApiError } from '../types';
import { parseIPv4 } from './ip';
import { staticBandSize } from './service-alloc';
import { addService, testCluster } from './testing';

const port = (extra: object = {}) => ({ ports: [{ port: 80, targetPort: 8080, ...extra }], selector: { app: 'kubia' } });

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('service allocation', () => {
  it('splits ranges into static and dynamic bands as upstream does', () => {
    // ipallocator: min(max(16, size/16), 256); portallocator: min(max(16, size/32), 128)
    expect(staticBandSize(2 ** 20, 16, 256, 16)).toBe(256); // /12
    expect(staticBandSize(2 ** 12, 16, 256, 16)).toBe(256); // /20
    expect(staticBandSize(256, 16, 256, 16)).toBe(16); // /24
    expect(staticBandSize(16, 16, 256, 16)).toBe(0); // /28
    expect(staticBandSize(2768, 16, 128, 32)).toBe(86);
    const c = testCluster();
    expect(c.services.network!.allocator.bands()).toEqual({ staticIPs: ['10.96.0.1', '10.96.1.0'], staticPorts: [30000, 30085] });
  });

  it('allocates dynamic ClusterIPs and NodePorts from the upper band', () => {
    const c = testCluster();
    for (let i = 0; i < 20; i++) {
      const svc = addService(c, { type: 'NodePort', ...port() }, `s${i}`);
      const ip = parseIPv4(svc.spec.clusterIP)!;
      expect(ip).toBeGreaterThan(parseIPv4('10.96.1.0')!);
      expect(ip).toBeLessThanOrEqual(parseIPv4('10.111.255.254')!);
      expect(svc.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30086);
      expect(svc.spec.ports[0].nodePort).toBeLessThanOrEqual(32767);
    }
  });

  it('fills clusterIPs, ipFamilies and ipFamilyPolicy like a single-stack IPv4 cluster', () => {
    const c = testCluster();
    const svc = addService(c, port());
    expect(svc.spec).toMatchObject({ type: 'ClusterIP', clusterIPs: [svc.spec.clusterIP], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster' });
    expect(svc.spec.ports[0].protocol).toBe('TCP');
  });

  it('is deterministic for a seed', () => {
    const a = addService(testCluster(3), port());
    const b = addService(testCluster(3), port());
    expect(a.spec.clusterIP).toBe(b.spec.clusterIP);
  });

  it('honours a requested ClusterIP and rejects a taken or out-of-range one with the upstream messages', () => {
    const c = testCluster();
    expect(addService(c, { clusterIP: '10.96.0.50', ...port() }, 'a').spec.clusterIPs).toEqual(['10.96.0.50']);
    const taken = apiError(() => c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' }, spec: { clusterIP: '10.96.0.10', ...port() } }));
    expect(taken.reason).toBe('Invalid');
    expect(taken.causes[0]).toMatchObject({
      field: 'spec.clusterIPs',
      message: 'Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    });
    expect(taken.message).toBe('Service "b" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated');
    const outside = apiError(() => c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' }, spec: { clusterIP: '10.0.0.5', ...port() } }));
    expect(outside.causes[0].message).toBe(
      'Invalid value: ["10.0.0.5"]: failed to allocate IP 10.0.0.5: provided IP is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
  });

  it('gives headless and ExternalName services no ClusterIP', () => {
    const c = testCluster();
    const headless = addService(c, { clusterIP: 'None', ...port() }, 'h');
    expect(headless.spec).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
    const bare = addService(c, { clusterIP: 'None' }, 'h2');
    expect(bare.spec.ipFamilyPolicy).toBe('RequireDualStack');
    const ext = addService(c, { type: 'ExternalName', externalName: 'api.example.com' }, 'e');
    expect(ext.spec.clusterIP).toBeUndefined();
    expect(ext.spec.ipFamilies).toBeUndefined();
  });

  it('rejects taken or out-of-range nodePorts with the upstream messages', () => {
    const c = testCluster();
    expect(addService(c, { type: 'NodePort', ...port({ nodePort: 30080 }) }, 'a').spec.ports[0].nodePort).toBe(30080);
    const taken = apiError(() => c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' }, spec: { type: 'NodePort', ...port({ nodePort: 30080 }) } }));
    expect(taken.message).toBe('Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
    const range = apiError(() => c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' }, spec: { type: 'NodePort', ...port({ nodePort: 8888 }) } }));
    expect(range.causes[0]).toMatchObject({
      field: 'spec.ports[0].nodePort',
      message: 'Invalid value: 8888: provided port is not in the valid range. The range of valid ports is 30000-32767',
    });
  });

  it('reports a full node-port range as an internal error', () => {
    const c = testCluster();
    // fill the range through the index: one service holding every port
    const ports = [];
    for (let p = 30000; p <= 32767; p++) ports.push({ name: `p${p}`, port: p - 20000, nodePort: p });
    addService(c, { type: 'NodePort', ports, selector: { app: 'x' } }, 'hog');
    const full = apiError(() => c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' }, spec: { type: 'NodePort', ...port() } }));
    expect(full.reason).toBe('InternalError');
    expect(full.message).toBe('Internal error occurred: failed to allocate a nodePort: range is full');
  });

  it('shares one node port between the TCP and UDP ports of the same number', () => {
    const c = testCluster();
    const svc = addService(c, { type: 'NodePort', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }], selector: { a: 'b' } });
    expect(svc.spec.ports[0].nodePort).toBe(svc.spec.ports[1].nodePort);
  });

  it('allocates node ports for LoadBalancer unless allocateLoadBalancerNodePorts is false', () => {
    const c = testCluster();
    const lb = addService(c, { type: 'LoadBalancer', ...port() }, 'lb');
    expect(lb.spec.allocateLoadBalancerNodePorts).toBe(true);
    expect(lb.spec.externalTrafficPolicy).toBe('Cluster');
    expect(lb.spec.ports[0].nodePort).toBeGreaterThan(0);
    const bare = addService(c, { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ...port() }, 'lb2');
    expect(bare.spec.ports[0].nodePort).toBeUndefined();
  });

  it('keeps allocations on update and releases them on type change and delete', () => {
    const c = testCluster();
    const svc = addService(c, { type: 'NodePort', ...port({ nodePort: 30080 }) }, 'a');
    // a PUT without the allocated values keeps them
    const put = structuredClone(svc);
    delete put.spec.clusterIP;
    delete put.spec.clusterIPs;
    delete put.spec.ports[0].nodePort;
    const kept = c.api.update(put);
    expect(kept.spec.clusterIP).toBe(svc.spec.clusterIP);
    expect(kept.spec.ports[0].nodePort).toBe(30080);
    // changing the ClusterIP is refused
    const moved = structuredClone(kept);
    moved.spec.clusterIP = '10.96.0.77';
    moved.spec.clusterIPs = ['10.96.0.77'];
    expect(apiError(() => c.api.update(moved)).message).toBe('Service "a" is invalid: spec.clusterIPs[0]: Invalid value: "10.96.0.77": may not change once set');
    // to ClusterIP: the node port goes back to the pool
    const toCluster = structuredClone(kept);
    toCluster.spec.type = 'ClusterIP';
    const after = c.api.update(toCluster);
    expect(after.spec.ports[0].nodePort).toBeUndefined();
    expect(after.spec.externalTrafficPolicy).toBeUndefined();
    expect(addService(c, { type: 'NodePort', ...port({ nodePort: 30080 }) }, 'b').spec.ports[0].nodePort).toBe(30080);
    // delete: the IP is free again
    c.api.delete('services', 'default', 'a');
    expect(addService(c, { clusterIP: svc.spec.clusterIP, ...port() }, 'c').spec.clusterIP).toBe(svc.spec.clusterIP);
  });

  it('changing to ExternalName drops the ClusterIP, and back allocates a new one', () => {
    const c = testCluster();
    const svc = addService(c, port(), 'a');
    const ext = structuredClone(svc);
    ext.spec.type = 'ExternalName';
    ext.spec.externalName = 'example.com';
    const e = c.api.update(ext);
    expect(e.spec.clusterIP).toBeUndefined();
    const back = structuredClone(e);
    back.spec.type = 'ClusterIP';
    delete back.spec.externalName;
    expect(c.api.update(back).spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\./);
  });

  it('bootstraps kubernetes and kube-dns at the kubeadm addresses', () => {
    const c = testCluster();
    const k = c.api.get('services', 'default', 'kubernetes');
    expect(k.metadata.labels).toEqual({ component: 'apiserver', provider: 'kubernetes' });
    expect(k.spec).toMatchObject({ clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] });
    const dns = c.api.get('services', 'kube-system', 'kube-dns');
    expect(dns.spec.clusterIP).toBe('10.96.0.10');
    expect(dns.spec.ports.map((p: { name: string; port: number; protocol: string }) => `${p.name} ${p.port}/${p.protocol}`)).toEqual(['dns 53/UDP', 'dns-tcp 53/TCP', 'metrics 9153/TCP']);
    expect(c.api.get('ingressclasses.networking.k8s.io', undefined, 'nginx').metadata.annotations).toEqual({ 'ingressclass.kubernetes.io/is-default-class': 'true' });
  });
});
