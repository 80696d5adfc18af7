import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { deleteFirst, podsToDelete, type RankedPod } from './replicaset-ranking';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

interface PodOpts {
  node?: string;
  phase?: string;
  ready?: boolean;
  readySince?: number;
  created?: number;
  restarts?: number;
  cost?: string;
  uid?: string;
}

function pod(name: string, o: PodOpts = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      uid: o.uid ?? name,
      creationTimestamp: ago(o.created ?? 3600),
      ...(o.cost !== undefined ? { annotations: { 'controller.kubernetes.io/pod-deletion-cost': o.cost } } : {}),
    },
    spec: { nodeName: o.node ?? 'n1', containers: [{ name: 'c' }] },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: ago(o.readySince ?? 3000) }],
      containerStatuses: [{ name: 'c', restartCount: o.restarts ?? 0 }],
    },
  };
}

const r = (p: KObject, rank = 0): RankedPod => ({ pod: p, rank });

describe('replica set scale-down ranking (ActivePodsWithRanks.Less)', () => {
  // each row: the first pod is deleted before the second, and not the other way round
  const cases: [string, RankedPod, RankedPod][] = [
    ['unassigned before assigned', r(pod('a', { node: '' })), r(pod('b'))],
    ['Pending before Running', r(pod('a', { phase: 'Pending', ready: false })), r(pod('b', { ready: false }))],
    ['Pending before Unknown', r(pod('a', { phase: 'Pending' })), r(pod('b', { phase: 'Unknown' }))],
    ['Unknown before Running', r(pod('a', { phase: 'Unknown' })), r(pod('b'))],
    ['not ready before ready', r(pod('a', { ready: false })), r(pod('b'))],
    ['lower deletion cost first', r(pod('a', { cost: '-5' })), r(pod('b', { cost: '10' }))],
    ['invalid deletion cost counts as 0', r(pod('a', { cost: 'oops' })), r(pod('b', { cost: '1' }))],
    ['doubled up (higher rank) first', r(pod('a'), 3), r(pod('b'), 1)],
    ['ready more recently first (different log2 bucket)', r(pod('a', { readySince: 10 })), r(pod('b', { readySince: 5000 }))],
    ['same log2 ready bucket: lower UID first', r(pod('b', { readySince: 3000, uid: 'a-uid' })), r(pod('a', { readySince: 3100, uid: 'z-uid' }))],
    ['more restarts first', r(pod('a', { restarts: 5 })), r(pod('b', { restarts: 1 }))],
    ['newer first', r(pod('a', { created: 10, readySince: 3000 })), r(pod('b', { created: 100000, readySince: 3000 }))],
    ['phase beats readiness', r(pod('a', { phase: 'Pending', ready: true })), r(pod('b', { ready: false }))],
    ['readiness beats deletion cost', r(pod('a', { ready: false, cost: '100' })), r(pod('b', { cost: '-100' }))],
    ['deletion cost beats rank', r(pod('a', { cost: '-1' }), 0), r(pod('b'), 5)],
  ];
  it.each(cases)('%s', (_name, a, b) => {
    expect(deleteFirst(a, b, NOW)).toBe(true);
    expect(deleteFirst(b, a, NOW)).toBe(false);
  });

  it('treats identical pods as equal', () => {
    expect(deleteFirst(r(pod('a')), r(pod('a')), NOW)).toBe(false);
  });
});

describe('pods to delete (getPodsToDelete)', () => {
  it('takes the worst pods first, counting related pods per node', () => {
    const pods = [pod('p1', { node: 'n1' }), pod('p2', { node: 'n2' }), pod('p3', { node: 'n2', ready: false }), pod('p4', { node: 'n2' })];
    const related = [...pods, pod('other', { node: 'n2' })];
    expect(podsToDelete(pods, related, 1, NOW).map((p) => p.metadata.name)).toEqual(['p3']);
    // p2 and p4 share the crowded node n2
    expect(podsToDelete(pods, related, 3, NOW).map((p) => p.metadata.name)).toEqual(['p3', 'p2', 'p4']);
  });

  it('does not sort when every pod goes', () => {
    const pods = [pod('z'), pod('a', { node: '' })];
    expect(podsToDelete(pods, pods, 2, NOW).map((p) => p.metadata.name)).toEqual(['z', 'a']);
  });
});
