import { describe, expect, it } from 'vitest';
import { loadBalancerSourceRanges, sourceRangesAdmit } from './source-ranges';

const svc = (ranges: unknown) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc1', namespace: 'ns1' }, spec: { type: 'LoadBalancer', loadBalancerSourceRanges: ranges } });

// upstream's TestLoadBalancer (pkg/proxy/iptables/proxier_test.go): " 203.0.113.0/25" with its extra space still applies
describe('loadBalancerSourceRanges as kube-proxy reads them', () => {
  it('trims each entry and keeps its network address', () => {
    expect(loadBalancerSourceRanges(svc(['192.168.0.0/24', ' 203.0.113.0/25', '203.0.113.9/25 ']))).toEqual(['192.168.0.0/24', '203.0.113.0/25', '203.0.113.0/25']);
  });

  it('skips what is no IPv4 CIDR', () => {
    expect(loadBalancerSourceRanges(svc(['2001:db8::/64', '10.0.0.1', '10.0.0.0/33', '300.0.0.0/8', 42, { toString: null }]))).toEqual([]);
    expect(loadBalancerSourceRanges(svc('10.0.0.0/8'))).toEqual([]);
  });

  it('admits a client inside a range and drops the others; no ranges admit everyone', () => {
    const s = svc(['192.168.0.0/24', ' 203.0.113.0/25']);
    expect(['192.168.0.2', '203.0.113.1', '203.0.113.130', '10.0.0.2'].map((ip) => sourceRangesAdmit(s, ip))).toEqual([true, true, false, false]);
    expect(sourceRangesAdmit(svc(undefined), '10.0.0.2')).toBe(true);
  });
});
