/**
 * The etcd cluster behind the API server, as raft runs it: members, one leader, a term, and a
 * quorum of floor(n/2)+1 running members without which nothing can be committed.
 *
 * Time-driven without timers: what raft would have done by now (a leader stepping down, an
 * election won) is worked out when someone looks, from the virtual clock and seeded draws made
 * when a member stopped or started. etcd's defaults as kubeadm runs it: `--election-timeout=1000`
 * (each member waits a random 1–2 election timeouts before campaigning), `--pre-vote=true` (a
 * member that cannot win does not raise the term) and CheckQuorum (a leader that cannot reach a
 * quorum steps down after one election timeout).
 */
import type { VirtualClock } from '../clock';
import type { RaftRound } from '../activity/types';
import type { Rng } from '../random';

export const ELECTION_TIMEOUT_MS = 1000;

export interface EtcdMember {
  /** etcd's member ID, as `etcdctl` prints it (`%x` of a uint64). */
  readonly id: string;
  readonly name: string;
  readonly ip: string;
  running: boolean;
  /** The raft term and committed index it had when it stopped (it catches up when it starts). */
  stoppedTerm: number;
  stoppedIndex: number;
}

export type EtcdResult = { ok: true; message: string } | { ok: false; message: string };

/** A member's view of the cluster, as `etcdctl endpoint status` reports it. */
export interface MemberStatus {
  member: EtcdMember;
  leader: EtcdMember | undefined;
  term: number;
  index: number;
}

function memberId(rng: Rng): string {
  // a uint64 printed with %x: no leading zeros
  return rng.hex(16).replace(/^0+(?=.)/, '');
}

export class EtcdCluster {
  readonly members: EtcdMember[];
  private leaderId: string | undefined;
  /** Since when no member has been leader (undefined while one is). */
  private leaderlessSince: number | undefined;
  private term = 2;
  /** Each term and the raft index it began at (a snapshot file is named after the term of its index). */
  private readonly terms: { term: number; from: number }[] = [{ term: 2, from: 0 }];
  /** When a candidate wins (it campaigns once its randomized timeout passes with a quorum up). */
  private election: { at: number; candidate: string } | undefined;
  /** When a leader that lost its quorum steps down. */
  private stepDownAt: number | undefined;
  /** Raft entries committed besides the API server's writes (elections, membership, leases). */
  private extraEntries = 0;
  /** Draws for what clients measure (etcdctl's `took`), apart from the election draws. */
  readonly clientTiming: Rng;
  /** Draws for the IDs of members added later, apart from the election draws. */
  private readonly membership: Rng;

  constructor(
    private readonly clock: VirtualClock,
    private readonly rng: Rng,
    hosts: { name: string; ip: string }[],
    /** The store's revision: each API write is one raft entry. */
    private readonly revision: () => number,
  ) {
    this.members = hosts.map((h) => ({
      id: memberId(rng),
      name: h.name,
      ip: h.ip,
      running: true,
      stoppedTerm: 0,
      stoppedIndex: 0,
    }));
    this.leaderId = this.members[0]?.id;
    this.clientTiming = rng.fork('client');
    this.membership = rng.fork('membership');
  }

  quorum(): number {
    return Math.floor(this.members.length / 2) + 1;
  }

  running(): EtcdMember[] {
    return this.members.filter((m) => m.running);
  }

  /** A proposal can be committed: a majority of the members is up. */
  hasQuorum(): boolean {
    return this.running().length >= this.quorum();
  }

  find(name: string): EtcdMember | undefined {
    return this.members.find((m) => m.name === name);
  }

  leader(): EtcdMember | undefined {
    this.settle();
    return this.members.find((m) => m.id === this.leaderId);
  }

  currentTerm(): number {
    this.settle();
    return this.term;
  }

  /** The term of the entry at a raft index. */
  termAt(index: number): number {
    let term = this.terms[0].term;
    for (const t of this.terms) if (t.from <= index) term = t.term;
    return term;
  }

  committedIndex(): number {
    return this.revision() + this.extraEntries;
  }

  status(m: EtcdMember): MemberStatus {
    const leader = this.leader();
    if (!m.running)
      return {
        member: m,
        leader: undefined,
        term: m.stoppedTerm,
        index: m.stoppedIndex,
      };
    // a member cut off from a quorum knows no leader, and nothing new was committed
    return { member: m, leader, term: this.term, index: this.committedIndex() };
  }

  /**
   * The round that commits the entry just appended (the last committed index): the leader sends it to
   * every follower, the running ones append it, and the leader with the first followers to make a
   * quorum commit it. Undefined while no member leads.
   */
  round(): RaftRound | undefined {
    const leader = this.leader();
    if (!leader) return undefined;
    let r = this.lastRound;
    if (!r || r.term !== this.term || r.leader !== leader || !sameMembers(r, this.members)) {
      const followers = this.members.filter((m) => m !== leader).map((m) => ({ name: m.name, appended: m.running }));
      const quorum = this.quorum();
      const committedBy = [leader.name, ...followers.filter((f) => f.appended).map((f) => f.name)].slice(0, quorum);
      r = { term: this.term, leader, members: [...this.members], running: this.members.map((m) => m.running), followers, quorum, committedBy };
      this.lastRound = r;
    }
    // every write between membership changes shares the same followers and quorum (readers never change them)
    return { leader: leader.name, term: this.term, index: this.committedIndex(), followers: r.followers, members: r.members.length, quorum: r.quorum, committedBy: r.committedBy };
  }

  /** The last round's membership, reused while the term, leader, members and who runs stay the same. */
  private lastRound?: RoundMembership;

