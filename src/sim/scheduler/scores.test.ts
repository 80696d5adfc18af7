import { describe, expect, it } from 'vitest';
import { balancedAllocationScore, balancedSkips, defaultNormalize, leastAllocatedScore, weightedTotals } from './scores';

// (cpu requested / allocatable, memory requested / allocatable) → score, from upstream's
// least_allocated_test.go and balanced_allocation_test.go (requested = what the node's pods use + the pod's request)
const use = (requested: number, allocatable: number) => ({ requested, allocatable });

describe('NodeResourcesFit LeastAllocated (least_allocated_test.go)', () => {
  it.each([
    ['nothing scheduled, nothing requested', use(0, 4000), use(0, 10000), 100],
    ['nothing scheduled, resources requested, differently sized nodes: node1', use(3000, 4000), use(5000, 10000), 37],
    ['nothing scheduled, resources requested, differently sized nodes: node2', use(3000, 6000), use(5000, 10000), 50],
    ['no resources requested, pods scheduled with resources: node1', use(6000, 10000), use(0, 20000), 70],
    ['no resources requested, pods scheduled with resources: node2', use(6000, 10000), use(5000, 20000), 57],
    ['resources requested, pods scheduled with resources: node1', use(6000, 10000), use(5000, 20000), 57],
    ['resources requested, pods scheduled with resources: node2', use(6000, 10000), use(10000, 20000), 45],
    ['resources requested, pods scheduled with resources, differently sized nodes: node2', use(6000, 10000), use(10000, 50000), 60],
    ['requested resources exceed node capacity: node1', use(6000, 4000), use(0, 10000), 50],
    ['requested resources exceed node capacity: node2', use(6000, 4000), use(5000, 10000), 25],
    ['zero node resources', use(3000, 0), use(5000, 0), 0],
  ])('%s', (_name, cpu, mem, score) => {
    expect(leastAllocatedScore([cpu, mem])).toBe(score);
  });

  it('weighs resources (memory 2, cpu 1): node1 41, node2 50', () => {
    expect(leastAllocatedScore([use(5000, 10000), use(3000, 4000)], [2, 1])).toBe(41);
    expect(leastAllocatedScore([use(5000, 10000), use(3000, 6000)], [2, 1])).toBe(50);
  });
});

describe('NodeResourcesBalancedAllocation (balanced_allocation_test.go)', () => {
  it.each([
    ['nothing scheduled, nothing requested', use(0, 4000), use(0, 10000), 100],
    ['nothing scheduled, resources requested, differently sized nodes: node1', use(3000, 4000), use(5000, 10000), 87],
    ['nothing scheduled, resources requested, differently sized nodes: node2', use(3000, 6000), use(5000, 10000), 100],
    ['no resources requested, pods scheduled with resources: node1', use(6000, 10000), use(0, 20000), 70],
    ['no resources requested, pods scheduled with resources: node2', use(6000, 10000), use(5000, 20000), 82],
    ['resources requested, pods scheduled with resources: node2', use(6000, 10000), use(10000, 20000), 95],
    ['resources requested, pods scheduled with resources, differently sized nodes: node2', use(6000, 10000), use(10000, 50000), 80],
    ['requested resources at node capacity: node1', use(6000, 6000), use(0, 10000), 50],
    ['requested resources at node capacity: node2', use(6000, 6000), use(5000, 10000), 75],
    ['zero node resources', use(3000, 0), use(5000, 0), 100],
  ])('%s', (_name, cpu, mem, score) => {
    expect(balancedAllocationScore([cpu, mem])).toBe(score);
  });

  it('with a third resource uses the full standard deviation (include scalar resource: 70 and 65)', () => {
    expect(balancedAllocationScore([use(3000, 3500), use(5000, 40000), use(4, 8)])).toBe(70);
    expect(balancedAllocationScore([use(3000, 3500), use(5000, 40000), use(1, 8)])).toBe(65);
  });

  it('skips a pod that requests nothing (BestEffort), not one that requests something', () => {
    expect(balancedSkips([0, 0])).toBe(true);
    expect(balancedSkips([0, 2000])).toBe(false);
  });
});

describe('DefaultNormalizeScore', () => {
  it('scales by the maximum with integer division', () => {
    expect(defaultNormalize([1, 2, 3], false)).toEqual([33, 66, 100]);
  });
  it('reversed (TaintToleration: fewer intolerable PreferNoSchedule taints is better)', () => {
    expect(defaultNormalize([1, 0, 3], true)).toEqual([67, 100, 0]);
  });
  it('all zero: 0, or 100 when reversed', () => {
    expect(defaultNormalize([0, 0], false)).toEqual([0, 0]);
    expect(defaultNormalize([0, 0], true)).toEqual([100, 100]);
  });
});

describe('weighted total of the default profile', () => {
  it('multiplies each plugin by its weight and leaves skipped plugins out', () => {
    expect(weightedTotals({ NodeResourcesFit: [50, 0], NodeResourcesBalancedAllocation: [100, 10], TaintToleration: [100, 100], PodTopologySpread: [100, 0] }, 2)).toEqual([50 + 100 + 300 + 200, 10 + 300]);
  });
});
