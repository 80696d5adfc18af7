import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import {
  MAX_INT32,
  Reasons,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  maxUnavailable,
  newRSNewReplicas,
  resolveFenceposts,
  setNewReplicaSetAnnotations,
  type IntOrString,
} from './deployment-util';
import { computeHash, equalIgnoreHash, safeEncodeString } from './template-hash';
import { semanticEqual, canonicalJson } from '../json';

function deployment(replicas: number, opts: { type?: string; maxSurge?: IntOrString; maxUnavailable?: IntOrString; deadline?: number | null } = {}): KObject {
  const type = opts.type ?? 'RollingUpdate';
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd', namespace: 'default', generation: 1 },
    spec: {
      replicas,
      strategy: type === 'RollingUpdate' ? { type, rollingUpdate: { maxSurge: opts.maxSurge, maxUnavailable: opts.maxUnavailable } } : { type },
      ...(opts.deadline !== undefined ? { progressDeadlineSeconds: opts.deadline } : {}),
    },
    status: {},
  };
}

function rs(name: string, replicas: number): KObject {
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name }, spec: { replicas } };
}

describe('deployment arithmetic (TestResolveFenceposts)', () => {
  const cases: [IntOrString | undefined, IntOrString | undefined, number, [number, number] | 'error'][] = [
    ['0%', '0%', 0, [0, 1]],
    ['39%', '39%', 10, [4, 3]],
    ['oops', '39%', 10, 'error'],
    ['55%', 'urg', 10, 'error'],
    [undefined, '39%', 10, [0, 3]],
    ['39%', undefined, 10, [4, 0]],
    [undefined, undefined, 10, [0, 1]],
  ];
  it.each(cases)('maxSurge %s, maxUnavailable %s, desired %i', (surge, unavailable, desired, expected) => {
    if (expected === 'error') expect(() => resolveFenceposts(surge, unavailable, desired)).toThrow();
    else expect(resolveFenceposts(surge, unavailable, desired)).toEqual(expected);
  });

  it('resolves the defaults as in the facts (10 → 3/2, 5 → 2/1, 4 → 1/1, 3/2/1 → 1/0)', () => {
    expect(resolveFenceposts('25%', '25%', 10)).toEqual([3, 2]);
    expect(resolveFenceposts('25%', '25%', 5)).toEqual([2, 1]);
    expect(resolveFenceposts('25%', '25%', 4)).toEqual([1, 1]);
    for (const n of [3, 2, 1]) expect(resolveFenceposts('25%', '25%', n)).toEqual([1, 0]);
  });
});

describe('new replica set size (TestNewRSNewReplicas)', () => {
  const cases: [string, string, number, number, number, number][] = [
    ['can not scale up - to newRSReplicas', 'RollingUpdate', 1, 5, 1, 5],
    ['scale up - to depReplicas', 'RollingUpdate', 6, 2, 10, 6],
    ['recreate - to depReplicas', 'Recreate', 3, 1, 1, 3],
  ];
  it.each(cases)('%s', (_name, type, depReplicas, newRSReplicas, maxSurge, expected) => {
    const d = deployment(depReplicas, { type, maxSurge, maxUnavailable: 1 });
    const newRS = rs('new', newRSReplicas);
    expect(newRSNewReplicas(d, [newRS, rs('other', 5)], newRS)).toBe(expected);
  });

  it('rejects unknown strategy types', () => {
    const d = deployment(1, { type: 'Bogus' });
    expect(() => newRSNewReplicas(d, [], rs('n', 0))).toThrow("deployment type Bogus isn't supported");
  });
});

