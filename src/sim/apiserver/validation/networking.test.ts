import { describe, expect, it } from 'vitest';
import { ApiError, type KObject } from '../../types';
import { testApi } from '../testing';

/**
 * NetworkPolicy validation, the cases of upstream's TestValidateNetworkPolicy
 * (pkg/apis/networking/validation) with the messages ValidateNetworkPolicySpec builds for them.
 */
function causes(spec: object): string[] {
  const np = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'foo', namespace: 'default' }, spec };
  try {
    testApi().create(np as KObject);
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return e.causes.map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

const ab = { matchLabels: { a: 'b' } };
const cd = { matchLabels: { c: 'd' } };
const block = { cidr: '192.168.0.0/16', except: ['192.168.3.0/24', '192.168.4.0/24'] };
const block6 = { cidr: 'fd00:192:168::/48', except: ['fd00:192:168:3::/64', 'fd00:192:168:4::/64'] };
const ports = [{ port: 80 }, { protocol: 'TCP' }, { protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 'dns' }, { protocol: 'SCTP', port: 7777 }];
const invalidSelector = { matchLabels: { 'NoUppercaseOrSpecialCharsLike=Equals': 'b' } };
const selectorKeyError = (field: string) =>
  `${field}.matchLabels: Invalid value: "NoUppercaseOrSpecialCharsLike=Equals": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;

describe('NetworkPolicy validation (upstream success cases)', () => {
  it.each([
    ['no rules', { podSelector: ab, ingress: [] }],
    ['empty from and ports', { podSelector: ab, ingress: [{ from: [], ports: [] }] }],
    ['ports: numbers, names, protocols', { podSelector: ab, ingress: [{ ports }] }],
    ['podSelector peer', { podSelector: ab, ingress: [{ from: [{ podSelector: cd }] }] }],
    ['namespaceSelector peer', { podSelector: ab, ingress: [{ from: [{ namespaceSelector: cd }] }] }],
    ['namespaceSelector AND podSelector in one peer', { podSelector: ab, ingress: [{ from: [{ namespaceSelector: cd, podSelector: { matchLabels: { e: 'f' } } }] }] }],
    ['egress namespaceSelector, ingress ipBlock', { podSelector: ab, egress: [{ to: [{ namespaceSelector: cd }] }], ingress: [{ from: [{ ipBlock: block }] }] }],
    ['ingress ipBlock with excepts', { podSelector: ab, ingress: [{ from: [{ ipBlock: block }] }] }],
    ['egress ipBlock, policyTypes Egress', { podSelector: ab, egress: [{ to: [{ ipBlock: block }] }], policyTypes: ['Egress'] }],
    ['egress ipBlock, policyTypes Ingress and Egress', { podSelector: ab, egress: [{ to: [{ ipBlock: block }] }], policyTypes: ['Ingress', 'Egress'] }],
    ['egress ports', { podSelector: ab, egress: [{ ports }] }],
    ['IPv6 ipBlock', { podSelector: ab, egress: [{ to: [{ namespaceSelector: cd }] }], ingress: [{ from: [{ ipBlock: block6 }] }] }],
    ['IPv6 egress ipBlock', { podSelector: ab, egress: [{ to: [{ ipBlock: block6 }] }], policyTypes: ['Ingress', 'Egress'] }],
    ['endPort range', { podSelector: {}, ingress: [{ ports: [{ port: 30000, endPort: 32768 }] }] }],
    ['endPort equal to port', { podSelector: {}, egress: [{ ports: [{ protocol: 'UDP', port: 53, endPort: 53 }] }] }],
  ])('%s', (_name, spec) => {
    expect(causes(spec)).toEqual([]);
  });
});

describe('NetworkPolicy validation (upstream error cases, with their messages)', () => {
  it.each([
    ['namespaceSelector and ipBlock', { podSelector: ab, ingress: [{ from: [{ namespaceSelector: cd, ipBlock: block }] }] }, ['spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer']],
    ['podSelector and ipBlock', { podSelector: ab, egress: [{ to: [{ podSelector: cd, ipBlock: block }] }] }, ['spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer']],
    [
      'missing from and to type',
      { podSelector: ab, ingress: [{ from: [{}] }], egress: [{ to: [{}] }] },
      ['spec.ingress[0].from[0]: Required value: must specify a peer', 'spec.egress[0].to[0]: Required value: must specify a peer'],
    ],
    ['invalid spec.podSelector', { podSelector: invalidSelector, ingress: [{ from: [{ namespaceSelector: cd }] }] }, [selectorKeyError('spec.podSelector')]],
    ['invalid ingress.ports.protocol', { podSelector: {}, ingress: [{ ports: [{ protocol: 'ICMP', port: 80 }] }] }, ['spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"']],
    ['invalid ingress.ports.port (int)', { podSelector: {}, ingress: [{ ports: [{ protocol: 'TCP', port: 123456789 }] }] }, ['spec.ingress[0].ports[0].port: Invalid value: 123456789: must be between 1 and 65535, inclusive']],
    [
      'invalid ingress.ports.port (str)',
      { podSelector: {}, ingress: [{ ports: [{ protocol: 'TCP', port: '!@#$' }] }] },
      ['spec.ingress[0].ports[0].port: Invalid value: "!@#$": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'spec.ingress[0].ports[0].port: Invalid value: "!@#$": must contain at least one letter (a-z)'],
    ],
    ['invalid ingress.from.podSelector', { podSelector: {}, ingress: [{ from: [{ podSelector: invalidSelector }] }] }, [selectorKeyError('spec.ingress[0].from[0].podSelector')]],
    ['invalid egress.to.podSelector', { podSelector: {}, egress: [{ to: [{ podSelector: invalidSelector }] }] }, [selectorKeyError('spec.egress[0].to[0].podSelector')]],
    ['invalid egress.ports.protocol', { podSelector: {}, egress: [{ ports: [{ protocol: 'ICMP', port: 80 }] }] }, ['spec.egress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"']],
    ['invalid ingress.from.namespaceSelector', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: invalidSelector }] }] }, [selectorKeyError('spec.ingress[0].from[0].namespaceSelector')]],
    ['missing cidr field', { podSelector: {}, ingress: [{ from: [{ ipBlock: { except: ['192.168.8.0/24', '192.168.9.0/24'] } }] }] }, ['spec.ingress[0].from[0].ipBlock.cidr: Required value']],
    [
      'invalid cidr format',
      { podSelector: ab, ingress: [{ from: [{ ipBlock: { cidr: '192.168.5.6', except: ['192.168.1.0/24', '192.168.2.0/24'] } }] }] },
      ['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.5.6": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'],
    ],
    [
      'invalid ipv6 cidr format',
      { podSelector: ab, ingress: [{ from: [{ ipBlock: { cidr: 'fd00:192:168::', except: ['fd00:192:168:3::/64'] } }] }] },
      ['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "fd00:192:168::": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'],
    ],
    [
      'except field is an empty string',
      { podSelector: ab, ingress: [{ from: [{ ipBlock: { cidr: '192.168.8.0/24', except: ['', ' '] } }] }] },
      [
        'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
        'spec.ingress[0].from[0].ipBlock.except[1]: Invalid value: " ": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      ],
    ],
    [
      'except IP is outside of CIDR range',
      { podSelector: ab, ingress: [{ from: [{ ipBlock: { cidr: '192.168.8.0/24', except: ['192.168.9.1/24'] } }] }] },
      [
        'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.9.1/24": must not have bits set beyond the prefix length',
        'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.9.1/24": must be a strict subset of `cidr`',
      ],
    ],
    [
      'except IP is not strictly within CIDR range',
      { podSelector: ab, ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/24', except: ['192.168.0.0/24'] } }] }] },
      ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.0.0/24": must be a strict subset of `cidr`'],
    ],
    [
      'except IPv6 is outside of CIDR range',
      { podSelector: ab, ingress: [{ from: [{ ipBlock: { cidr: 'fd00:192:168:1::/64', except: ['fd00:192:168:2::/64'] } }] }] },
      ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "fd00:192:168:2::/64": must be a strict subset of `cidr`'],
    ],
    [
      'invalid policyTypes',
      { podSelector: ab, egress: [{ to: [{ ipBlock: block }] }], policyTypes: ['foo', 'bar'] },
      ['spec.policyTypes[0]: Unsupported value: "foo": supported values: "Ingress", "Egress"', 'spec.policyTypes[1]: Unsupported value: "bar": supported values: "Ingress", "Egress"'],
    ],
    [
      'too many policyTypes',
      { podSelector: ab, egress: [{ to: [{ ipBlock: block }] }], policyTypes: ['foo', 'bar', 'baz'] },
      ['spec.policyTypes: Invalid value: []networking.PolicyType{"foo", "bar", "baz"}: may not specify more than two policyTypes'],
    ],
    ['cidr with bits set beyond the prefix', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '192.168.1.5/24' } }] }] }, ['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.1.5/24": must not have bits set beyond the prefix length']],
    ['cidr with leading zeros', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '192.168.001.0/24' } }] }] }, ['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.001.0/24": must not have leading 0s in IP or prefix length']],
    ['endPort below port', { podSelector: {}, ingress: [{ ports: [{ port: 100, endPort: 90 }] }] }, ['spec.ingress[0].ports[0].endPort: Invalid value: 90: must be greater than or equal to `port`']],
    ['endPort out of range', { podSelector: {}, ingress: [{ ports: [{ port: 100, endPort: 65536 }] }] }, ['spec.ingress[0].ports[0].endPort: Invalid value: 65536: must be between 1 and 65535, inclusive']],
    ['endPort with a named port', { podSelector: {}, ingress: [{ ports: [{ port: 'http', endPort: 90 }] }] }, ['spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is non-numeric']],
    ['endPort without a port', { podSelector: {}, ingress: [{ ports: [{ endPort: 90 }] }] }, ['spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is not specified']],
    ['protocol in the wrong case (notes: protocol: Tcp)', { podSelector: {}, ingress: [{ ports: [{ protocol: 'Tcp', port: 80 }] }] }, ['spec.ingress[0].ports[0].protocol: Unsupported value: "Tcp": supported values: "TCP", "UDP", "SCTP"']],
  ])('%s', (_name, spec, expected) => {
    expect(causes(spec)).toEqual(expected);
  });
});
