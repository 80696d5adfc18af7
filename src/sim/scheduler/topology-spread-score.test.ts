import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import type { SpreadSelector } from './spread';
import { spreadScores } from './topology-spread';
import { constraint, constraintsOf, exists, mkNode, mkPod, view } from './topology-spread-test-util';

const foo = exists('foo');
const SA = 'ScheduleAnyway';
const HOST = 'kubernetes.io/hostname';

/** The scored (feasible) nodes' scores; `failed` are the other nodes of the snapshot; 'skip' when PreScore skips. */
function scores(pod: KObject, nodes: KObject[], failed: KObject[], pods: KObject[], defaults?: SpreadSelector): number[] | 'skip' {
  const soft = constraintsOf(pod, SA, defaults);
  if (!soft.length) return 'skip';
  const requireAll = (pod.spec?.topologySpreadConstraints ?? []).length > 0;
  return spreadScores(soft, requireAll, nodes, () => [...nodes, ...failed], view(pod, soft, pods));
}

const host = (n: string, extra: Record<string, string> = {}) => mkNode(n, { [HOST]: n, ...extra });
const on = (spec: Record<string, number>) => Object.entries(spec).flatMap(([node, n]) => Array.from({ length: n }, (_, i) => mkPod({ name: `${node}-${i}`, node, labels: { foo: '' } })));
const p = (...cs: ReturnType<typeof constraint>[]) => mkPod({ labels: { foo: '' }, spread: cs });
const abcd = ['node-a', 'node-b', 'node-c', 'node-d'].map((n) => host(n));
const zone = (n: string, z: string) => host(n, { zone: z });

// rows of upstream's scoring_test.go (v1.34), TestPodTopologySpreadScore
describe('PodTopologySpread Score (TestPodTopologySpreadScore)', () => {
  it.each<[string, KObject, KObject[], KObject[], KObject[], number[]]>([
    ['one constraint on node, no existing pods', p(constraint(1, HOST, SA, foo)), [host('node-a'), host('node-b')], [], [], [100, 100]],
    ['one constraint on node, only one node is candidate', p(constraint(1, HOST, SA, foo)), [host('node-a')], [host('node-b')], on({ 'node-a': 2, 'node-b': 1 }), [100]],
    ['one constraint on node, all nodes have the same number of matching pods', p(constraint(1, HOST, SA, foo)), [host('node-a'), host('node-b')], [], on({ 'node-a': 1, 'node-b': 1 }), [100, 100]],
    ['one constraint on node, all 4 nodes are candidates', p(constraint(1, HOST, SA, foo)), abcd, [], on({ 'node-a': 2, 'node-b': 1, 'node-d': 3 }), [20, 60, 100, 0]],
    ['one constraint on node, null selector', p(constraint(1, HOST, SA, null)), abcd, [], on({ 'node-a': 2, 'node-b': 1, 'node-d': 3 }), [100, 100, 100, 100]],
    ['one constraint on node, all 4 nodes are candidates, maxSkew=2', p(constraint(2, HOST, SA, foo)), abcd, [], on({ 'node-a': 2, 'node-b': 1, 'node-d': 3 }), [33, 66, 100, 16]],
    ['one constraint on node, all 4 nodes are candidates, maxSkew=3', p(constraint(3, HOST, SA, foo)), abcd, [], on({ 'node-a': 4, 'node-b': 3, 'node-c': 2, 'node-d': 1 }), [44, 66, 77, 100]],
    [
      'one constraint on node, 3 out of 4 nodes are candidates',
      p(constraint(1, HOST, SA, foo)),
      [host('node-a'), host('node-b'), host('node-x')],
      [host('node-y')],
      on({ 'node-a': 4, 'node-b': 2, 'node-x': 1, 'node-y': 3 }),
      [33, 83, 100],
    ],
    [
      "one constraint on node, 3 out of 4 nodes are candidates, one node doesn't match topology key",
      p(constraint(1, HOST, SA, foo)),
      [host('node-a'), mkNode('node-b', { n: 'node-b' }), host('node-x')],
      [host('node-y')],
      on({ 'node-a': 4, 'node-b': 2, 'node-x': 1, 'node-y': 3 }),
      [16, 0, 100],
    ],
    [
      'one constraint on zone, 3 out of 4 nodes are candidates',
      p(constraint(1, 'zone', SA, foo)),
      [zone('node-a', 'zone1'), zone('node-b', 'zone1'), zone('node-x', 'zone2')],
      [zone('node-y', 'zone2')],
      on({ 'node-a': 4, 'node-b': 2, 'node-x': 1, 'node-y': 3 }),
      [75, 75, 100],
    ],
    [
      'two Constraints on zone and node, 2 out of 4 nodes are candidates',
      p(constraint(1, 'zone', SA, foo), constraint(1, HOST, SA, foo)),
      [zone('node-a', 'zone1'), zone('node-x', 'zone2')],
      [zone('node-b', 'zone1'), zone('node-y', 'zone2')],
      on({ 'node-a': 2, 'node-b': 1, 'node-x': 2, 'node-y': 4 }),
      [100, 63],
    ],
  ])('%s', (_name, pod, nodes, failed, pods, want) => {
    expect(scores(pod, nodes, failed, pods)).toEqual(want);
  });

  it('system defaulting, nodes without a zone, pods matched by a Service: the same scores as one hostname constraint of maxSkew 3', () => {
    const service: SpreadSelector = { matches: (x) => Object.hasOwn(x.metadata.labels ?? {}, 'foo'), matchesLabels: (l) => Object.hasOwn(l, 'foo'), buckets: [''] };
    expect(scores(mkPod({ labels: { foo: '' } }), abcd, [], on({ 'node-a': 4, 'node-b': 3, 'node-c': 2, 'node-d': 1 }), service)).toEqual([44, 66, 77, 100]);
  });

  it('skips a pod with only DoNotSchedule constraints (the system defaults then do not apply), and one nothing selects', () => {
    expect(scores(p(constraint(1, HOST, 'DoNotSchedule', foo)), abcd, [], [])).toBe('skip');
    expect(scores(mkPod({ labels: { foo: '' } }), abcd, [], [])).toBe('skip');
  });
});

describe('PodTopologySpread Score with the system default constraints', () => {
  const any: SpreadSelector = { matches: () => true, matchesLabels: () => true, buckets: [''] };
  const sys = (nodes: KObject[], failed: KObject[], pods: KObject[]) => scores(mkPod({}), nodes, failed, pods, any);

  it('zoneless nodes are scored on the hostname: raw round(cnt·ln(n+2)+2), then 100·(max+min−s)/max', () => {
    // two scored: ln(4) = 1.386; raw a 2, b 3 (3.39)
    expect(sys([host('a'), host('b')], [host('c')], on({ b: 1, c: 2 }))).toEqual([100, 66]);
    // three scored: ln(5) = 1.609; raw 2, 4 (3.61), 5 (5.22)
    expect(sys([host('a'), host('b'), host('c')], [], on({ b: 1, c: 2 }))).toEqual([100, 60, 40]);
  });

  it('a zone counts the matching pods of every node in it, the infeasible ones too', () => {
    // hostname 0·ln(4)+2 each; zone ln(4)·(2 | 0) + 4: x round(2+2.77+4) = 9, y 6
    const z = (n: string, v: string) => host(n, { 'topology.kubernetes.io/zone': v });
    expect(sys([z('x', 'zone1'), z('y', 'zone2')], [z('z', 'zone1')], on({ z: 2 }))).toEqual([66, 100]);
  });
});
