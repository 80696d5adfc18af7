import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe("etcd's data directory (notes 11.3)", { timeout: 60_000 }, () => {
  const t = transcriptOf('etcd-data-dir.sh', 1);

  it('shows member/snap/db and member/wal with their segments, root only', () => {
    expect(outputOf(t, 'kubectl exec peek -- ls -la /etcd')).toMatch(/^total 12\ndrwx------ +3 root +root +4096 .* \.\n/);
    const listing = outputOf(t, 'kubectl exec peek -- ls -l /etcd/member /etcd/member/snap /etcd/member/wal');
    expect(listing).toMatch(/^\/etcd\/member:\ntotal 8\n/);
    // the two 64 MB WAL files are preallocated: 2 x 62500 1K blocks
    expect(listing).toMatch(/\/etcd\/member\/wal:\ntotal 125000\n/);
    expect(listing).toMatch(/\/etcd\/member\/snap:\ntotal \d+\n-rw------- +1 root +root +\d+ .* db\n/);
    expect(listing).toMatch(/-rw------- +1 root +root +64000000 .* 0\.tmp\n-rw------- +1 root +root +64000000 .* 0000000000000000-0000000000000000\.wal\n/);
  });

  it('grows the database as the cluster writes', () => {
    const size = (s: string) => Number(/root +(\d+) .* db\n/.exec(s)![1]);
    const before = size(outputOf(t, 'kubectl exec peek -- ls -l /etcd/member /etcd/member/snap /etcd/member/wal'));
    expect(size(outputOf(t, 'kubectl exec peek -- ls -l /etcd/member/snap'))).toBeGreaterThan(before);
  });

  it('writes a <term>-<index>.snap file each 10,001 raft entries and keeps the last five (kubeadm --snapshot-count=10000, --max-snapshots 5)', () => {
    const blocks = t.split('$ kubectl exec peek -- ls -l /etcd/member/snap\n');
    // 3 hours of lease renewals pass index 10001 (0x2711) once, in term 2
    expect(blocks[2]).toMatch(/^total \d+\n-rw------- +1 root +root +\d+ Jan  1 \d\d:\d\d 0000000000000002-0000000000002711\.snap\n-rw------- +1 root +root +\d+ .* db\n/);
    const names = outputOf(t, 'kubectl exec peek -- ls /etcd/member/snap').trim().split('\n');
    expect(names.length).toBe(6);
    expect(names.at(-1)).toBe('db');
    const indexes = names.slice(0, 5).map((n) => parseInt(/^0000000000000002-([0-9a-f]{16})\.snap$/.exec(n)![1], 16));
    expect(indexes.slice(1).map((x, i) => x - indexes[i])).toEqual([10_001, 10_001, 10_001, 10_001]);
    expect(indexes[0] % 10_001).toBe(0);
  });
});

