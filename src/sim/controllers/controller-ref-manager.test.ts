import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KObject } from '../types';
import { claimObjects } from './controller-ref-manager';
import { controllerOf, controllerRef } from './pod-control';

/** The candidates of one claim: owned or orphaned or another's, matching or not, being deleted or not. */
function setup(): { c: Cluster; owner: KObject; candidates: KObject[] } {
  const c = new Cluster({ seed: 7 });
  const owner = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner', namespace: 'default' } });
  const other = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other', namespace: 'default' } });
  const pod = (name: string, app: string, ref?: KObject): KObject =>
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', labels: { app }, ...(ref ? { ownerReferences: [controllerRef(ref)] } : {}) },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    });
  const deleting = {
    ...pod('orphan-deleting', 'web'),
    metadata: { ...c.api.get('pods', 'default', 'orphan-deleting').metadata, deletionTimestamp: '2026-01-01T08:00:00Z' },
  };
  const candidates = [
    pod('owned-match', 'web', owner),
    pod('owned-stray', 'db', owner),
    pod('orphan-match', 'web'),
    pod('orphan-stray', 'db'),
    deleting,
    pod('others', 'web', other),
  ];
  return { c, owner, candidates };
}

const matchesWeb = (o: KObject) => o.metadata.labels?.app === 'web';
const ownerOf = (c: Cluster, name: string) => controllerOf(c.api.get('pods', 'default', name))?.name;

describe('controller-ref manager', () => {
  it('keeps owned matches, adopts matching orphans, releases owned strays and skips the rest', () => {
    const { c, owner, candidates } = setup();
    const claimed = claimObjects(c.ctx.api, owner, candidates, matchesWeb);
    expect(claimed.map((p) => p.metadata.name)).toEqual(['owned-match', 'orphan-match']);
    expect(controllerOf(claimed[1])?.uid).toBe(owner.metadata.uid);
    expect(['owned-match', 'owned-stray', 'orphan-match', 'orphan-stray', 'orphan-deleting', 'others'].map((n) => ownerOf(c, n))).toEqual([
      'owner',
      undefined,
      'owner',
      undefined,
      undefined,
      'other',
    ]);
  });

  it('adopts and releases nothing for an owner being deleted', () => {
    const { c, owner, candidates } = setup();
    const deleting = { ...owner, metadata: { ...owner.metadata, deletionTimestamp: '2026-01-01T08:00:00Z' } };
    const claimed = claimObjects(c.ctx.api, deleting, candidates, matchesWeb);
    expect(claimed.map((p) => p.metadata.name)).toEqual(['owned-match']);
    expect(['owned-stray', 'orphan-match'].map((n) => ownerOf(c, n))).toEqual(['owner', undefined]);
  });
});
