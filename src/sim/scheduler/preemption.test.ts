import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { FILTERS } from './plugins';
import { newNodeInfo, podRequest, account, type NodeInfo } from './node-info';
import { NO_VICTIMS, noCandidateMessage, numCandidates, pickOneNodeForPreemption, selectVictimsOnNode, splitByPDBViolation, type Candidate } from './preemption';

// upstream's sizes: a "small" container asks the scoring defaults (100m, 200Mi); nodes hold five of them
const size = { small: 1, medium: 2, large: 3, veryLarge: 5 } as const;
const prio = { neg: -100, low: 0, mid: 100, high: 1000, veryHigh: 10000 } as const;
const day = (d: number) => `2019-01-0${d}T00:00:00Z`;

function mkPod(name: string, s: keyof typeof size, p: keyof typeof prio, node?: string, start = day(1), labels?: Record<string, string>): KObject {
  const k = size[s];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: name, ...(labels ? { labels } : {}) },
    spec: { nodeName: node, priority: prio[p], containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: `${100 * k}m`, memory: `${200 * k}Mi` } } }] },
    status: { startTime: start },
  };
}

function mkNode(name: string): NodeInfo {
  return newNodeInfo({ apiVersion: 'v1', kind: 'Node', metadata: { name }, status: { allocatable: { cpu: '500m', memory: `${1000}Mi`, pods: '110' } } });
}

/** DryRunPreemption over every node (enough candidates are wanted for small clusters), then pickOneNodeForPreemption. */
function preempt(preemptor: KObject, nodes: string[], pods: KObject[], pdbs: KObject[] = []): { node?: string; victims: string[]; statuses: string[][] } {
  const req = podRequest(preemptor);
  const fits = (info: NodeInfo) => {
    for (const f of FILTERS) {
      const r = f.filter(preemptor, req, info);
      if (r) return r.reasons;
    }
    return undefined;
  };
  const candidates: Candidate[] = [];
  const statuses: string[][] = [];
  for (const name of nodes) {
    const info = mkNode(name);
    const onNode = pods.filter((p) => p.spec.nodeName === name).map((pod) => ({ pod, req: podRequest(pod) }));
    for (const np of onNode) account(info, np.req, 1);
    const r = selectVictimsOnNode(preemptor, info, onNode, pdbs, fits, Date.parse(day(9)));
    if ('victims' in r) candidates.push({ name, victims: r.victims });
    else statuses.push(r.reasons);
  }
  const ordered = [...candidates.filter((c) => !c.victims.numPDBViolations), ...candidates.filter((c) => c.victims.numPDBViolations)];
  const node = pickOneNodeForPreemption(ordered, Date.parse(day(9)));
  return { node, victims: ordered.find((c) => c.name === node)?.victims.pods.map((p) => p.metadata.name!) ?? [], statuses };
}

