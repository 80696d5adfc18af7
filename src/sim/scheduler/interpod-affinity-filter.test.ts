import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { AFFINITY_RULES_NOT_MATCH as A, ANTI_AFFINITY_RULES_NOT_MATCH as X, EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH as E, affinityFilter, affinityPreFilter } from './interpod-affinity';
import { DoesNotExist, Exists, In, NotIn, mkNode, mkPod, term, world } from './interpod-affinity-test-util';

/** Each node's outcome: '' fits, else the one reason; 'skip' when PreFilter skips the plugin. */
function outcomes(pod: KObject, pods: KObject[], nodes: KObject[], namespaces = {}): string[] | 'skip' {
  const state = affinityPreFilter(pod, world(pods, nodes, namespaces));
  if (!state) return 'skip';
  return nodes.map((n) => affinityFilter(state, n)?.reasons.join() ?? '');
}

// rows of upstream's filtering_test.go (v1.34), TestRequiredAffinitySingleNode
describe('InterPodAffinity Filter on one node (TestRequiredAffinitySingleNode)', () => {
  const podLabel = { service: 'securityscan' };
  const podLabel2 = { security: 'S1' };
  const node1 = mkNode('node1', { region: 'r1', zone: 'z11' });
  const existing = mkPod({ labels: podLabel, node: 'node1' });
  it.each<[string, KObject, KObject[], string | 'skip']>([
    ['a pod without required pod affinity rules, no existing pods', mkPod({}), [], 'skip'],
    ['In operator matching the existing pod', mkPod({ labels: podLabel2, aff: [term([In('service', ['securityscan', 'value2'])], 'region')] }), [existing], ''],
    ['NotIn operator matching the existing pod', mkPod({ labels: podLabel2, aff: [term([NotIn('service', ['securityscan3', 'value3'])], 'region')] }), [existing], ''],
    [
      'does not satisfy the PodAffinity because of a different namespace',
      mkPod({ labels: podLabel2, aff: [term([In('service', ['securityscan', 'value2'])], '', { namespaces: ['DiffNameSpace'] })] }),
      [mkPod({ ns: 'ns', labels: podLabel, node: 'node1' })],
      A,
    ],
    ["doesn't satisfy the PodAffinity because of an unmatching labelSelector", mkPod({ labels: podLabel, aff: [term([In('service', ['antivirusscan', 'value2'])])] }), [existing], A],
    [
      'different label operators in several required terms',
      mkPod({ labels: podLabel2, aff: [term([Exists('service'), DoesNotExist('wrongkey')], 'region'), term([In('service', ['securityscan']), NotIn('service', ['WrongValue'])], 'region')] }),
      [existing],
      '',
    ],
    [
      'matchExpressions are ANDed: one item does not match',
      mkPod({ labels: podLabel2, aff: [term([Exists('service'), DoesNotExist('wrongkey')], 'region'), term([In('service', ['securityscan2']), NotIn('service', ['WrongValue'])], 'region')] }),
      [existing],
      A,
    ],
    [
      'satisfies the PodAffinity and PodAntiAffinity with the existing pod',
      mkPod({ labels: podLabel2, aff: [term([In('service', ['securityscan', 'value2'])], 'region')], anti: [term([In('service', ['antivirusscan', 'value2'])], 'node')] }),
      [existing],
      '',
    ],
    [
      'satisfies the PodAffinity, PodAntiAffinity and its symmetry with the existing pod',
      mkPod({ labels: podLabel2, aff: [term([In('service', ['securityscan', 'value2'])], 'region')], anti: [term([In('service', ['antivirusscan', 'value2'])], 'node')] }),
      [mkPod({ labels: podLabel, node: 'node1', anti: [term([In('service', ['antivirusscan', 'value2'])], 'node')] })],
      '',
    ],
    [
      "satisfies the PodAffinity but doesn't satisfy the PodAntiAffinity",
      mkPod({ labels: podLabel2, aff: [term([In('service', ['securityscan', 'value2'])], 'region')], anti: [term([In('service', ['securityscan', 'value2'])], 'zone')] }),
      [existing],
      X,
    ],
    [
      "satisfies the PodAffinity and PodAntiAffinity but doesn't satisfy the existing pod's anti-affinity",
      mkPod({ labels: podLabel, aff: [term([In('service', ['securityscan', 'value2'])], 'region')], anti: [term([In('service', ['antivirusscan', 'value2'])], 'node')] }),
      [mkPod({ labels: podLabel, node: 'node1', anti: [term([In('service', ['securityscan', 'value2'])], 'zone')] })],
      E,
    ],
    [
      'pod matches its own label in PodAffinity? no: NotIn its own value, and the matching pod is on another node',
      mkPod({ labels: podLabel, aff: [term([NotIn('service', ['securityscan', 'value2'])], 'region')] }),
      [mkPod({ labels: podLabel, node: 'node2' })],
      A,
    ],
    [
      "an existing pod's anti-affinity is honoured for a pod without any: violated",
      mkPod({ labels: podLabel }),
      [mkPod({ labels: podLabel, node: 'node1', anti: [term([In('service', ['securityscan', 'value2'])], 'zone')] })],
      E,
    ],
    [
      "an existing pod's anti-affinity is honoured for a pod without any: satisfied (nothing to check: skip)",
      mkPod({ labels: podLabel }),
      [mkPod({ labels: podLabel, node: 'node1', anti: [term([NotIn('service', ['securityscan', 'value2'])], 'zone')] })],
      'skip',
    ],
    [
      "satisfies the existing pod's anti-affinity but not its own",
      mkPod({ labels: podLabel, anti: [term([Exists('service')], 'region'), term([Exists('security')], 'region')] }),
      [mkPod({ labels: podLabel2, node: 'node1', anti: [term([Exists('security')], 'zone')] })],
      X,
    ],
    [
      'symmetry a1: incoming and existing pods partially match each other',
      mkPod({ labels: podLabel, anti: [term([Exists('service')], 'zone'), term([Exists('security')], 'zone')] }),
      [mkPod({ labels: podLabel2, node: 'node1', anti: [term([Exists('security')], 'zone')] })],
      X,
    ],
    [
      'symmetry a2: incoming and existing pods partially match each other',
      mkPod({ labels: podLabel2, anti: [term([Exists('security')], 'zone')] }),
      [mkPod({ labels: podLabel, node: 'node1', anti: [term([Exists('service')], 'zone'), term([Exists('security')], 'zone')] })],
      E,
    ],
    [
      'symmetry b1: incoming and existing pods partially match each other',
      mkPod({ labels: { abc: '', xyz: '' }, anti: [term([Exists('abc')], 'zone'), term([Exists('def')], 'zone')] }),
      [mkPod({ labels: { def: '', xyz: '' }, node: 'node1', anti: [term([Exists('abc')], 'zone'), term([Exists('def')], 'zone')] })],
      X,
    ],
    [
      'symmetry b2: incoming and existing pods partially match each other',
      mkPod({ labels: { def: '', xyz: '' }, anti: [term([Exists('abc')], 'zone'), term([Exists('def')], 'zone')] }),
      [mkPod({ labels: { abc: '', xyz: '' }, node: 'node1', anti: [term([Exists('abc')], 'zone'), term([Exists('def')], 'zone')] })],
      X,
    ],
  ])('%s', (_name, pod, pods, want) => {
    const got = outcomes(pod, pods, [node1]);
    expect(got === 'skip' ? 'skip' : got[0]).toBe(want);
  });
});

