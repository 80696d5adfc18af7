import { describe, expect, it } from 'vitest';
import type { Labels } from '../labels';
import type { KObject } from '../types';
import { affinityScores } from './interpod-affinity';
import { DoesNotExist, Exists, In, NotIn, mkNode, mkPod, term, weighted, world } from './interpod-affinity-test-util';

// rows of upstream's scoring_test.go (v1.34), TestPreferredAffinity; 'skip' where PreScore skips the plugin
const china = { region: 'China' };
const india = { region: 'India' };
const az1 = { az: 'az1' };
const az2 = { az: 'az2' };
const chinaAz1 = { region: 'China', az: 'az1' };
const s1 = { security: 'S1' };
const s2 = { security: 'S2' };
const namespaces: Record<string, Labels> = {
  'subteam1.team1': { team: 'team1' },
  'subteam2.team1': { team: 'team1' },
  'subteam1.team2': { team: 'team2' },
  'subteam2.team2': { team: 'team2' },
};

const stayWithS1InRegion = { prefAff: [weighted(5, term([In('security', ['S1'])], 'region'))] };
const stayWithS2InRegion = { prefAff: [weighted(6, term([In('security', ['S2'])], 'region'))] };
const affinity3 = { prefAff: [weighted(8, term([NotIn('security', ['S1']), In('security', ['S2'])], 'region')), weighted(2, term([Exists('security'), DoesNotExist('wrongkey')], 'region'))] };
const hardAffinity = { aff: [term([In('security', ['S1', 'value2'])], 'region'), term([Exists('security'), DoesNotExist('wrongkey')], 'region')] };
const awayFromS1InAz = { prefAnti: [weighted(5, term([In('security', ['S1'])], 'az'))] };
const awayFromS2InAz = { prefAnti: [weighted(5, term([In('security', ['S2'])], 'az'))] };
const stayWithS1InRegionAwayFromS2InAz = { prefAff: [weighted(8, term([In('security', ['S1'])], 'region'))], prefAnti: [weighted(5, term([In('security', ['S2'])], 'az'))] };
const teamSelector = { namespaces: ['subteam2.team2'], namespaceSelector: { matchExpressions: [In('team', ['team1'])] } };
const affinityNamespaceSelector = { prefAff: [weighted(5, term([In('security', ['S1'])], 'region', teamSelector))] };
const antiAffinityNamespaceSelector = { prefAnti: [weighted(5, term([In('security', ['S1'])], 'region', teamSelector))] };

const on = (node: string, labels: Labels, more: Parameters<typeof mkPod>[0] = {}) => mkPod({ node, labels, ...more });
const nodes = (...labels: Labels[]) => labels.map((l, i) => mkNode(`node${i + 1}`, l));

describe('InterPodAffinity Score (TestPreferredAffinity)', () => {
  it.each<[string, KObject, KObject[], KObject[], number[] | 'skip']>([
    ['all nodes are the same priority as Affinity is nil', mkPod({ labels: s1 }), [], nodes(china, india, az1), 'skip'],
    [
      'a node matching the topology key and the pods on it scores high',
      mkPod({ labels: s1, ...stayWithS1InRegion }),
      [on('node1', s1), on('node2', s2), on('node3', s1)],
      nodes(china, india, az1),
      [100, 0, 0],
    ],
    ['all nodes of the domain of a matching pod score the same', mkPod(stayWithS1InRegion), [on('node1', s1)], nodes(china, chinaAz1, india), [100, 100, 0]],
    [
      'the region with more matching pods scores high',
      mkPod({ labels: s1, ...stayWithS2InRegion }),
      [on('node1', s2), on('node1', s2), on('node2', s2), on('node3', s2), on('node4', s2), on('node5', s2)],
      nodes(china, india, china, china, india),
      [100, 0, 100, 100, 0],
    ],
    ['different label operators and values, including some match failures', mkPod({ labels: s1, ...affinity3 }), [on('node1', s1), on('node2', s2), on('node3', s1)], nodes(china, india, az1), [20, 100, 0]],
    [
      'affinity symmetry: the existing pods’ preferred affinity',
      mkPod({ labels: s2 }),
      [on('node1', s1, stayWithS1InRegion), on('node2', s2, stayWithS2InRegion)],
      nodes(china, india, az1),
      [0, 100, 0],
    ],
    [
      'affinity symmetry with a namespace selector',
      mkPod({ ns: 'subteam1.team1', labels: s1 }),
      [on('node1', s1, affinityNamespaceSelector), on('node2', s2, stayWithS2InRegion)],
      nodes(china, india, az1),
      [100, 0, 0],
    ],
    [
      'anti-affinity symmetry with a namespace selector',
      mkPod({ ns: 'subteam1.team1', labels: s1 }),
      [on('node1', s1, antiAffinityNamespaceSelector), on('node2', s2, stayWithS2InRegion)],
      nodes(china, india, az1),
      [0, 100, 100],
    ],
    ['affinity symmetry: the existing pods’ required affinity counts hardPodAffinityWeight', mkPod({ labels: s1 }), [on('node1', s1, hardAffinity), on('node2', s2, hardAffinity)], nodes(china, india, az1), [100, 100, 0]],
    ['anti-affinity: a node without matching pods scores high', mkPod({ labels: s1, ...awayFromS1InAz }), [on('node1', s1), on('node2', s2)], nodes(az1, china), [0, 100]],
    ['anti-affinity: a node without the topology key scores high', mkPod({ labels: s1, ...awayFromS1InAz }), [on('node1', s1), on('node2', s1)], nodes(az1, china), [0, 100]],
    ['anti-affinity: the node with more matching pods scores low', mkPod({ labels: s1, ...awayFromS1InAz }), [on('node1', s1), on('node1', s1), on('node2', s2)], nodes(az1, india), [0, 100]],
    ['anti-affinity symmetry', mkPod({ labels: s2 }), [on('node1', s1, awayFromS2InAz), on('node2', s2, awayFromS1InAz)], nodes(az1, az2), [0, 100]],
    ['affinity and anti-affinity together', mkPod({ labels: s1, ...stayWithS1InRegionAwayFromS2InAz }), [on('node1', s1), on('node2', s1)], nodes(china, az1), [100, 0]],
    [
      'affinity and anti-affinity with pods of the same labels',
      mkPod({ labels: s1, ...stayWithS1InRegionAwayFromS2InAz }),
      [on('node1', s1), on('node1', s1), on('node2', s1), on('node3', s1), on('node3', s1), on('node4', s1), on('node5', s1)],
      nodes(chinaAz1, india, china, china, india),
      [100, 0, 100, 100, 0],
    ],
    [
      'affinity, anti-affinity and symmetry',
      mkPod({ labels: s1, ...stayWithS1InRegionAwayFromS2InAz }),
      [on('node1', s1), on('node2', s2), on('node3', {}, stayWithS1InRegionAwayFromS2InAz), on('node4', {}, awayFromS1InAz)],
      nodes(china, az1, india, az2),
      [100, 0, 100, 0],
    ],
    ['some nodes of a topology without pods with affinity', mkPod({ labels: s1 }), [on('node1', s1), on('node2', {}, stayWithS1InRegionAwayFromS2InAz)], nodes(china, china), [0, 0]],
  ])('%s', (_name, pod, pods, ns, want) => {
    expect(affinityScores(pod, ns, world(pods, ns, namespaces)) ?? 'skip').toEqual(want);
  });
});
