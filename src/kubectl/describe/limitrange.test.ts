import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim/types';
import { describeLimitRange, describeLimitRanges } from './limitrange';
import { PrefixWriter } from './writer';

const NOW = Date.UTC(2026, 0, 1, 8, 0, 0);

// what the API server stores for a Container item with max and min (default ← max, defaultRequest ← default ← min)
const LR = {
  apiVersion: 'v1',
  kind: 'LimitRange',
  metadata: { name: 'mem', namespace: 'default' },
  spec: {
    limits: [
      { type: 'Container', max: { cpu: '1' }, min: { memory: '64Mi' }, default: { cpu: '1' }, defaultRequest: { cpu: '1', memory: '64Mi' }, maxLimitRequestRatio: { cpu: '1500m' } },
      { type: 'PersistentVolumeClaim', max: { storage: '2Gi' } },
    ],
  },
} as KObject;

// Expected texts: kubectl v1.34.5 describing the same objects served by `npm run api`.
describe('kubectl describe for LimitRanges', () => {
  it('limitrange: one row per item and resource, `-` where a list does not name it', () => {
    expect(describeLimitRange(LR, NOW)).toBe(`Name:                  mem
Namespace:             default
Type                   Resource  Min   Max  Default Request  Default Limit  Max Limit/Request Ratio
----                   --------  ---   ---  ---------------  -------------  -----------------------
Container              cpu       -     1    1                1              1500m
Container              memory    64Mi  -    64Mi             -              -
PersistentVolumeClaim  storage   -     2Gi  -                -              -
`);
  });

  it("namespace: every LimitRange in one table under Resource Limits, or kubectl's sentence for none", () => {
    const w = new PrefixWriter(NOW);
    describeLimitRanges(w, [LR]);
    expect(w.toString()).toBe(`Resource Limits
 Type                   Resource  Min   Max  Default Request  Default Limit  Max Limit/Request Ratio
 ----                   --------  ---   ---  ---------------  -------------  -----------------------
 Container              cpu       -     1    1                1              1500m
 Container              memory    64Mi  -    64Mi             -              -
 PersistentVolumeClaim  storage   -     2Gi  -                -              -
`);
    const none = new PrefixWriter(NOW);
    describeLimitRanges(none, []);
    expect(none.toString()).toBe('No LimitRange resource.\n');
  });
});