// rows of upstream's filtering_test.go (v1.34), TestRequiredAffinityMultipleNodes
describe('InterPodAffinity Filter over several nodes (TestRequiredAffinityMultipleNodes)', () => {
  const china = { region: 'China' };
  const chinaAz1 = { region: 'China', az: 'az1' };
  const india = { region: 'India' };
  const abc = (h: string, zone: string, region = 'r1') => mkNode(h, { region, zone, hostname: h });
  it.each<[string, KObject, KObject[], KObject[], string[] | 'skip']>([
    [
      'nodes sharing the topology value of a node with a matching pod fit',
      mkPod({ aff: [term([In('foo', ['bar'])], 'region')] }),
      [mkPod({ node: 'machine1', labels: { foo: 'bar' } })],
      [mkNode('machine1', china), mkNode('machine2', chinaAz1), mkNode('machine3', india)],
      ['', '', A],
    ],
    [
      'the first pod of a collection with affinity to itself is not blocked',
      mkPod({ labels: { foo: 'bar', service: 'securityscan' }, aff: [term([In('foo', ['bar'])], 'zone'), term([In('service', ['securityscan'])], 'zone')] }),
      [mkPod({ node: 'nodeA', labels: { foo: 'bar' } })],
      [mkNode('nodeA', { zone: 'az1', hostname: 'h1' }), mkNode('nodeB', { zone: 'az2', hostname: 'h2' })],
      ['', ''],
    ],
    [
      'anti-affinity keeps the pod off every node of the matching domain',
      mkPod({ anti: [term([In('foo', ['abc'])], 'region')] }),
      [mkPod({ node: 'nodeA', labels: { foo: 'abc' } })],
      [mkNode('nodeA', { region: 'r1', hostname: 'nodeA' }), mkNode('nodeB', { region: 'r1', hostname: 'nodeB' })],
      [X, X],
    ],
    [
      'anti-affinity matches a pod when any of its terms does',
      mkPod({ anti: [term([In('foo', ['abc'])], 'region'), term([In('service', ['securityscan'])], 'zone')] }),
      [mkPod({ node: 'nodeA', labels: { foo: 'abc', service: 'securityscan' } })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2')],
      [X, X],
    ],
    [
      'nodes of another region fit despite anti-affinity',
      mkPod({ anti: [term([In('foo', ['abc'])], 'region')] }),
      [mkPod({ node: 'nodeA', labels: { foo: 'abc' } })],
      [mkNode('nodeA', china), mkNode('nodeB', chinaAz1), mkNode('nodeC', india)],
      [X, X, ''],
    ],
    [
      "a pod in another namespace does not count for the incoming pod's anti-affinity",
      mkPod({ ns: 'NS1', labels: { foo: '123' }, anti: [term([In('foo', ['bar'])], 'region')] }),
      [mkPod({ node: 'nodeA', ns: 'NS1', labels: { foo: 'bar' } }), mkPod({ node: 'nodeC', ns: 'NS2', anti: [term([In('foo', ['123'])], 'region')] })],
      [mkNode('nodeA', china), mkNode('nodeB', chinaAz1), mkNode('nodeC', india)],
      [X, X, ''],
    ],
    [
      "an existing pod's term with a topology key no node has counts nowhere",
      mkPod({ labels: { foo: '' } }),
      [mkPod({ node: 'nodeA', anti: [term([Exists('foo')], 'invalid-node-label')] })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z1')],
      'skip',
    ],
    [
      "the incoming pod's anti-affinity needs its topology key on the node",
      mkPod({ node: 'nodeA', anti: [term([Exists('foo')], 'invalid-node-label')] }),
      [mkPod({ node: 'nodeA', labels: { foo: '' } })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z1')],
      ['', ''],
    ],
    [
      "the incoming pod violates each existing pod's terms on all nodes",
      mkPod({ labels: { foo: '', bar: '' } }),
      [mkPod({ node: 'nodeA', anti: [term([Exists('foo')], 'zone')] }), mkPod({ node: 'nodeA', anti: [term([Exists('bar')], 'region')] })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2')],
      [E, E],
    ],
    [
      'the incoming pod violates at least one of its anti-affinity terms everywhere',
      mkPod({ anti: [term([Exists('foo')], 'zone'), term([Exists('bar')], 'region')] }),
      [mkPod({ node: 'nodeA', labels: { foo: '' } }), mkPod({ node: 'nodeB', labels: { bar: '' } })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2')],
      [X, X],
    ],
    [
      "an existing pod's term counts only where both selector and topology key match",
      mkPod({ labels: { foo: '', bar: '' } }),
      [mkPod({ node: 'nodeA', anti: [term([Exists('foo')], 'invalid-node-label'), term([Exists('bar')], 'zone')] })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2')],
      [E, ''],
    ],
    [
      "the incoming pod's term counts only where both selector and topology key match",
      mkPod({ anti: [term([Exists('foo')], 'invalid-node-label'), term([Exists('bar')], 'zone')] }),
      [mkPod({ node: 'nodeA', labels: { foo: '', bar: '' } })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2')],
      [X, ''],
    ],
    [
      "existing pods on nodeA and nodeB each have a term matching the incoming pod: only nodeC",
      mkPod({ labels: { foo: '', bar: '' } }),
      [mkPod({ node: 'nodeA', anti: [term([Exists('foo')], 'zone'), term([Exists('labelA')], 'zone')] }), mkPod({ node: 'nodeB', anti: [term([Exists('bar')], 'zone'), term([Exists('labelB')], 'zone')] })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2'), abc('nodeC', 'z3')],
      [E, E, ''],
    ],
    [
      'all affinity terms matched by one pod, then every topology key checked',
      mkPod({ aff: [term([Exists('foo')], 'region'), term([Exists('bar')], 'zone')] }),
      [mkPod({ node: 'nodeA', labels: { foo: '', bar: '' } })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z1')],
      ['', ''],
    ],
    [
      'all affinity terms must be matched by the same pod',
      mkPod({ aff: [term([Exists('foo')], 'region'), term([Exists('bar')], 'zone')] }),
      [mkPod({ node: 'nodeA', labels: { foo: '' } }), mkPod({ node: 'nodeB', labels: { bar: '' } })],
      [abc('nodeA', 'z1'), abc('nodeB', 'z2')],
      [A, A],
    ],
  ])('%s', (_name, pod, pods, nodes, want) => {
    expect(outcomes(pod, pods, nodes)).toEqual(want);
  });
});

describe('InterPodAffinity namespaces', () => {
  const nodes = [mkNode('nodeA', { zone: 'z1' }), mkNode('nodeB', { zone: 'z2' })];
  const web = mkPod({ node: 'nodeA', ns: 'team-a', labels: { app: 'web' } });
  it('a namespaceSelector picks the namespaces by their labels', () => {
    const pod = mkPod({ ns: 'default', aff: [term([In('app', ['web'])], 'zone', { namespaceSelector: { matchLabels: { team: 'a' } } })] });
    expect(outcomes(pod, [web], nodes, { 'team-a': { team: 'a' } })).toEqual(['', A]);
    expect(outcomes(pod, [web], nodes, { 'team-a': { team: 'b' } })).toEqual([A, A]);
  });

  it('an empty namespaceSelector selects every namespace', () => {
    const pod = mkPod({ ns: 'default', anti: [term([In('app', ['web'])], 'zone', { namespaceSelector: {} })] });
    expect(outcomes(pod, [web], nodes)).toEqual([X, '']);
  });

  it('without namespaces or a namespaceSelector a term looks in the pod’s own namespace only', () => {
    const pod = mkPod({ ns: 'default', anti: [term([In('app', ['web'])], 'zone')] });
    expect(outcomes(pod, [web], nodes)).toEqual(['', '']);
  });

  it("an existing pod's namespaceSelector is matched against the incoming pod's namespace labels", () => {
    const guard = mkPod({ node: 'nodeA', ns: 'team-a', anti: [term([Exists('app')], 'zone', { namespaceSelector: { matchLabels: { env: 'prod' } } })] });
    const pod = mkPod({ ns: 'shop', labels: { app: 'x' } });
    expect(outcomes(pod, [guard], nodes, { shop: { env: 'prod' } })).toEqual([E, '']);
    expect(outcomes(pod, [guard], nodes, { shop: { env: 'dev' } })).toBe('skip');
  });
});