  stop(name: string): EtcdResult {
    const m = this.find(name);
    if (!m) return { ok: false, message: `member "${name}" not found` };
    if (!m.running) return { ok: false, message: `member "${name}" is already stopped` };
    this.settle();
    m.running = false;
    m.stoppedTerm = this.term;
    m.stoppedIndex = this.committedIndex();
    if (this.election?.candidate === m.id) this.election = undefined;
    if (this.leaderId === m.id || (!this.leaderId && !this.election)) {
      this.loseLeader(this.clock.now());
      this.stepDownAt = undefined;
      this.campaign();
    } else if (this.leaderId && !this.hasQuorum() && this.stepDownAt === undefined) {
      this.stepDownAt = this.clock.now() + ELECTION_TIMEOUT_MS;
    }
    if (!this.hasQuorum()) this.election = undefined;
    return { ok: true, message: `etcd member "${name}" stopped` };
  }

  start(name: string): EtcdResult {
    const m = this.find(name);
    if (!m) return { ok: false, message: `member "${name}" not found` };
    if (m.running) return { ok: false, message: `member "${name}" is already running` };
    this.settle();
    m.running = true;
    if (this.hasQuorum()) {
      this.stepDownAt = undefined;
      if (!this.leaderId) this.campaign();
    }
    return { ok: true, message: `etcd member "${name}" started` };
  }

  /**
   * Grow or shrink the cluster to `n` members, one membership change at a time, as `etcdctl member
   * add` (with the new member started at once) and `member remove` of the highest-numbered members
   * do. Each change is a raft entry, so it needs a leader; as etcd's strict reconfiguration check
   * does, a removal that would leave fewer running members than the new quorum is refused.
   */
  resize(n: number, hostOf: (index: number) => { name: string; ip: string }): EtcdResult {
    this.settle();
    if (n === this.members.length) return { ok: true, message: `etcd has ${n} members already (quorum ${this.quorum()})` };
    if (!this.hasQuorum()) return { ok: false, message: `a membership change is a raft entry and needs a quorum: ${this.running().length} of ${this.members.length} members run, the quorum is ${this.quorum()}` };
    if (!this.leaderId) return { ok: false, message: 'no leader yet to commit a membership change (an election is under way): try again in a second' };
    const removing = this.members.slice(n);
    const running = this.members.slice(0, n).filter((m) => m.running).length;
    if (removing.length && running < Math.floor(n / 2) + 1) return { ok: false, message: `removing ${removing.map((m) => m.name).join(', ')} would leave ${running} of ${n} members running, below the quorum of ${Math.floor(n / 2) + 1}: etcdserver: unhealthy cluster` };
    const added: string[] = [];
    for (let i = this.members.length; i < n; i++) {
      const h = hostOf(i + 1);
      this.members.push({ id: memberId(this.membership), name: h.name, ip: h.ip, running: true, stoppedTerm: 0, stoppedIndex: 0 });
      added.push(h.name);
      this.extraEntries++;
    }
    for (const m of removing) {
      this.members.splice(this.members.indexOf(m), 1);
      this.extraEntries++;
      if (this.election?.candidate === m.id) this.election = undefined;
      // a removed leader steps down once the change is committed; the others elect a new one
      if (this.leaderId === m.id) {
        this.loseLeader(this.clock.now());
        this.stepDownAt = undefined;
        this.campaign();
      }
    }
    const change = removing.length ? `removed ${removing.map((m) => m.name).join(', ')}` : `added ${added.join(', ')}`;
    return { ok: true, message: `etcd has ${n} members (quorum ${this.quorum()}): ${change}` };
  }

  /** The followers' election timers start: the first to expire campaigns, and wins if a quorum is up (pre-vote). */
  private campaign(): void {
    if (!this.hasQuorum() || this.election) return;
    let best: { at: number; candidate: string } | undefined;
    for (const m of this.running()) {
      const at = this.clock.now() + ELECTION_TIMEOUT_MS + this.rng.int(ELECTION_TIMEOUT_MS);
      if (!best || at < best.at) best = { at, candidate: m.id };
    }
    this.election = best;
  }

  /** How long the members have been without a leader (0 while there is one). */
  leaderlessFor(): number {
    this.settle();
    return this.leaderlessSince === undefined ? 0 : this.clock.now() - this.leaderlessSince;
  }

  private loseLeader(at: number): void {
    if (this.leaderId !== undefined || this.leaderlessSince === undefined) this.leaderlessSince = at;
    this.leaderId = undefined;
  }

  /** Apply what raft has done by now. */
  private settle(): void {
    const now = this.clock.now();
    if (this.stepDownAt !== undefined && now >= this.stepDownAt) {
      this.loseLeader(this.stepDownAt);
      this.stepDownAt = undefined;
    }
    if (this.election && now >= this.election.at && this.hasQuorum()) {
      this.leaderId = this.election.candidate;
      this.leaderlessSince = undefined;
      this.term++;
      this.extraEntries++;
      this.terms.push({ term: this.term, from: this.committedIndex() });
      this.election = undefined;
    }
  }
}

/** What a raft round reads besides its index, with the state it was worked out from. */
interface RoundMembership {
  term: number;
  leader: EtcdMember;
  members: EtcdMember[];
  running: boolean[];
  followers: RaftRound['followers'];
  quorum: number;
  committedBy: string[];
}

function sameMembers(r: RoundMembership, members: readonly EtcdMember[]): boolean {
  if (r.members.length !== members.length) return false;
  for (let i = 0; i < members.length; i++) if (r.members[i] !== members[i] || r.running[i] !== members[i].running) return false;
  return true;
}
