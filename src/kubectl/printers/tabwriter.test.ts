import { describe, expect, it } from 'vitest';
import { tabwrite } from './tabwriter';

describe('tabwriter', () => {
  it('pads columns to the widest cell plus three spaces and leaves the last column unpadded', () => {
    // kubectl get svc, as printed in the notes (5.1.1.3)
    const out = tabwrite([
      ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
      ['kubernetes', 'ClusterIP', '10.187.0.1', '<none>', '443/TCP', '18d'],
    ]);
    expect(out).toBe('NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.187.0.1   <none>        443/TCP   18d\n');
  });
  it('gives every column at least six characters', () => {
    expect(tabwrite([['A', 'B'], ['x', 'y']])).toBe('A     B\nx     y\n');
  });
});