describe('max unavailable (TestMaxUnavailable)', () => {
  const cases: [string, number, IntOrString, string, number][] = [
    ['maxUnavailable less than replicas', 10, 5, 'RollingUpdate', 5],
    ['maxUnavailable equal replicas', 10, 10, 'RollingUpdate', 10],
    ['maxUnavailable greater than replicas', 5, 10, 'RollingUpdate', 5],
    ['maxUnavailable with replicas is 0', 0, 10, 'RollingUpdate', 0],
    ['maxUnavailable with Recreate deployment strategy', 10, 5, 'Recreate', 0],
    ['maxUnavailable less than replicas with percents', 10, '50%', 'RollingUpdate', 5],
    ['maxUnavailable equal replicas with percents', 10, '100%', 'RollingUpdate', 10],
    ['maxUnavailable greater than replicas with percents', 5, '100%', 'RollingUpdate', 5],
  ];
  it.each(cases)('%s', (_name, replicas, mu, type, expected) => {
    expect(maxUnavailable(deployment(replicas, { type, maxSurge: 1, maxUnavailable: mu }))).toBe(expected);
  });
});

describe('deployment complete (TestDeploymentComplete)', () => {
  const cases: [string, number, number, number, number, number, number, boolean][] = [
    ['not complete: min but not all pods become available', 5, 5, 5, 4, 1, 0, false],
    ['not complete: min availability is not honored', 5, 5, 5, 3, 1, 0, false],
    ['complete', 5, 5, 5, 5, 0, 0, true],
    ['not complete: all pods are available but not updated', 5, 5, 4, 5, 0, 0, false],
    ['not complete: still running old pods', 1, 2, 1, 1, 0, 1, false],
    ['not complete: one replica deployment never comes up', 1, 1, 1, 0, 1, 1, false],
  ];
  it.each(cases)('%s', (_name, desired, current, updated, available, mu, ms, expected) => {
    const d = deployment(desired, { maxSurge: ms, maxUnavailable: mu });
    d.status = { observedGeneration: 1, replicas: current, updatedReplicas: updated, availableReplicas: available };
    expect(deploymentComplete(d, d.status)).toBe(expected);
  });
});

describe('deployment progressing (TestDeploymentProgressing)', () => {
  const st = (replicas: number, updatedReplicas: number, readyReplicas: number, availableReplicas: number) => ({ replicas, updatedReplicas, readyReplicas, availableReplicas });
  const cases: [string, ReturnType<typeof st>, ReturnType<typeof st>, boolean][] = [
    ['progressing: updated pods', st(10, 4, 4, 4), st(10, 6, 4, 4), true],
    ['not progressing', st(10, 4, 4, 4), st(10, 4, 4, 4), false],
    ['progressing: old pods removed', st(10, 4, 6, 6), st(8, 4, 6, 6), true],
    ['not progressing: less new pods', st(10, 7, 3, 3), st(10, 6, 3, 3), false],
    ['progressing: less overall but more new pods', st(10, 4, 7, 7), st(8, 8, 5, 5), true],
    ['progressing: more ready pods', st(10, 10, 9, 8), st(10, 10, 10, 8), true],
    ['progressing: more available pods', st(10, 10, 10, 9), st(10, 10, 10, 10), true],
  ];
  it.each(cases)('%s', (_name, old, next, expected) => {
    const d = deployment(10);
    d.status = old;
    expect(deploymentProgressing(d, next)).toBe(expected);
  });
});

describe('deployment timed out (TestDeploymentTimedOut)', () => {
  const at = (hms: string) => `2026-01-01T${hms}Z`;
  const now = Date.parse(at('00:01:20'));
  const cases: [string, number | null, string, string, boolean][] = [
    ['nil progressDeadlineSeconds specified - no timeout', null, at('00:01:09'), Reasons.ReplicaSetUpdated, false],
    ['infinite progressDeadlineSeconds specified - no timeout', MAX_INT32, at('00:01:09'), Reasons.ReplicaSetUpdated, false],
    ['progressDeadlineSeconds: 10s, now - started => 00:01:20 - 00:01:09 => 11s', 10, at('00:01:09'), Reasons.ReplicaSetUpdated, true],
    ['progressDeadlineSeconds: 10s, now - started => 00:01:20 - 00:01:11 => 9s', 10, at('00:01:11'), Reasons.ReplicaSetUpdated, false],
    ['previous status was a complete deployment', 10, at('00:01:09'), Reasons.NewRSAvailable, false],
  ];
  it.each(cases)('%s', (_name, deadline, lastUpdate, reason, expected) => {
    const d = deployment(1, { deadline });
    const status = { conditions: [{ type: 'Progressing', status: 'True' as const, reason, lastUpdateTime: lastUpdate, lastTransitionTime: lastUpdate }] };
    expect(deploymentTimedOut(d, status, now)).toBe(expected);
  });
});

