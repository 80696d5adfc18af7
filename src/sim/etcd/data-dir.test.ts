import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { dbSizes, snapshotIndexes } from './data-dir';

describe("etcd's data directory on the control-plane node", () => {
  const c = new Cluster({ seed: 1 });
  const tree = c.services.storage!.hostPath('k8s-master', '/var/lib/etcd', false)!;
  const ls = (path: string) => [...(tree.node(path.split('/').filter(Boolean))?.children ?? new Map()).entries()].map(([name, n]) => ({ name, mode: n.mode.toString(8), size: n.size }));

  it('holds the bbolt database and the WAL segments, private to root', () => {
    expect(tree.root.mode.toString(8)).toBe('700');
    expect(ls('member').map((e) => [e.name, e.mode])).toEqual([
      ['snap', '700'],
      ['wal', '700'],
    ]);
    expect(ls('member/wal')).toEqual([
      { name: '0000000000000000-0000000000000000.wal', mode: '600', size: 64_000_000 },
      { name: '0.tmp', mode: '600', size: 64_000_000 },
    ]);
    expect(ls('member/snap').map((e) => [e.name, e.mode])).toEqual([['db', '600']]);
  });

  it('grows the database with the writes, as etcdctl endpoint status reports it', () => {
    const member = c.etcd.members.find((m) => m.name === 'k8s-master')!;
    const db = () => ls('member/snap')[0].size!;
    expect(db()).toBe(dbSizes(c.etcd.status(member).index).size);
    const before = db();
    for (let i = 0; i < 300; i++) c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}`, namespace: 'default' } });
    expect(db()).toBeGreaterThan(before);
    expect(db() % 4096).toBe(0);
  });

  it('keeps the snapshots taken every --snapshot-count + 1 entries, the last five', () => {
    expect(snapshotIndexes(10_000)).toEqual([]);
    expect(snapshotIndexes(10_001)).toEqual([10_001]);
    expect(snapshotIndexes(60_005)).toEqual([10_001, 20_002, 30_003, 40_004, 50_005]);
    expect(snapshotIndexes(60_006)).toEqual([20_002, 30_003, 40_004, 50_005, 60_006]);
  });
});

