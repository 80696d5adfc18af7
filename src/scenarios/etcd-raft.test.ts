import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import type { WriteStep } from '../sim/activity/types';
import { Shell } from '../shell/shell';
import { transcriptOf } from './run';

describe('raft in the control-plane replay (notes 11.3)', () => {
  const t = transcriptOf('etcd-raft.sh', 1);
  const replays = t.split('$ replay\n').slice(1).map((b) => b.slice(0, b.indexOf('\n$ ') + 1));

  it('shows each write as a raft round: the leader proposes, the followers append, the quorum commits', () => {
    // the entry index is the write's resourceVersion (etcd's revision)
    const m = /\+0\.0s kubectl: ADDED configmaps default\/a \(resourceVersion (\d+)\)\n  raft: leader k8s-master appends entry (\d+) \(term 2\) and sends it to etcd-2, etcd-3\n  raft: etcd-2, etcd-3 append it\n  raft: committed with k8s-master, etcd-2: 2 of 3 members, the quorum\n/.exec(replays[0]);
    expect(m, replays[0]).not.toBeNull();
    expect(m![2]).toBe(m![1]);
  });

  it('leaves a stopped follower out, and needs 3 of 5 once the cluster has 5 members', () => {
    expect(replays[1]).toContain('  raft: etcd-2 appends it (etcd-3 stopped)\n  raft: committed with k8s-master, etcd-2: 2 of 3 members, the quorum\n');
    expect(replays[2]).toContain('and sends it to etcd-2, etcd-3, etcd-4, etcd-5\n  raft: etcd-2, etcd-5 append it (etcd-3, etcd-4 stopped)\n  raft: committed with k8s-master, etcd-2, etcd-5: 3 of 5 members, the quorum\n');
  });

  it('numbers entries as etcd does: the replay\'s last entry is the raft index etcdctl reports', () => {
    const last = [...replays[2].matchAll(/appends entry (\d+) \(term (\d+)\)/g)].pop()!;
    const status = t.slice(t.lastIndexOf('$ etcdctl')).split('\n')[1].split(', ');
    expect([status[10], status[11]]).toEqual([last[2], last[1]]);
  });

  it('records the round when the write happens, not when the replay is read', () => {
    const c = new Cluster({ seed: 1 });
    const sh = new Shell({ cluster: c, fs: new MemoryWorkspace() });
    const mark = c.activity.mark();
    sh.run('kubectl create configmap early');
    sh.run('etcd stop etcd-2');
    const w = c.activity.since(mark).find((s): s is WriteStep => s.kind === 'write' && s.object.name === 'early')!;
    expect(w.raft?.followers).toEqual([
      { name: 'etcd-2', appended: true },
      { name: 'etcd-3', appended: true },
    ]);
  });
});
