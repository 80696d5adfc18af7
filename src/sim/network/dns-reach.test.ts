import { describe, expect, it } from 'vitest';
import { dnsSilence } from './dns-reach';
import { request } from './request';
import { addPod, addService, testCluster } from './testing';

const DNS_PORTS = [{ name: 'dns', containerPort: 53, protocol: 'UDP' }];

function cluster() {
  const c = testCluster();
  addPod(c, 'coredns-1', { ns: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, ports: DNS_PORTS });
  addPod(c, 'web', { labels: { app: 'web' }, ports: [{ containerPort: 80 }] });
  addService(c, { selector: { app: 'web' }, ports: [{ port: 80 }] }, 'web');
  const client = addPod(c, 'client', { labels: { app: 'client' } });
  return { c, client };
}

const policy = (ns: string, name: string, spec: object) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec });

describe('DNS queries and NetworkPolicy', () => {
  it('answers without policies', () => {
    const { c, client } = cluster();
    expect(dnsSilence(c, client)).toBeUndefined();
  });

  it('an ingress policy in kube-system selecting CoreDNS silences every lookup', () => {
    const { c, client } = cluster();
    c.api.create(policy('kube-system', 'deny-dns', { podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } }, policyTypes: ['Ingress'] }));
    expect(dnsSilence(c, client)).toEqual({
      explanation: 'NetworkPolicy deny-dns in kube-system denies ingress to CoreDNS (UDP 53)',
      denied: { direction: 'Ingress', namespace: 'kube-system', policies: ['deny-dns'] },
    });
    const res = request(c, { kind: 'pod', namespace: 'default', pod: 'client' }, { method: 'GET', url: 'http://web', headers: {} });
    expect(res.error?.code).toBe('resolve');
    expect(res.path.map((h) => `${h.kind}:${h.name}${h.blocked ? ' blocked' : ''}`)).toEqual(['Client:client', 'NetworkPolicy:deny-dns blocked']);
  });

  it('lets the query in when the rule admits the client namespace on UDP 53, by number or by the named port', () => {
    for (const port of [53, 'dns']) {
      const { c, client } = cluster();
      c.api.create(policy('kube-system', 'dns-from-default', {
        podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'default' } } }], ports: [{ protocol: 'UDP', port }] }],
      }));
      expect(dnsSilence(c, client)).toBeUndefined();
    }
  });

  it('a TCP-only port rule still drops the UDP query', () => {
    const { c, client } = cluster();
    c.api.create(policy('kube-system', 'tcp-only', { podSelector: {}, ingress: [{ ports: [{ port: 53 }] }] }));
    expect(dnsSilence(c, client)?.denied?.policies).toEqual(['tcp-only']);
  });

  it('a policy selecting other kube-system pods leaves DNS alone', () => {
    const { c, client } = cluster();
    c.api.create(policy('kube-system', 'metrics-only', { podSelector: { matchLabels: { 'k8s-app': 'metrics-server' } }, policyTypes: ['Ingress'] }));
    expect(dnsSilence(c, client)).toBeUndefined();
  });

  it('the client\'s own egress policy without a DNS rule silences it too', () => {
    const { c, client } = cluster();
    c.api.create(policy('default', 'egress-web', { podSelector: { matchLabels: { app: 'client' } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'web' } } }] }] }));
    expect(dnsSilence(c, client)?.denied).toEqual({ direction: 'Egress', namespace: 'default', policies: ['egress-web'] });
  });

  it('a pod on the node\'s network with dnsPolicy ClusterFirst reads the node\'s resolver, not kube-dns', () => {
    const { c } = cluster();
    c.api.create(policy('kube-system', 'deny-dns', { podSelector: {}, policyTypes: ['Ingress'] }));
    const host = { ...c.api.get('pods', 'default', 'client'), spec: { ...c.api.get('pods', 'default', 'client').spec, hostNetwork: true } };
    expect(dnsSilence(c, host)).toBeUndefined();
  });
});

describe('a connection a NetworkPolicy drops', () => {
  it('ends its path at the policy, marked blocked, after the endpoint it was sent to', () => {
    const { c } = cluster();
    c.api.create(policy('default', 'web-from-nobody', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] }));
    const res = request(c, { kind: 'pod', namespace: 'default', pod: 'client' }, { method: 'GET', url: 'http://web', headers: {}, connectTimeoutMs: 2000 });
    expect(res.error?.code).toBe('timeout');
    expect(res.path.map((h) => h.kind)).toEqual(['Client', 'DNS', 'Service', 'Endpoints', 'NetworkPolicy']);
    expect(res.path.at(-1)).toEqual({ kind: 'NetworkPolicy', namespace: 'default', name: 'web-from-nobody', detail: 'Ingress', blocked: true });
  });
});
