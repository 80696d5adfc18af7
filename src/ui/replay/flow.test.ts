import { describe, expect, it } from 'vitest';
import { raftText } from './flow';

const round = { leader: 'k8s-master', term: 3, index: 1500, followers: [{ name: 'etcd-2', appended: true }, { name: 'etcd-3', appended: false }], members: 3, quorum: 2, committedBy: ['k8s-master', 'etcd-2'] };

describe('the replay of a raft round', () => {
  it('says who proposed, who appended and which quorum committed, in both languages', () => {
    expect(raftText(round, 'en')).toEqual([
      'raft: leader k8s-master appends entry 1500 (term 3) and sends it to etcd-2, etcd-3',
      'raft: etcd-2 append it (etcd-3 stopped)',
      'raft: committed with k8s-master, etcd-2: 2 of 3 members, the quorum',
    ]);
    expect(raftText(round, 'zh')).toEqual([
      'raft：leader k8s-master 追加第 1500 条日志（任期 3），发给 etcd-2, etcd-3',
      'raft：etcd-2 追加了这条日志（etcd-3 已停止）',
      'raft：k8s-master, etcd-2 已有这条日志，3 个成员中的 2 个，达到法定人数，提交',
    ]);
  });
  it('says when a round is short of its quorum', () => {
    const short = { ...round, followers: [{ name: 'etcd-2', appended: false }, { name: 'etcd-3', appended: false }], committedBy: ['k8s-master'] };
    expect(raftText(short, 'en').slice(1)).toEqual(['raft: no follower appends it (etcd-2, etcd-3 stopped)', 'raft: not committed: 1 of 3 members have it, the quorum is 2']);
  });
});
