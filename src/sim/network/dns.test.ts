import { describe, expect, it } from 'vitest';
import { lookup } from './dns';
import { resolveName } from './request';
import { addPod, addService, testCluster } from './testing';

const inPod = (ns = 'default', pod = 'client') => ({ kind: 'pod' as const, namespace: ns, pod });

describe('cluster DNS', () => {
  function setup() {
    const c = testCluster();
    const svc = addService(c, { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] });
    addPod(c, 'client', { labels: { run: 'client' }, ip: '10.244.1.2' });
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } });
    c.runUntilIdle();
    addPod(c, 'client', { ns: 'other', labels: { run: 'client' }, ip: '10.244.1.3' });
    return { c, ip: svc.spec.clusterIP as string };
  }

  it.each(['kubia', 'kubia.default', 'kubia.default.svc', 'kubia.default.svc.cluster.local', 'kubia.default.svc.cluster.local.'])(
    'resolves %s from a pod in the same namespace',
    (name) => {
      const { c, ip } = setup();
      expect(resolveName(c, inPod(), name)).toEqual([ip]);
    },
  );

  it('needs the namespace from another namespace, and answers NXDOMAIN otherwise', () => {
    const { c, ip } = setup();
    expect(resolveName(c, inPod('other'), 'kubia')).toEqual([]);
    expect(resolveName(c, inPod('other'), 'kubia.default')).toEqual([ip]);
    expect(lookup(c, inPod(), 'nope')).toBeUndefined();
    expect(lookup(c, inPod(), 'kubia.default')?.name).toBe('kubia.default.svc.cluster.local');
    expect(lookup(c, inPod(), 'kubia')?.server).toBe('10.96.0.10');
  });

  it('resolves kubernetes.default to the API server service', () => {
    const { c } = setup();
    expect(resolveName(c, inPod(), 'kubernetes.default')).toEqual(['10.96.0.1']);
    expect(resolveName(c, inPod(), 'kube-dns.kube-system.svc.cluster.local')).toEqual(['10.96.0.10']);
  });

  it('resolves a headless service to its ready pod IPs and pods by hostname.subdomain', () => {
    const c = testCluster();
    addService(c, { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 3306 }] }, 'db');
    addPod(c, 'db-0', { labels: { app: 'db' }, ip: '10.244.1.20', hostname: 'db-0', subdomain: 'db' });
    addPod(c, 'db-1', { labels: { app: 'db' }, ip: '10.244.2.21', hostname: 'db-1', subdomain: 'db' });
    addPod(c, 'db-2', { labels: { app: 'db' }, ip: '10.244.2.22', hostname: 'db-2', subdomain: 'db', ready: false });
    addPod(c, 'client', { labels: {}, ip: '10.244.1.2' });
    expect(resolveName(c, inPod(), 'db').sort()).toEqual(['10.244.1.20', '10.244.2.21']);
    expect(resolveName(c, inPod(), 'db-1.db')).toEqual(['10.244.2.21']);
    expect(resolveName(c, inPod(), 'db-0.db.default.svc.cluster.local')).toEqual(['10.244.1.20']);
    expect(resolveName(c, inPod(), 'db-2.db')).toEqual([]);
    expect(resolveName(c, inPod(), '10-244-1-20.default.pod.cluster.local')).toEqual(['10.244.1.20']);
  });

  it('answers an ExternalName service with a CNAME', () => {
    const c = testCluster();
    addService(c, { type: 'ExternalName', externalName: 'someapi.somecompany.com', ports: [{ port: 80 }] }, 'external-service');
    addService(c, { type: 'ExternalName', externalName: 'kubernetes.default.svc.cluster.local' }, 'api');
    addPod(c, 'client', { labels: {} });
    expect(lookup(c, inPod(), 'external-service')).toMatchObject({ name: 'external-service.default.svc.cluster.local', cname: 'someapi.somecompany.com', addresses: [] });
    expect(lookup(c, inPod(), 'api')).toMatchObject({ cname: 'kubernetes.default.svc.cluster.local', addresses: ['10.96.0.1'] });
  });

  it('does not resolve cluster names from outside the cluster', () => {
    const { c } = setup();
    expect(resolveName(c, { kind: 'outside' }, 'kubia.default.svc.cluster.local')).toEqual([]);
    expect(resolveName(c, { kind: 'outside' }, 'net-b')).toEqual(['192.168.0.202']);
  });
});

describe('nslookup', () => {
  it('prints the busybox answer or the failure', async () => {
    const { nslookupText } = await import('./clients');
    const c = testCluster();
    addPod(c, 'client', { labels: {} });
    expect(nslookupText(c, inPod(), 'kubernetes.default')).toEqual({
      out: 'Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1\n',
      code: 0,
    });
    expect(nslookupText(c, inPod(), 'nope').out).toContain("nslookup: can't resolve 'nope'");
  });
});
