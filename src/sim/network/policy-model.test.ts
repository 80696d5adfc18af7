import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { isTrafficAllowed, type PolicyPeer } from './policy';

/**
 * Upstream's NetworkPolicy truth tables (test/e2e/network/netpol): three namespaces x, y, z with
 * pods a, b, c each (labels pod=<name>, namespaces labelled kubernetes.io/metadata.name), servers
 * on 80 and 81 over TCP and UDP with named ports serve-<port>-<proto>; every pair of the nine pods
 * is probed, loopback ignored as upstream does. Each case is one of upstream's, with its policies
 * and the reachability it expects.
 */
const NAMESPACES = ['x', 'y', 'z'];
const PODS = ['a', 'b', 'c'];
const NS_KEY = 'kubernetes.io/metadata.name';

interface World {
  podLabels: Record<string, Record<string, string>>;
  nsLabels: Record<string, Record<string, string>>;
}

function world(): World {
  const w: World = { podLabels: {}, nsLabels: {} };
  for (const ns of NAMESPACES) {
    w.nsLabels[ns] = { [NS_KEY]: ns };
    for (const p of PODS) w.podLabels[`${ns}/${p}`] = { pod: p };
  }
  return w;
}

const ipOf = (id: string) => `10.244.${NAMESPACES.indexOf(id.split('/')[0]) + 1}.${PODS.indexOf(id.split('/')[1]) + 10}`;
const PORTS = [80, 81].flatMap((port) => ['TCP', 'UDP'].map((protocol) => ({ name: `serve-${port}-${protocol.toLowerCase()}`, containerPort: port, protocol })));

function peer(w: World, id: string): PolicyPeer {
  const ns = id.split('/')[0];
  return { ip: ipOf(id), pod: { namespace: ns, labels: w.podLabels[id], ports: PORTS }, namespaceLabels: w.nsLabels[ns] };
}

const ALL = NAMESPACES.flatMap((ns) => PODS.map((p) => `${ns}/${p}`));

/** Upstream's Reachability: everything allowed, then expectations narrowed by peer (namespace and/or pod; empty = any). */
class Reachability {
  readonly m = new Map<string, boolean>();
  constructor() {
    for (const f of ALL) for (const t of ALL) this.m.set(`${f}>${t}`, true);
  }
  expectPeer(from: { ns?: string; pod?: string }, to: { ns?: string; pod?: string }, v: boolean): this {
    const hit = (id: string, p: { ns?: string; pod?: string }) => (!p.ns || id.startsWith(`${p.ns}/`)) && (!p.pod || id.endsWith(`/${p.pod}`));
    for (const f of ALL) for (const t of ALL) if (hit(f, from) && hit(t, to)) this.m.set(`${f}>${t}`, v);
    return this;
  }
  expect(from: string, to: string, v: boolean): this {
    this.m.set(`${from}>${to}`, v);
    return this;
  }
  expectAllIngress(to: string, v: boolean): this {
    for (const f of ALL) this.m.set(`${f}>${to}`, v);
    return this;
  }
  expectAllEgress(from: string, v: boolean): this {
    for (const t of ALL) this.m.set(`${from}>${t}`, v);
    return this;
  }
}

/** GenNetworkPolicyWithNameAndPodSelector with SetSpecIngressRules / SetSpecEgressRules (each adds its policy type). */
function policy(name: string, ns: string, podSelector: object, rules: { ingress?: object[]; egress?: object[]; policyTypes?: string[] }): KObject {
  const spec: Record<string, unknown> = { podSelector, policyTypes: rules.policyTypes ?? [...(rules.ingress ? ['Ingress'] : []), ...(rules.egress ? ['Egress'] : [])] };
  if (rules.ingress) spec.ingress = rules.ingress;
  if (rules.egress) spec.egress = rules.egress;
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec };
}
const podA = { matchLabels: { pod: 'a' } };
const nsIs = (ns: string) => ({ matchLabels: { [NS_KEY]: ns } });
const nsNotIn = (ns: string) => ({ matchExpressions: [{ key: NS_KEY, operator: 'NotIn', values: [ns] }] });

