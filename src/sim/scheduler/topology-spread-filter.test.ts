import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { SPREAD_CONSTRAINTS_NOT_MATCH, SPREAD_MISSING_LABEL, spreadFilter, spreadPreFilter } from './topology-spread';
import { constraint, constraintsOf, exists, mkNode, mkPod, view } from './topology-spread-test-util';

const foo = exists('foo');
const bar = exists('bar');
const DNS = 'DoNotSchedule';
/** upstream's Filter status codes: Success, Unschedulable (preemption may help), UnschedulableAndUnresolvable */
type Code = 'ok' | 'U' | 'UU';

function codes(pod: KObject, nodes: KObject[], pods: KObject[]): Code[] | 'skip' {
  const hard = constraintsOf(pod, DNS);
  const state = spreadPreFilter(hard, pod.metadata.labels ?? {}, nodes, view(pod, hard, pods));
  if (!state) return 'skip';
  return nodes.map((n) => {
    const v = spreadFilter(state, n.metadata.labels ?? {});
    if (!v) return 'ok';
    expect(v.reasons).toEqual([v.resolvable ? SPREAD_CONSTRAINTS_NOT_MATCH : SPREAD_MISSING_LABEL]);
    return v.resolvable ? 'U' : 'UU';
  });
}

const zoned = (...names: [string, string][]) => names.map(([n, z]) => mkNode(n, { zone: z, node: n }));
const abxy = zoned(['node-a', 'zone1'], ['node-b', 'zone1'], ['node-x', 'zone2'], ['node-y', 'zone2']);
const on = (node: string, n = 1, labels: Record<string, string> = { foo: '' }) => Array.from({ length: n }, (_, i) => mkPod({ name: `${node}-${i}`, node, labels }));
const spread2103 = [...on('node-a', 2), ...on('node-b'), ...on('node-y', 3)];