describe('pod-template-hash', () => {
  it('uses only the safe-encoded digit alphabet, 1 to 10 characters', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
    for (let i = 0; i < 50; i++) {
      const h = computeHash({ metadata: { labels: { app: `a${i}` } }, spec: { containers: [{ name: 'c', image: `img:${i}` }] } });
      expect(h).toMatch(/^[456789bcdf]{1,10}$/);
    }
  });

  it('is deterministic, ignores key order, and changes with the collision count', () => {
    const a = computeHash({ spec: { containers: [{ name: 'c', image: 'x' }] }, metadata: { labels: { app: 'a' } } });
    const b = computeHash({ metadata: { labels: { app: 'a' } }, spec: { containers: [{ image: 'x', name: 'c' }] } });
    expect(a).toBe(b);
    expect(computeHash({ metadata: {} }, 1)).not.toBe(computeHash({ metadata: {} }));
  });

  it('compares templates ignoring the hash label', () => {
    const t = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'x' }] } };
    const withHash = { metadata: { labels: { app: 'a', 'pod-template-hash': '123' } }, spec: { containers: [{ name: 'c', image: 'x' }] } };
    expect(equalIgnoreHash(t, withHash)).toBe(true);
    expect(equalIgnoreHash(t, { ...withHash, spec: { containers: [{ name: 'c', image: 'y' }] } })).toBe(false);
  });
});

describe('revision annotations', () => {
  it('raises a reused replica set to the new revision and keeps the old one in revision-history', () => {
    const d = deployment(3);
    d.metadata.annotations = { 'kubernetes.io/change-cause': 'x', 'deployment.kubernetes.io/revision': '2' };
    const r = rs('r', 3);
    r.metadata.annotations = { 'deployment.kubernetes.io/revision': '1' };
    expect(setNewReplicaSetAnnotations(d, r, 3, true)).toBe(true);
    expect(r.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/revision-history': '1',
      'kubernetes.io/change-cause': 'x',
    });
    r.metadata.annotations['deployment.kubernetes.io/revision'] = '3';
    setNewReplicaSetAnnotations(d, r, 5, true);
    expect(r.metadata.annotations['deployment.kubernetes.io/revision-history']).toBe('1,3');
  });

  it('gives a new replica set desired-replicas and max-replicas', () => {
    const d = deployment(10);
    const r = rs('r', 0);
    setNewReplicaSetAnnotations(d, r, 1, false);
    expect(r.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '10',
      'deployment.kubernetes.io/max-replicas': '13',
    });
  });
});

describe('semantic equality of JSON values', () => {
  const cases: [string, unknown, unknown, boolean][] = [
    ['key order does not matter', { a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    ['undefined members are ignored', { a: 1, b: undefined }, { a: 1 }, true],
    ['a missing member differs from null', { a: null }, {}, false],
    ['null and undefined are alike', null, undefined, true],
    ['undefined array elements are null', [undefined, 1], [null, 1], true],
    ['array length', [1], [1, 1], false],
    ['array versus object', [], {}, false],
    ['number versus string', { a: 1 }, { a: '1' }, false],
    ['nested difference', { s: { conditions: [{ type: 'A', status: 'True' }] } }, { s: { conditions: [{ type: 'A', status: 'False' }] } }, false],
    ['inherited names are not members', { toString: 1 }, {}, false],
  ];
  it.each(cases)('%s', (_name, a, b, equal) => {
    expect(semanticEqual(a, b)).toBe(equal);
    expect(semanticEqual(b, a)).toBe(equal);
    // the same answer as comparing canonical texts
    expect(canonicalJson(a) === canonicalJson(b)).toBe(equal);
  });
});