/** The observed table: a pair is reachable when the evaluation allows it (loopback always counted as expected). */
function observe(w: World, policies: KObject[], port: number, protocol: string, want: Reachability): string[] {
  const wrong: string[] = [];
  for (const f of ALL) for (const t of ALL) {
    if (f === t) continue;
    const got = isTrafficAllowed(policies, peer(w, f), peer(w, t), port, protocol).allowed;
    if (got !== want.m.get(`${f}>${t}`)) wrong.push(`${f} -> ${t}: ${got ? 'allowed' : 'denied'}`);
  }
  return wrong;
}

interface Case {
  name: string;
  policies: KObject[];
  port?: number;
  protocol?: string;
  want: (r: Reachability) => Reachability;
  /** A label change applied before probing (upstream's "updated pod/namespace" cases). */
  mutate?: (w: World) => void;
}

const CASES: Case[] = [
  { name: "should support a 'default-deny-ingress' policy", policies: [policy('deny-ingress', 'x', {}, { ingress: [] })], want: (r) => r.expectPeer({}, { ns: 'x' }, false) },
  {
    name: "should support a 'default-deny-all' policy",
    policies: [policy('deny-all', 'x', {}, { ingress: [], egress: [] })],
    want: (r) => r.expectPeer({}, { ns: 'x' }, false).expectPeer({ ns: 'x' }, {}, false),
  },
  {
    name: 'should enforce policy to allow traffic from pods within server namespace based on PodSelector',
    policies: [policy('x-a-allows-x-b', 'x', podA, { ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }] })],
    want: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
  },
  {
    name: 'should enforce policy to allow ingress traffic for a target',
    policies: [policy('deny-all', 'x', {}, { ingress: [] }), policy('allow-all-to-a', 'x', podA, { ingress: [{ from: [{ podSelector: {}, namespaceSelector: {} }] }] })],
    want: (r) => r.expectAllIngress('x/a', true).expectAllIngress('x/b', false).expectAllIngress('x/c', false),
  },
  {
    name: 'should enforce policy to allow ingress traffic from pods in all namespaces',
    policies: [policy('allow-from-another-ns', 'x', podA, { ingress: [{ from: [{ namespaceSelector: { matchLabels: {} } }] }] })],
    want: (r) => r,
  },
  {
    name: 'should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector',
    policies: [policy('allow-client-a-via-ns-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }] }] })],
    want: (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false),
  },
  {
    name: 'should enforce policy based on PodSelector with MatchExpressions',
    policies: [policy('x-a-allows-x-b', 'x', podA, { ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['b'] }] } }] }] })],
    want: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
  },
  {
    name: 'should enforce policy based on NamespaceSelector with MatchExpressions',
    policies: [policy('allow-ns-y-match-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'In', values: ['y'] }] } }] }] })],
    want: (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false),
  },
  {
    name: 'should enforce policy based on PodSelector or NamespaceSelector',
    policies: [policy('allow-ns-y-match-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsNotIn('x') }, { podSelector: { matchLabels: { pod: 'b' } } }] }] })],
    want: (r) => r.expect('x/a', 'x/a', false).expect('x/c', 'x/a', false),
  },
  {
    name: 'should enforce policy based on PodSelector and NamespaceSelector',
    policies: [policy('allow-ns-y-podselector-and-nsselector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsNotIn('x'), podSelector: { matchLabels: { pod: 'b' } } }] }] })],
    want: (r) => r.expectAllIngress('x/a', false).expect('y/b', 'x/a', true).expect('z/b', 'x/a', true),
  },
  {
    name: 'should enforce policy based on Multiple PodSelectors and NamespaceSelectors',
    policies: [
      policy('allow-ns-y-z-pod-b-c', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsNotIn('x'), podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['b', 'c'] }] } }] }] }),
    ],
    want: (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expect('y/a', 'x/a', false).expect('z/a', 'x/a', false),
  },
  {
    name: 'should enforce policy based on any PodSelectors',
    policies: [policy('allow-ns-x-pod-b-c', 'x', podA, { ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }, { podSelector: { matchLabels: { pod: 'c' } } }] }] })],
    want: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true).expect('x/c', 'x/a', true),
  },
  {
    name: 'should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector',
    policies: [policy('allow-ns-y-pod-a-via-namespace-pod-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y'), podSelector: podA }] }] })],
    want: (r) => r.expectAllIngress('x/a', false).expect('y/a', 'x/a', true),
  },
  {
    name: 'should enforce policy based on Ports (81 allowed from y)',
    port: 81,
    policies: [policy('allow-client-a-via-ns-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }], ports: [{ port: 81, protocol: 'TCP' }] }] })],
    want: (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'y' }, { ns: 'x', pod: 'a' }, true).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false),
  },
  {
    name: 'should enforce multiple, stacked policies with overlapping podSelectors (port 80 before the second policy)',
    port: 80,
    policies: [policy('allow-client-a-via-ns-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }], ports: [{ port: 81, protocol: 'TCP' }] }] })],
    want: (r) => r.expectAllIngress('x/a', false),
  },
  {
    name: 'should enforce multiple, stacked policies with overlapping podSelectors (port 80 unblocked)',
    port: 80,
    policies: [
      policy('allow-client-a-via-ns-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }], ports: [{ port: 81, protocol: 'TCP' }] }] }),
      policy('allow-client-a-via-ns-selector-80', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }], ports: [{ port: 80, protocol: 'TCP' }] }] }),
    ],
    want: (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'y' }, { ns: 'x', pod: 'a' }, true).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false),
  },
  { name: 'should support allow-all policy', port: 81, policies: [policy('allow-all', 'x', { matchLabels: {} }, { ingress: [{}] })], want: (r) => r },
  { name: 'should allow ingress access on one named port (81)', port: 81, policies: [policy('allow-all', 'x', { matchLabels: {} }, { ingress: [{ ports: [{ port: 'serve-81-tcp' }] }] })], want: (r) => r },
  {
    name: 'should allow ingress access on one named port (80 blocked)',
    port: 80,
    policies: [policy('allow-all', 'x', { matchLabels: {} }, { ingress: [{ ports: [{ port: 'serve-81-tcp' }] }] })],
    want: (r) => r.expectPeer({}, { ns: 'x' }, false),
  },
  {
    name: 'should allow ingress access from namespace on one named port (80)',
    port: 80,
    policies: [policy('allow-client-a-via-ns-selector-80', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }], ports: [{ port: 'serve-80-tcp', protocol: 'TCP' }] }] })],
    want: (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false),
  },
  {
    name: 'should allow ingress access from namespace on one named port (81 blocked)',
    port: 81,
    policies: [policy('allow-client-a-via-ns-selector-80', 'x', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('y') }], ports: [{ port: 'serve-80-tcp', protocol: 'TCP' }] }] })],
    want: (r) => r.expectAllIngress('x/a', false),
  },
  { name: 'should allow egress access on one named port (80)', port: 80, policies: [policy('allow-egress', 'x', { matchLabels: {} }, { egress: [{ ports: [{ port: 'serve-80-tcp' }] }] })], want: (r) => r },
  {
    name: 'should allow egress access on one named port (81 blocked)',
    port: 81,
    policies: [policy('allow-egress', 'x', { matchLabels: {} }, { egress: [{ ports: [{ port: 'serve-80-tcp' }] }] })],
    want: (r) => r.expectPeer({ ns: 'x' }, {}, false),
  },
  {
    name: 'should enforce updated policy (allow all mutated to deny all)',
    port: 81,
    policies: [policy('allow-all-mutate-to-deny-all', 'x', { matchLabels: {} }, { ingress: [] })],
    want: (r) => r.expectPeer({}, { ns: 'x' }, false),
  },
  {
    name: 'should allow ingress access from updated namespace',
    policies: [policy('allow-client-a-via-ns-selector', 'x', podA, { ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns2: 'updated' } } }] }] })],
    mutate: (w) => (w.nsLabels.y = { ...w.nsLabels.y, ns2: 'updated' }),
    want: (r) => r.expectAllIngress('x/a', false).expectPeer({ ns: 'y' }, {}, true),
  },
  {
    name: 'should allow ingress access from updated pod',
    policies: [policy('allow-client-a-via-pod-selector', 'x', podA, { ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b', pod2: 'updated' } } }] }] })],
    mutate: (w) => (w.podLabels['x/b'] = { pod: 'b', pod2: 'updated' }),
    want: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
  },
  {
    name: 'should deny ingress from pods on other namespaces',
    policies: [policy('deny-empty-policy', 'x', {}, { ingress: [{ from: [{ podSelector: { matchLabels: {} } }] }] })],
    want: (r) => r.expectPeer({ ns: 'y' }, { ns: 'x' }, false).expectPeer({ ns: 'z' }, { ns: 'x' }, false),
  },
  {
    name: 'should deny ingress access to updated pod',
    policies: [policy('deny-ingress-via-label-selector', 'x', { matchLabels: { target: 'isolated' } }, { ingress: [] })],
    mutate: (w) => (w.podLabels['x/a'] = { pod: 'a', target: 'isolated' }),
    want: (r) => r.expectAllIngress('x/a', false),
  },
  { name: 'should deny egress from pods based on PodSelector', policies: [policy('deny-egress-pod-a', 'x', podA, { egress: [] })], want: (r) => r.expectAllEgress('x/a', false) },
  { name: 'should deny egress from all pods in a namespace', policies: [policy('deny-egress-ns-x', 'x', {}, { egress: [] })], want: (r) => r.expectPeer({ ns: 'x' }, {}, false) },
  {
    name: 'should work with Ingress, Egress specified together (80)',
    port: 80,
    policies: [policy('allow-client-a-via-pod-selector', 'x', podA, { ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }], egress: [{ ports: [{ port: 80 }] }], policyTypes: ['Egress', 'Ingress'] })],
    want: (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
  },
  {
    name: 'should work with Ingress, Egress specified together (81)',
    port: 81,
    policies: [policy('allow-client-a-via-pod-selector', 'x', podA, { ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }], egress: [{ ports: [{ port: 80 }] }], policyTypes: ['Egress', 'Ingress'] })],
    want: (r) => r.expectAllIngress('x/a', false).expectAllEgress('x/a', false).expect('x/b', 'x/a', true),
  },
  {
    name: 'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)',
    policies: [
      policy('allow-to-ns-y-pod-a', 'x', podA, { egress: [{ to: [{ namespaceSelector: nsIs('y'), podSelector: podA }] }] }),
      policy('allow-from-xa-on-ya-match-selector', 'y', podA, { ingress: [{ from: [{ namespaceSelector: nsIs('x'), podSelector: podA }] }] }),
      policy('allow-from-xa-on-yb-match-selector', 'y', { matchLabels: { pod: 'b' } }, { ingress: [{ from: [{ namespaceSelector: nsIs('x'), podSelector: podA }] }] }),
    ],
    want: (r) => r.expectPeer({ ns: 'x', pod: 'a' }, {}, false).expectPeer({}, { ns: 'y', pod: 'a' }, false).expectPeer({ ns: 'x', pod: 'a' }, { ns: 'y', pod: 'a' }, true).expectPeer({}, { ns: 'y', pod: 'b' }, false),
  },
  {
    name: 'should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector and NamespaceSelector',
    policies: [policy('allow-to-ns-y-pod-a', 'x', podA, { egress: [{ to: [{ namespaceSelector: nsIs('y'), podSelector: podA }] }] })],
    want: (r) => r.expectAllEgress('x/a', false).expect('x/a', 'y/a', true),
  },
  { name: 'should enforce ingress policy allowing any port traffic to a server on a specific protocol (TCP)', policies: [policy('allow-ingress-by-proto', 'x', podA, { ingress: [{ ports: [{ protocol: 'TCP' }] }] })], want: (r) => r },
  {
    name: 'should enforce ingress policy allowing any port traffic to a server on a specific protocol (UDP)',
    protocol: 'UDP',
    policies: [policy('allow-ingress-by-proto', 'x', podA, { ingress: [{ ports: [{ protocol: 'TCP' }] }] })],
    want: (r) => r.expectPeer({}, { ns: 'x', pod: 'a' }, false),
  },
  {
    name: 'should enforce multiple ingress policies with ingress allow-all policy taking precedence',
    port: 81,
    policies: [policy('allow-ingress-port-80', 'x', { matchLabels: {} }, { ingress: [{ ports: [{ port: 80 }] }] }), policy('allow-ingress', 'x', { matchLabels: {} }, { ingress: [{}] })],
    want: (r) => r,
  },
  {
    name: 'should enforce multiple egress policies with egress allow-all policy taking precedence (before allow-all)',
    port: 81,
    policies: [policy('allow-egress-port-80', 'x', { matchLabels: {} }, { egress: [{ ports: [{ port: 80 }] }] })],
    want: (r) => r.expectPeer({ ns: 'x' }, {}, false),
  },
  {
    name: 'should enforce multiple egress policies with egress allow-all policy taking precedence',
    port: 81,
    policies: [policy('allow-egress-port-80', 'x', { matchLabels: {} }, { egress: [{ ports: [{ port: 80 }] }] }), policy('allow-egress', 'x', { matchLabels: {} }, { egress: [{}] })],
    want: (r) => r,
  },
  { name: 'should stop enforcing policies after they are deleted', policies: [], want: (r) => r },
  {
    name: 'should allow egress access to server in CIDR block',
    policies: [policy('allow-client-a-via-cidr-egress-rule', 'x', podA, { egress: [{ to: [{ ipBlock: { cidr: `${ipOf('y/b')}/32` } }] }] })],
    want: (r) => r.expectAllEgress('x/a', false).expect('x/a', 'y/b', true),
  },
  {
    name: 'should enforce except clause while egress access to server in CIDR block',
    policies: [policy('allow-client-a-via-cidr-egress-rule', 'x', podA, { egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${ipOf('x/b')}/32`] } }] }] })],
    want: (r) => r.expect('x/a', 'x/b', false),
  },
  {
    name: 'should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed',
    policies: [
      policy('allow-client-a-via-cidr-egress-rule', 'x', podA, { egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${ipOf('x/b')}/32`] } }] }] }),
      policy('allow-client-a-via-cidr-egress-rule-2', 'x', podA, { egress: [{ to: [{ ipBlock: { cidr: `${ipOf('x/b')}/32` } }] }] }),
    ],
    want: (r) => r,
  },
  {
    name: 'should enforce policies to check ingress and egress policies can be controlled independently based on PodSelector',
    policies: [policy('allow-egress-for-target', 'x', podA, { egress: [{}] }), policy('deny-ingress-via-label-selector', 'x', podA, { ingress: [] })],
    want: (r) => r.expectAllIngress('x/a', false),
  },
  {
    name: "should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP', even if the plugin doesn't support SCTP",
    port: 81,
    policies: [policy('deny-ingress', 'x', {}, { ingress: [] }), policy('allow-only-sctp-ingress-on-port-81', 'x', podA, { ingress: [{ ports: [{ port: 81, protocol: 'SCTP' }] }] })],
    want: (r) => r.expectPeer({}, { ns: 'x' }, false),
  },
  {
    name: "should properly isolate pods that are selected by a policy allowing SCTP, even if the plugin doesn't support SCTP",
    port: 81,
    policies: [policy('allow-only-sctp-ingress-on-port-80', 'x', podA, { ingress: [{ ports: [{ port: 80, protocol: 'SCTP' }] }] })],
    want: (r) => r.expectAllIngress('x/a', false),
  },
  {
    name: 'should not allow access by TCP when a policy specifies only UDP',
    port: 81,
    policies: [policy('allow-only-udp-ingress-on-port-81', 'x', podA, { ingress: [{ ports: [{ port: 81, protocol: 'UDP' }] }] })],
    want: (r) => r.expectAllIngress('x/a', false),
  },
  {
    name: 'should enforce policy based on NamespaceSelector with MatchExpressions using default ns label',
    policies: [policy('allow-ns-y-match-selector-for-immutable-ns-label', 'x', podA, { egress: [{ to: [{ namespaceSelector: { matchExpressions: [{ key: NS_KEY, operator: 'NotIn', values: ['y'] }] } }] }] })],
    want: (r) => r.expectPeer({ ns: 'x', pod: 'a' }, { ns: 'y' }, false),
  },
  // endPort (network_policy.go's SCTP/endPort section and the API docs): a numeric range, inclusive
  {
    name: 'endPort: a range of ports 80-81 lets 81 in',
    port: 81,
    policies: [policy('allow-range', 'x', podA, { ingress: [{ ports: [{ port: 80, endPort: 81, protocol: 'TCP' }] }] })],
    want: (r) => r,
  },
  {
    name: 'endPort: a range 79-80 keeps 81 out',
    port: 81,
    policies: [policy('allow-range', 'x', podA, { ingress: [{ ports: [{ port: 79, endPort: 80, protocol: 'TCP' }] }] })],
    want: (r) => r.expectAllIngress('x/a', false),
  },
];

describe('NetworkPolicy truth tables (upstream e2e netpol cases)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const w = world();
    c.mutate?.(w);
    expect(observe(w, c.policies, c.port ?? 80, c.protocol ?? 'TCP', c.want(new Reachability()))).toEqual([]);
  });
});