// rows of upstream's filtering_test.go (v1.34), TestSingleConstraint
describe('PodTopologySpread Filter, one constraint (TestSingleConstraint)', () => {
  const p = (c: ReturnType<typeof constraint>, extra: Parameters<typeof mkPod>[0] = {}) => mkPod({ labels: { foo: '' }, spread: [c], ...extra });
  const plain = (n: string) => mkNode(n, { node: n });
  it.each<[string, KObject, KObject[], KObject[], Code[]]>([
    ['no existing pods', p(constraint(1, 'zone', DNS, foo)), abxy, [], ['ok', 'ok', 'ok', 'ok']],
    ["no existing pods, incoming pod doesn't match itself", p(constraint(1, 'zone', DNS, bar)), abxy, [], ['ok', 'ok', 'ok', 'ok']],
    [
      'existing pods in a different namespace do not count',
      p(constraint(1, 'zone', DNS, foo)),
      abxy,
      [mkPod({ ns: 'ns1', node: 'node-a', labels: { foo: '' } }), mkPod({ name: 'b', ns: 'ns2', node: 'node-a', labels: { foo: '' } }), ...on('node-x'), ...on('node-y')],
      ['ok', 'ok', 'U', 'U'],
    ],
    ['existing pods do not match null selector', p(constraint(1, 'zone', DNS, null)), abxy, [...on('node-x'), ...on('node-y')], ['ok', 'ok', 'ok', 'ok']],
    ['pods spread across zones as 3/3, all nodes fit', p(constraint(1, 'zone', DNS, foo)), abxy, [...on('node-a', 2), ...on('node-b'), ...on('node-y', 3)], ['ok', 'ok', 'ok', 'ok']],
    [
      "pods spread across zones as 1/2 due to absence of label 'zone' on node-b",
      p(constraint(1, 'zone', DNS, foo)),
      [abxy[0], mkNode('node-b', { zon: 'zone1', node: 'node-b' }), abxy[2], abxy[3]],
      [...on('node-a'), ...on('node-b'), ...on('node-x'), ...on('node-y')],
      ['ok', 'UU', 'U', 'U'],
    ],
    ["pod cannot be scheduled as all nodes don't have label 'rack'", p(constraint(1, 'rack', DNS, foo)), [abxy[0], abxy[2]], [], ['UU', 'UU']],
    ['pods spread across nodes as 2/1/0/3, only node-x fits', p(constraint(1, 'node', DNS, foo)), abxy, spread2103, ['U', 'U', 'ok', 'U']],
    ['pods spread across nodes as 2/1/0/3, maxSkew is 2, node-b and node-x fit', p(constraint(2, 'node', DNS, foo)), abxy, spread2103, ['U', 'ok', 'ok', 'U']],
    ["pods spread across nodes as 2/1/0/3, but pod doesn't match itself", mkPod({ labels: { bar: '' }, spread: [constraint(1, 'node', DNS, foo)] }), abxy, spread2103, ['U', 'ok', 'ok', 'U']],
    // NodeAffinity does not run here: node-b and node-x fit this plugin, though not the pod
    ['incoming pod has nodeAffinity, pods spread as 2/~1~/~0~/3, hence node-a fits', p(constraint(1, 'node', DNS, foo), { affinityIn: ['node', ['node-a', 'node-y']] }), abxy, spread2103, ['ok', 'ok', 'ok', 'U']],
    ['terminating Pods should be excluded', p(constraint(1, 'node', DNS, foo)), [plain('node-a'), plain('node-b')], [mkPod({ node: 'node-a', labels: { foo: '' }, terminating: true }), ...on('node-b')], ['ok', 'U']],
    [
      'pods spread across nodes as 2/2/1, maxSkew is 2, and the number of domains < minDomains, then the third node fits',
      p(constraint(2, 'node', DNS, foo, { minDomains: 4 })),
      [plain('node-a'), plain('node-b'), plain('node-c')],
      [...on('node-a', 2), ...on('node-b', 2), ...on('node-c')],
      ['U', 'U', 'ok'],
    ],
    [
      'pods spread across nodes as 2/2/1, maxSkew is 2, and the number of domains > minDomains, then the all nodes fit',
      p(constraint(2, 'node', DNS, foo, { minDomains: 2 })),
      [plain('node-a'), plain('node-b'), plain('node-c')],
      [...on('node-a', 2), ...on('node-b', 2), ...on('node-c')],
      ['ok', 'ok', 'ok'],
    ],
    [
      'pods spread across zone as 2/1, maxSkew is 2 and the number of domains < minDomains, then the third and fourth nodes fit',
      p(constraint(2, 'zone', DNS, foo, { minDomains: 3 })),
      abxy,
      [...on('node-a'), ...on('node-b'), ...on('node-y')],
      ['U', 'U', 'ok', 'ok'],
    ],
    [
      'pods spread across zone as 2/1, maxSkew is 2 and the number of domains > minDomains, then the all nodes fit',
      p(constraint(2, 'zone', DNS, foo, { minDomains: 1 })),
      abxy,
      [...on('node-a'), ...on('node-b'), ...on('node-y')],
      ['ok', 'ok', 'ok', 'ok'],
    ],
  ])('%s', (_name, pod, nodes, pods, want) => {
    expect(codes(pod, nodes, pods)).toEqual(want);
  });

  describe('node inclusion policies', () => {
    const fooNodes = [mkNode('node-a', { node: 'node-a', foo: '' }), mkNode('node-b', { node: 'node-b', foo: '' }), mkNode('node-x', { node: 'node-x', foo: '' })];
    const existing = [...on('node-a'), ...on('node-b'), ...on('node-y')];
    const unschedulableTaint = [{ key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' }];
    it.each<[string, KObject, KObject[], Code[]]>([
      ['NodeAffinityPolicy honored with labelSelectors', p(constraint(1, 'node', DNS, foo), { nodeSelector: { foo: '' } }), [...fooNodes, mkNode('node-y', { node: 'node-y' })], ['U', 'U', 'ok', 'ok']],
      ['NodeAffinityPolicy ignored with labelSelectors', p(constraint(1, 'node', DNS, foo, { nodeAffinityPolicy: 'Ignore' }), { nodeSelector: { foo: '' } }), [...fooNodes, mkNode('node-y', { node: 'node-y' })], ['U', 'U', 'ok', 'U']],
      ['NodeAffinityPolicy honored with nodeAffinity', p(constraint(1, 'node', DNS, foo), { affinityIn: ['foo', ['']] }), [...fooNodes, mkNode('node-y', { node: 'node-y' })], ['U', 'U', 'ok', 'ok']],
      ['NodeAffinityPolicy ignored with nodeAffinity', p(constraint(1, 'node', DNS, foo, { nodeAffinityPolicy: 'Ignore' }), { affinityIn: ['foo', ['']] }), [...fooNodes, mkNode('node-y', { node: 'node-y' })], ['U', 'U', 'ok', 'U']],
      ['NodeTaintsPolicy honored', p(constraint(1, 'node', DNS, foo, { nodeTaintsPolicy: 'Honor' })), [...fooNodes, mkNode('node-y', { node: 'node-y' }, unschedulableTaint)], ['U', 'U', 'ok', 'ok']],
      ['NodeTaintsPolicy ignored', p(constraint(1, 'node', DNS, foo)), [...fooNodes, mkNode('node-y', { node: 'node-y' }, unschedulableTaint)], ['U', 'U', 'ok', 'U']],
    ])('%s', (_name, pod, nodes, want) => {
      expect(codes(pod, nodes, existing)).toEqual(want);
    });
  });
});

// rows of upstream's filtering_test.go (v1.34), TestMultipleConstraints
describe('PodTopologySpread Filter, several constraints (TestMultipleConstraints)', () => {
  const both = (zoneSel = foo, nodeSel = foo) => mkPod({ labels: { foo: '', bar: '' }, spread: [constraint(1, 'zone', DNS, zoneSel), constraint(1, 'node', DNS, nodeSel)] });
  it.each<[string, KObject, KObject[], Code[]]>([
    ['two Constraints on zone and node, spreads = [3/3, 2/1/0/3]', both(), spread2103, ['U', 'U', 'ok', 'U']],
    ['two Constraints on zone and node, spreads = [3/4, 2/1/0/4]', both(), [...on('node-a', 2), ...on('node-b'), ...on('node-y', 4)], ['U', 'U', 'U', 'U']],
    ['Constraints hold different labelSelectors, spreads = [1/0, 1/0/0/1]', both(foo, bar), [...on('node-a'), ...on('node-y', 1, { bar: '' })], ['U', 'U', 'ok', 'U']],
  ])('%s', (_name, pod, pods, want) => {
    expect(codes(pod, abxy, pods)).toEqual(want);
  });
});

describe('PodTopologySpread PreFilter', () => {
  it('skips a pod without DoNotSchedule constraints: soft ones and the system defaults (all ScheduleAnyway) do not filter', () => {
    expect(codes(mkPod({ labels: { foo: '' }, spread: [constraint(1, 'zone', 'ScheduleAnyway', foo)] }), abxy, [])).toBe('skip');
    expect(codes(mkPod({ labels: { foo: '' } }), abxy, [])).toBe('skip');
  });
});