describe('pickOneNodeForPreemption (upstream TestPickOneNodeForPreemption)', () => {
  const three = ['machine1', 'machine2', 'machine3'];
  const cases: { name: string; nodes: string[]; pod: KObject; pods: KObject[]; expected: string[] }[] = [
    {
      name: 'a pod that fits on both machines when lower priority pods are preempted',
      nodes: ['machine1', 'machine2'],
      pod: mkPod('p', 'large', 'high'),
      pods: [mkPod('m1.1', 'large', 'mid', 'machine1'), mkPod('m2.1', 'large', 'mid', 'machine2')],
      expected: ['machine1', 'machine2'],
    },
    {
      name: 'machine with min highest priority pod is picked',
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'medium', 'mid', 'machine1'),
        mkPod('m1.2', 'large', 'mid', 'machine1'),
        mkPod('m2.1', 'medium', 'mid', 'machine2'),
        mkPod('m2.2', 'medium', 'low', 'machine2'),
        mkPod('m3.1', 'medium', 'low', 'machine3'),
        mkPod('m3.2', 'medium', 'low', 'machine3'),
      ],
      expected: ['machine3'],
    },
    {
      name: 'when highest priorities are the same, minimum sum of priorities is picked',
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'medium', 'mid', 'machine1'),
        mkPod('m1.2', 'large', 'mid', 'machine1'),
        mkPod('m2.1', 'large', 'mid', 'machine2'),
        mkPod('m2.2', 'medium', 'low', 'machine2'),
        mkPod('m3.1', 'medium', 'mid', 'machine3'),
        mkPod('m3.2', 'medium', 'mid', 'machine3'),
      ],
      expected: ['machine2'],
    },
    {
      name: 'when highest priority and sum are the same, minimum number of pods is picked',
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'small', 'mid', 'machine1'),
        mkPod('m1.2', 'small', 'neg', 'machine1'),
        mkPod('m1.3', 'small', 'mid', 'machine1'),
        mkPod('m1.4', 'small', 'neg', 'machine1'),
        mkPod('m2.1', 'large', 'mid', 'machine2'),
        mkPod('m2.2', 'medium', 'neg', 'machine2'),
        mkPod('m3.1', 'medium', 'mid', 'machine3'),
        mkPod('m3.2', 'small', 'neg', 'machine3'),
        mkPod('m3.3', 'small', 'low', 'machine3'),
      ],
      expected: ['machine2'],
    },
    {
      name: 'sum of adjusted priorities is considered',
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'small', 'mid', 'machine1'),
        mkPod('m1.2', 'small', 'neg', 'machine1'),
        mkPod('m1.3', 'small', 'neg', 'machine1'),
        mkPod('m2.1', 'large', 'mid', 'machine2'),
        mkPod('m2.2', 'medium', 'neg', 'machine2'),
        mkPod('m3.1', 'medium', 'mid', 'machine3'),
        mkPod('m3.2', 'small', 'neg', 'machine3'),
        mkPod('m3.3', 'small', 'low', 'machine3'),
      ],
      expected: ['machine2'],
    },
    {
      name: 'non-overlapping lowest high priority, sum priorities, and number of pods',
      nodes: ['machine1', 'machine2', 'machine3', 'machine4'],
      pod: mkPod('p', 'veryLarge', 'veryHigh'),
      pods: [
        mkPod('m1.1', 'small', 'mid', 'machine1'),
        mkPod('m1.2', 'small', 'low', 'machine1'),
        mkPod('m1.3', 'small', 'low', 'machine1'),
        mkPod('m2.1', 'large', 'high', 'machine2'),
        mkPod('m3.1', 'medium', 'mid', 'machine3'),
        mkPod('m3.2', 'small', 'low', 'machine3'),
        mkPod('m3.3', 'small', 'low', 'machine3'),
        mkPod('m3.4', 'medium', 'low', 'machine3'),
        mkPod('m4.1', 'medium', 'mid', 'machine4'),
        mkPod('m4.2', 'small', 'mid', 'machine4'),
        mkPod('m4.3', 'small', 'mid', 'machine4'),
        mkPod('m4.4', 'small', 'neg', 'machine4'),
      ],
      expected: ['machine1'],
    },
    {
      name: "same priority, same number of victims, different start time for each machine's pod",
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'medium', 'mid', 'machine1', day(3)),
        mkPod('m1.2', 'medium', 'mid', 'machine1', day(3)),
        mkPod('m2.1', 'medium', 'mid', 'machine2', day(4)),
        mkPod('m2.2', 'medium', 'mid', 'machine2', day(4)),
        mkPod('m3.1', 'medium', 'mid', 'machine3', day(2)),
        mkPod('m3.2', 'medium', 'mid', 'machine3', day(2)),
      ],
      expected: ['machine2'],
    },
    {
      name: 'same priority, same number of victims, different start time for all pods',
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'medium', 'mid', 'machine1', day(5)),
        mkPod('m1.2', 'medium', 'mid', 'machine1', day(3)),
        mkPod('m2.1', 'medium', 'mid', 'machine2', day(6)),
        mkPod('m2.2', 'medium', 'mid', 'machine2', day(2)),
        mkPod('m3.1', 'medium', 'mid', 'machine3', day(4)),
        mkPod('m3.2', 'medium', 'mid', 'machine3', day(7)),
      ],
      expected: ['machine3'],
    },
    {
      name: 'different priority, same number of victims, different start time for all pods',
      nodes: three,
      pod: mkPod('p', 'veryLarge', 'high'),
      pods: [
        mkPod('m1.1', 'medium', 'low', 'machine1', day(5)),
        mkPod('m1.2', 'medium', 'mid', 'machine1', day(3)),
        mkPod('m2.1', 'medium', 'mid', 'machine2', day(7)),
        mkPod('m2.2', 'medium', 'low', 'machine2', day(2)),
        mkPod('m3.1', 'medium', 'low', 'machine3', day(4)),
        mkPod('m3.2', 'medium', 'mid', 'machine3', day(6)),
      ],
      expected: ['machine2'],
    },
  ];
  for (const t of cases) {
    it(t.name, () => {
      expect(t.expected).toContain(preempt(t.pod, t.nodes, t.pods).node);
    });
  }
});

