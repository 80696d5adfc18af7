import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { watchTable } from './watch-table';

describe('watchTable (kubectl get -w for live terminals)', () => {
  it('prints the current rows, then a row per change, until unsubscribed', () => {
    const cluster = new Cluster({ seed: 5 });
    const ctx = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'default' } });
    const lines: string[] = [];
    const stop = watchTable(ctx, ['cm', '-l', 'app!=skip'], (l) => lines.push(l));
    expect(lines[0]).toMatch(/^NAME\s+DATA\s+AGE$/);
    expect(lines.some((l) => l.startsWith('a '))).toBe(true);
    const before = lines.length;
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'default' }, data: { x: '1' } });
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default', labels: { app: 'skip' } } });
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'd', namespace: 'kube-public' } });
    expect(lines.slice(before)).toEqual([expect.stringMatching(/^b\s+1\s+0s$/)]);
    stop();
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'e', namespace: 'default' } });
    expect(lines.length).toBe(before + 1);
  });

  it('reports errors as a line', () => {
    const cluster = new Cluster({ seed: 5 });
    const lines: string[] = [];
    watchTable({ cluster, fs: new MemoryWorkspace(), namespace: 'default' }, ['nope'], (l) => lines.push(l));
    expect(lines).toEqual(['error: the server doesn\'t have a resource type "nope"']);
  });
});
