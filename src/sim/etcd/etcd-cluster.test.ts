import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock';
import { Rng } from '../random';
import { ELECTION_TIMEOUT_MS, EtcdCluster } from './etcd-cluster';

function etcdOf(n: number, seed = 1) {
  const clock = new VirtualClock(0);
  const hosts = Array.from({ length: n }, (_, i) => ({
    name: `m${i}`,
    ip: `10.0.0.${i + 1}`,
  }));
  let rev = 100;
  const etcd = new EtcdCluster(clock, new Rng(seed), hosts, () => rev);
  return { clock, etcd, write: () => rev++ };
}

describe('etcd quorum and leader election', () => {
  it('needs floor(n/2)+1 running members: 3 survive 1 failure, 5 survive 2', () => {
    const table: [number, number, number][] = [
      // members, quorum, failures tolerated
      [1, 1, 0],
      [2, 2, 0],
      [3, 2, 1],
      [4, 3, 1],
      [5, 3, 2],
      [7, 4, 3],
    ];
    for (const [n, quorum, tolerated] of table) {
      const { etcd } = etcdOf(n);
      expect(etcd.quorum()).toBe(quorum);
      for (let i = 0; i < tolerated; i++) etcd.stop(`m${i}`);
      expect(etcd.hasQuorum()).toBe(true);
      etcd.stop(`m${tolerated}`);
      expect(etcd.hasQuorum()).toBe(false);
    }
  });

  it('elects a new leader among the running members within two election timeouts, in a higher term', () => {
    const { clock, etcd } = etcdOf(3);
    const first = etcd.leader()!;
    const term = etcd.currentTerm();
    etcd.stop(first.name);
    expect(etcd.leader()).toBeUndefined();
    clock.set(ELECTION_TIMEOUT_MS - 1);
    expect(etcd.leader()).toBeUndefined();
    clock.set(2 * ELECTION_TIMEOUT_MS);
    const next = etcd.leader()!;
    expect(next.running).toBe(true);
    expect(next.name).not.toBe(first.name);
    expect(etcd.currentTerm()).toBe(term + 1);
  });

  it('is deterministic for a seed', () => {
    const winners = [1, 1, 2, 3, 4, 5, 6, 7].map((seed) => {
      const { clock, etcd } = etcdOf(5, seed);
      etcd.stop(etcd.leader()!.name);
      clock.set(5000);
      return etcd.leader()!.name;
    });
    expect(winners[0]).toBe(winners[1]);
    expect(new Set(winners).size).toBeGreaterThan(1);
  });

  it('without quorum: the leader steps down after one election timeout and nobody is elected; the term stays (pre-vote)', () => {
    const { clock, etcd } = etcdOf(3);
    const leader = etcd.leader()!;
    const followers = etcd.members.filter((m) => m !== leader);
    const term = etcd.currentTerm();
    etcd.stop(followers[0].name);
    etcd.stop(followers[1].name);
    expect(etcd.leader()).toBe(leader);
    expect(etcd.leaderlessFor()).toBe(0);
    clock.set(ELECTION_TIMEOUT_MS);
    expect(etcd.leader()).toBeUndefined();
    clock.set(3 * ELECTION_TIMEOUT_MS);
    // leaderless since the step-down, not since the followers stopped
    expect(etcd.leaderlessFor()).toBe(2 * ELECTION_TIMEOUT_MS);
    clock.set(600_000);
    expect(etcd.leader()).toBeUndefined();
    expect(etcd.currentTerm()).toBe(term);
    etcd.start(followers[0].name);
    clock.set(600_000 + 2 * ELECTION_TIMEOUT_MS);
    expect(etcd.leader()?.running).toBe(true);
    expect(etcd.currentTerm()).toBe(term + 1);
    expect(etcd.leaderlessFor()).toBe(0);
  });

  it('keeps the leader when quorum returns within the election timeout', () => {
    const { clock, etcd } = etcdOf(3);
    const leader = etcd.leader()!;
    const follower = etcd.members.find((m) => m !== leader)!;
    const other = etcd.members.find((m) => m !== leader && m !== follower)!;
    etcd.stop(follower.name);
    etcd.stop(other.name);
    clock.set(ELECTION_TIMEOUT_MS / 2);
    etcd.start(other.name);
    clock.set(10 * ELECTION_TIMEOUT_MS);
    expect(etcd.leader()).toBe(leader);
  });

  it('a stopped member keeps the term and index it had; started again, it catches up', () => {
    const { clock, etcd, write } = etcdOf(3);
    const m = etcd.members[2];
    const before = etcd.committedIndex();
    etcd.stop(m.name);
    write();
    write();
    expect(etcd.status(m)).toMatchObject({ index: before, leader: undefined });
    expect(etcd.status(etcd.members[1]).index).toBe(before + 2);
    etcd.start(m.name);
    clock.set(1);
    expect(etcd.status(m).index).toBe(before + 2);
  });

  it('refuses unknown members and repeated actions', () => {
    const { etcd } = etcdOf(3);
    expect(etcd.stop('nope')).toEqual({
      ok: false,
      message: 'member "nope" not found',
    });
    expect(etcd.start('m1')).toEqual({
      ok: false,
      message: 'member "m1" is already running',
    });
    etcd.stop('m1');
    expect(etcd.stop('m1')).toEqual({
      ok: false,
      message: 'member "m1" is already stopped',
    });
  });

  describe('membership changes', () => {
    const hostOf = (i: number) => ({ name: `m${i - 1}`, ip: `10.0.0.${i}` });

    it('grows from 3 to 5 members: quorum 3, two failures tolerated, each added member a committed entry', () => {
      const { etcd } = etcdOf(3);
      const index = etcd.committedIndex();
      expect(etcd.resize(5, hostOf)).toEqual({ ok: true, message: 'etcd has 5 members (quorum 3): added m3, m4' });
      expect(etcd.members.map((m) => m.name)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
      expect(new Set(etcd.members.map((m) => m.id)).size).toBe(5);
      expect(etcd.committedIndex()).toBe(index + 2);
      etcd.stop('m1');
      etcd.stop('m2');
      expect(etcd.hasQuorum()).toBe(true);
      etcd.stop('m3');
      expect(etcd.hasQuorum()).toBe(false);
    });

    it('shrinks by removing the highest-numbered members; a removed leader leaves an election to the others', () => {
      // m0 stops until a member among m3, m4 wins an election (seeded: the first such seed)
      let seed = 1;
      let setup = etcdOf(5, seed);
      const elect = (e: ReturnType<typeof etcdOf>) => {
        e.etcd.stop('m0');
        e.clock.set(3 * ELECTION_TIMEOUT_MS);
        e.etcd.start('m0');
        return e.etcd.leader()!.name;
      };
      while (!['m3', 'm4'].includes(elect(setup))) setup = etcdOf(5, ++seed);
      const { clock, etcd } = setup;
      expect(etcd.resize(3, hostOf)).toEqual({ ok: true, message: 'etcd has 3 members (quorum 2): removed m3, m4' });
      expect(etcd.quorum()).toBe(2);
      expect(etcd.leader()).toBeUndefined();
      clock.set(6 * ELECTION_TIMEOUT_MS);
      expect(['m0', 'm1', 'm2']).toContain(etcd.leader()!.name);
    });

    it('waits for an election under way: no leader yet to commit a change', () => {
      const { clock, etcd } = etcdOf(3);
      etcd.stop('m0');
      expect(etcd.resize(5, hostOf)).toEqual({ ok: false, message: 'no leader yet to commit a membership change (an election is under way): try again in a second' });
      clock.set(2 * ELECTION_TIMEOUT_MS);
      expect(etcd.resize(5, hostOf).ok).toBe(true);
    });

    it('refuses a change without a quorum to commit it, and a removal that would leave the new membership without a quorum', () => {
      const { clock, etcd } = etcdOf(5);
      etcd.stop('m0');
      etcd.stop('m1');
      clock.set(3 * ELECTION_TIMEOUT_MS);
      // m2, m3, m4 run: removing m3 and m4 leaves 1 of 3 running
      expect(etcd.resize(3, hostOf)).toEqual({ ok: false, message: 'removing m3, m4 would leave 1 of 3 members running, below the quorum of 2: etcdserver: unhealthy cluster' });
      etcd.stop('m2');
      clock.set(4 * ELECTION_TIMEOUT_MS);
      expect(etcd.resize(7, hostOf)).toEqual({ ok: false, message: 'a membership change is a raft entry and needs a quorum: 2 of 5 members run, the quorum is 3' });
      expect(etcd.members).toHaveLength(5);
    });
  });

  describe('the raft round of a write', () => {
    it('names the leader, the entry and term, the followers that append it and the quorum that commits it', () => {
      const { clock, etcd, write } = etcdOf(5);
      write();
      etcd.stop('m2');
      expect(etcd.round()).toEqual({
        leader: 'm0',
        term: etcd.currentTerm(),
        index: etcd.committedIndex(),
        followers: [
          { name: 'm1', appended: true },
          { name: 'm2', appended: false },
          { name: 'm3', appended: true },
          { name: 'm4', appended: true },
        ],
        members: 5,
        quorum: 3,
        committedBy: ['m0', 'm1', 'm3'],
      });
      // without a leader there is no round
      etcd.stop('m0');
      expect(etcd.round()).toBeUndefined();
      clock.set(3 * ELECTION_TIMEOUT_MS);
      expect(etcd.round()?.leader).not.toBe('m0');
    });
  });
});
