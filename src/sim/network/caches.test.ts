import { describe, expect, it, vi } from 'vitest';
import { COREDNS, KUBE_PROXY } from '../apiserver/auth/components';
import type { Cluster } from '../cluster';
import { COREDNS_WATCHES, KUBE_PROXY_WATCHES } from './caches';
import { lookup } from './dns';
import { kubeProxyTables } from './kube-proxy-iptables';
import { request } from './request';
import { addPod, addService, testCluster } from './testing';

// the kubelet's serveHttp: kubia answers on 8080
vi.mock('../kubelet/serve', () => ({
  serveHttp: (_c: Cluster, _ip: string, port: number) => (port === 8080 ? { status: 200, body: 'hi\n' } : { refused: true }),
}));

const RBAC = 'clusterrolebindings.rbac.authorization.k8s.io';
const fromPod = { kind: 'pod' as const, namespace: 'default', pod: 'client' };
const forbidden = (sa: string) =>
  `services is forbidden: User "system:serviceaccount:kube-system:${sa}" cannot list resource "services" in API group "" at the cluster scope`;

function setup() {
  const c = testCluster();
  const svc = addService(c, { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }] });
  addPod(c, 'kubia-0', { ip: '10.244.1.10' });
  addPod(c, 'client', { labels: { run: 'client' }, ip: '10.244.1.2' });
  return { c, ip: svc.spec.clusterIP as string };
}

describe("kube-proxy's and CoreDNS's caches are listed and watched as their own service accounts", () => {
  it('lets both read through the bindings kubeadm creates', () => {
    const { c, ip } = setup();
    expect(c.services.informers.refusal(KUBE_PROXY, KUBE_PROXY_WATCHES)).toBeUndefined();
    expect(c.services.informers.refusal(COREDNS, COREDNS_WATCHES)).toBeUndefined();
    expect(request(c, fromPod, { method: 'GET', url: `http://${ip}`, headers: {} }).status).toBe(200);
    expect(lookup(c, fromPod, 'kubia')?.addresses).toEqual([ip]);
  });

  it('leaves kube-proxy without service rules once kubeadm:node-proxier is gone, with the API server’s text', () => {
    const { c, ip } = setup();
    const mark = c.activity.mark();
    c.api.delete(RBAC, undefined, 'kubeadm:node-proxier');
    expect(c.services.informers.refusal(KUBE_PROXY, KUBE_PROXY_WATCHES)).toBe(forbidden('kube-proxy'));
    const r = request(c, fromPod, { method: 'GET', url: `http://${ip}`, headers: {} });
    expect(r.status).toBeUndefined();
    // KUBE-SERVICES keeps only its last rule, the jump to KUBE-NODEPORTS
    expect(kubeProxyTables(c, undefined).nat.chains.get('KUBE-SERVICES')).toHaveLength(1);
    expect(kubeProxyTables(c, undefined).nat.chains.get('KUBE-NODEPORTS')).toEqual([]);
    // the refused list is in the request log once, as kube-proxy's
    const refused = c.activity.since(mark, 1_000_000).filter((s) => s.kind === 'request' && 'code' in s.outcome && s.outcome.code === 403);
    expect(refused.map((s) => (s.kind === 'request' ? s.user : ''))).toEqual(['system:serviceaccount:kube-system:kube-proxy']);
    // pod IPs need no kube-proxy
    expect(request(c, fromPod, { method: 'GET', url: 'http://10.244.1.10:8080', headers: {} }).status).toBe(200);
  });

  it('has CoreDNS answer SERVFAIL for service names once system:coredns is unbound', () => {
    const { c } = setup();
    c.api.delete(RBAC, undefined, 'system:coredns');
    expect(c.services.informers.refusal(COREDNS, COREDNS_WATCHES)).toBe(forbidden('coredns'));
    expect(lookup(c, fromPod, 'kubia')).toMatchObject({ name: 'kubia.default.svc.cluster.local', addresses: [], servfail: true });
    // `pods insecure` answers pod names from the name alone
    expect(lookup(c, fromPod, '10-244-1-10.default.pod.cluster.local.')?.addresses).toEqual(['10.244.1.10']);
  });
});
