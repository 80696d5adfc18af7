import { describe, expect, it } from 'vitest';
import { binarySI, rankForMemory } from './eviction';

const MI = 2 ** 20;

describe('rankMemoryPressure', () => {
  it('puts pods over their request first, then lower priority, then the larger excess', () => {
    const pods = [
      { name: 'guaranteed-under', usage: 30 * MI, request: 64 * MI, priority: 0 },
      { name: 'besteffort-small', usage: 3 * MI, request: 0, priority: 0 },
      { name: 'besteffort-big', usage: 150 * MI, request: 0, priority: 0 },
      { name: 'burstable-high-priority', usage: 200 * MI, request: 10 * MI, priority: 1000 },
      { name: 'low-priority-under', usage: 1 * MI, request: 10 * MI, priority: -10 },
    ];
    expect(rankForMemory(pods).map((p) => p.name)).toEqual(['besteffort-big', 'besteffort-small', 'burstable-high-priority', 'low-priority-under', 'guaranteed-under']);
  });
});

describe('resource.Quantity BinarySI text', () => {
  it('uses the largest binary suffix that divides the value', () => {
    expect(binarySI(100 * MI)).toBe('100Mi');
    expect(binarySI(51_201 * 1024)).toBe('51201Ki');
    expect(binarySI(2 ** 30)).toBe('1Gi');
    expect(binarySI(1000)).toBe('1000');
    expect(binarySI(0)).toBe('0');
  });
});
