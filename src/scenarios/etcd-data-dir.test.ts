import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe("etcd's data directory (notes 11.3)", { timeout: 60_000 }, () => {
  const t = transcriptOf('etcd-data-dir.sh', 1);

  it('shows member/snap/db and member/wal with their segments, root only', () => {
    expect(outputOf(t, 'kubectl exec peek -- ls -la /etcd')).toMatch(/^drwx------ +3 root +root +4096 .* \.\n/);
    const listing = outputOf(t, 'kubectl exec peek -- ls -l /etcd/member /etcd/member/snap /etcd/member/wal');
    expect(listing).toMatch(/\/etcd\/member\/snap:\n-rw------- +1 root +root +\d+ .* db\n/);
    expect(listing).toMatch(/-rw------- +1 root +root +64000000 .* 0\.tmp\n-rw------- +1 root +root +64000000 .* 0000000000000000-0000000000000000\.wal\n/);
  });

  it('grows the database as the cluster writes', () => {
    const size = (s: string) => Number(/root +(\d+) .* db\n/.exec(s)![1]);
    const before = size(outputOf(t, 'kubectl exec peek -- ls -l /etcd/member /etcd/member/snap /etcd/member/wal'));
    expect(size(outputOf(t, 'kubectl exec peek -- ls -l /etcd/member/snap'))).toBeGreaterThan(before);
  });
});
