import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { PlacedPods, labelBucket, namespaceBucket } from './placed-pods';

const pod = (ns: string, name: string, labels: Record<string, string>): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: ns, name, labels } });
/** The names of a bucket's pods on a node, as matchingOn sees them. */
const names = (placed: PlacedPods, bucket: string, node: string) => {
  const seen: string[] = [];
  placed.matchingOn(bucket, (p) => (seen.push(p.metadata.name!), true))(node);
  return seen.sort();
};

describe('PlacedPods', () => {
  it('buckets pods by namespace and label pair per node, following relabels, removals and node loss', () => {
    const placed = new PlacedPods();
    placed.set('n1', 'a/p1', pod('a', 'p1', { app: 'web' }));
    placed.set('n1', 'a/p2', pod('a', 'p2', { app: 'web', tier: 'x' }));
    placed.set('n2', 'a/p3', pod('a', 'p3', { app: 'web' }));
    placed.set('n2', 'b/p4', pod('b', 'p4', { app: 'web' }));
    const web = labelBucket('a', 'app', 'web');
    expect(placed.size(web)).toBe(3);
    expect(names(placed, web, 'n1')).toEqual(['p1', 'p2']);
    expect(names(placed, namespaceBucket('b'), 'n2')).toEqual(['p4']);

    // a status change keeps the buckets, the object is the new one
    const p1b = pod('a', 'p1', { app: 'web' });
    placed.set('n1', 'a/p1', p1b);
    const seen: KObject[] = [];
    placed.matchingOn(web, (p) => (seen.push(p), true))('n1');
    expect(seen).toContain(p1b);
    // matchingOn counts what the predicate accepts
    expect(placed.matchingOn(web, (p) => p.metadata.name === 'p2')('n1')).toBe(1);
    expect(placed.size(web)).toBe(3);

    // a relabel moves the pod between buckets
    placed.set('n1', 'a/p1', pod('a', 'p1', { app: 'db' }));
    expect(names(placed, web, 'n1')).toEqual(['p2']);
    expect(names(placed, labelBucket('a', 'app', 'db'), 'n1')).toEqual(['p1']);
    expect(placed.size(web)).toBe(2);

    placed.delete('n1', 'a/p2');
    expect(placed.size(labelBucket('a', 'tier', 'x'))).toBe(0);
    placed.dropNode('n2');
    expect(placed.size(web)).toBe(0);
    expect(placed.size(namespaceBucket('a'))).toBe(1);
    expect(names(placed, web, 'n2')).toEqual([]);
  });
});