describe('selectVictimsOnNode (upstream TestPreempt, TestSelectNodesForPreemption)', () => {
  it('basic preemption logic: the node whose highest victim is lowest, with every pod that must go', () => {
    const r = preempt(mkPod('pod1', 'veryLarge', 'high'), ['machine1', 'machine2', 'machine3'], [
      mkPod('m1.1', 'small', 'low', 'machine1'),
      mkPod('m1.2', 'small', 'low', 'machine1'),
      mkPod('m2.1', 'large', 'high', 'machine2'),
      mkPod('m3.1', 'medium', 'mid', 'machine3'),
    ]);
    expect(r).toEqual({ node: 'machine1', victims: ['m1.1', 'm1.2'], statuses: [[NO_VICTIMS]] });
  });

  it('reprieves the most important pods that still fit beside the preemptor', () => {
    // medium preemptor on a full node: removing the low pod alone makes room, the mid pods stay
    const r = preempt(mkPod('p', 'medium', 'high'), ['machine1'], [mkPod('a', 'small', 'mid', 'machine1'), mkPod('b', 'medium', 'low', 'machine1'), mkPod('c', 'medium', 'mid', 'machine1')]);
    expect(r.victims).toEqual(['b']);
  });

  it('gives the filters reasons when removing every lower-priority pod is not enough', () => {
    const r = preempt(mkPod('p', 'veryLarge', 'mid'), ['machine1'], [mkPod('a', 'small', 'low', 'machine1'), mkPod('b', 'small', 'high', 'machine1')]);
    expect(r).toEqual({ node: undefined, victims: [], statuses: [['Insufficient cpu', 'Insufficient memory']] });
    expect(noCandidateMessage(3, r.statuses)).toBe('preemption: 0/3 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 2 Preemption is not helpful for scheduling.');
  });

  it('prefers a node whose victims violate no PodDisruptionBudget', () => {
    const pdb = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'db', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'db' } } }, status: { disruptionsAllowed: 0 } };
    const pods = [mkPod('m1.1', 'veryLarge', 'low', 'machine1', day(1), { app: 'db' }), mkPod('m2.1', 'veryLarge', 'mid', 'machine2', day(1), { app: 'web' })];
    // without the PDB machine1's lower victim wins; with it, machine2's
    expect(preempt(mkPod('p', 'veryLarge', 'high'), ['machine1', 'machine2'], pods).node).toBe('machine1');
    expect(preempt(mkPod('p', 'veryLarge', 'high'), ['machine1', 'machine2'], pods, [pdb]).node).toBe('machine2');
  });
});

describe('filterPodsWithPDBViolation', () => {
  const pdb = (allowed: number, disrupted: Record<string, string> = {}) => ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'b', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'a' } } },
    status: { disruptionsAllowed: allowed, disruptedPods: disrupted },
  });
  const np = (name: string, labels?: Record<string, string>) => ({ pod: mkPod(name, 'small', 'low', 'n', day(1), labels), req: podRequest(mkPod(name, 'small', 'low')) });
  const names = (r: { violating: { pod: KObject }[]; nonViolating: { pod: KObject }[] }) => [r.violating.map((x) => x.pod.metadata.name), r.nonViolating.map((x) => x.pod.metadata.name)];

  it('spends the budget in order, and a pod past it violates', () => {
    expect(names(splitByPDBViolation([np('x', { app: 'a' }), np('y', { app: 'a' }), np('z', { app: 'b' })], [pdb(1)]))).toEqual([['y'], ['x', 'z']]);
  });

  it('does not count pods the budget already lists as disrupted, nor pods without labels', () => {
    expect(names(splitByPDBViolation([np('x', { app: 'a' }), np('y')], [pdb(0, { x: '2019-01-01T00:00:00Z' })]))).toEqual([[], ['x', 'y']]);
  });
});

describe('calculateNumCandidates', () => {
  it('is 10% of the nodes, at least 100, at most all of them', () => {
    expect([numCandidates(10), numCandidates(100), numCandidates(2000)]).toEqual([10, 100, 200]);
  });
});

