import { describe, expect, it } from 'vitest';
import { savedProbability } from './iptables-format';
import { probability, servicePortChainName, servicePortEndpointChainName, servicePortName } from './kube-proxy-iptables';

// expected names computed independently: python3 hashlib.sha256 + base64.b32encode, first 16 characters
describe("kube-proxy's chain names", () => {
  it.each([
    ['ns1', 'svc1', 'p80', 'tcp', 'KUBE-SVC-XPGD46QRK7WJZT7O'],
    ['default', 'kubernetes', 'https', 'tcp', 'KUBE-SVC-NPX46M4PTMTKRN6Y'],
    ['kube-system', 'kube-dns', 'dns', 'udp', 'KUBE-SVC-TCOU7JCQXEZGVUNU'],
    ['kube-system', 'kube-dns', 'dns-tcp', 'tcp', 'KUBE-SVC-ERIFXISQEP7F7OF4'],
    ['default', 'nginx', '', 'tcp', 'KUBE-SVC-2CMXP7HKUVJN7L6M'],
  ])('%s/%s:%s %s is %s', (ns, name, port, proto, chain) => {
    expect(servicePortChainName(servicePortName(ns, name, port), proto)).toBe(chain);
  });

  it('hashes the endpoint into the KUBE-SEP- name', () => {
    expect(servicePortEndpointChainName('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
  });

  it('writes 1/(n-i) with 10 decimals; iptables prints the stored fraction of 2^31 with 11', () => {
    expect([3, 2].map(probability)).toEqual(['0.3333333333', '0.5000000000']);
    expect(['0.3333333333', '0.5000000000', '0.2000000000'].map(savedProbability)).toEqual(['0.33333333349', '0.50000000000', '0.20000000019']);
  });
});
