/**
 * Leader election of kube-controller-manager and kube-scheduler (client-go tools/leaderelection with a
 * Lease lock in kube-system; --leader-elect-lease-duration 15s, renew deadline 10s, retry period 2s).
 * A single control-plane node has no standby: when the static pod's container stops, its controllers
 * stop; the restarted process, with a new identity, must wait until the lease it observed has gone
 * unrenewed for a whole lease duration before it takes it, and only then do its controllers act again.
 * A leader that cannot renew (no etcd quorum: every write times out) for the renew deadline after
 * its retry period loses the lease: its OnStoppedLeading logs "leaderelection lost" and exits 1, and
 * the kubelet restarts the static pod's container (the cluster's timers stand still without a
 * quorum, so the loss is played out when the quorum is back, before anything else runs).
 */
import { klogLine } from '../klog';
import type { ApiServer } from '../apiserver/apiserver';
import type { UserInfo } from '../apiserver/auth/user';
import { clientAs } from '../apiserver/client';
import type { VirtualClock } from '../clock';
import type { Component } from '../component';
import type { EventRecorder } from '../events';
import type { Rng } from '../random';
import { processOf } from '../activity/actors';
import { ApiError, type KObject, type WatchEvent } from '../types';

const LEASES = 'leases.coordination.k8s.io';
/** LeaseDuration, RetryPeriod and the acquire loop's JitterFactor (wait.JitterUntil) of client-go leaderelection. */
const LEASE_DURATION_S = 15;
/** --leader-elect-renew-deadline: how long the renew loop keeps failing before the leader gives up. */
const RENEW_DEADLINE_MS = 10_000;
const RETRY_PERIOD_MS = 2_000;
const JITTER_FACTOR = 1.2;
/** Timers of the electors themselves run while their process waits (the label's first word names no actor). */
const LABEL = 'leader-election';

export type ElectedProcess = 'kube-controller-manager' | 'kube-scheduler';

/** What the cluster asks before a component syncs or a timer fires: is its process waiting for the lease? */
export interface LeaderGate {
  paused(actor: string): boolean;
  /** Keep a paused process's timer until it leads again. */
  defer(actor: string, run: () => void): void;
  /** A pod's container was stopped by the runtime: the process in it, if elected, stops. */
  containerKilled(namespace: string, pod: string): void;
  /** etcd had no quorum from `from` to `to` (every write timed out): leaders whose renew deadline passed meanwhile lost the lease. */
  quorumRestored(from: number, to: number): void;
}

interface Elector {
  process: ElectedProcess;
  user: UserInfo;
  /** The event source of its LeaderElection events. */
  source: string;
  identity: string;
  leading: boolean;
  running: boolean;
  /** The lease record as this process last saw it, and when (observedRecord, observedTime). */
  observed?: { record: string; at: number };
  /** When this elector last wrote its lease. */
  renewedAt?: number;
  timer?: number;
  deferred: (() => void)[];
  /** The static pod container this process runs in. */
  containerID?: string;
}

/** What a process that lost its lease does on its way out: the line OnStoppedLeading logs, then exit code 1. */
export type LeaseLost = (process: ElectedProcess, logLine: string) => void;

/**
 * OnStoppedLeading's message in each component (cmd/kube-controller-manager and cmd/kube-scheduler app).
 * Scheduler: 132 lines after "Starting Kubernetes Scheduler" in upstream server.go (v1.33+ layout); real v1.34 logs put that line at server.go:175.
 * Controller manager: 368 is from a real 2026 log (etcd 3.6.5), not counted in v1.34 source.
 */
const LOST_LOG: Record<ElectedProcess, { at: string; msg: string }> = {
  'kube-controller-manager': { at: 'controllermanager.go:368', msg: '"leaderelection lost"' },
  'kube-scheduler': { at: 'server.go:307', msg: '"Leaderelection lost"' },
};

/** Lease times are MicroTime: RFC 3339 with microseconds. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000Z');
}

export class LeaderElection implements Component, LeaderGate {
  readonly name = 'leader-election';
  readonly watches = ['pods'];
  private readonly electors = new Map<ElectedProcess, Elector>();
  private pausedCount = 0;

  constructor(
    private readonly cluster: { api: ApiServer; clock: VirtualClock; rng: Rng; events: EventRecorder },
    private readonly hostname: string,
    private readonly rng: Rng,
    private readonly lost?: LeaseLost,
  ) {}

  /** A process that holds its lease from the start (the cluster as kubeadm left it). */
  add(process: ElectedProcess, user: UserInfo, source: string): string {
    const now = this.cluster.clock.now();
    const e: Elector = { process, user, source, identity: this.newIdentity(), leading: true, running: true, deferred: [], renewedAt: now };
    this.electors.set(process, e);
    clientAs(this.cluster.api, user).create(this.lease(e, { acquireTime: microTime(now), leaseTransitions: 0 }));
    this.arm(e, RETRY_PERIOD_MS);
    return e.identity;
  }

  paused(actor: string): boolean {
    if (!this.pausedCount || !actor) return false;
    const e = this.electors.get(processOf(actor) as ElectedProcess);
    return !!e && !e.leading;
  }

  defer(actor: string, run: () => void): void {
    this.electors.get(processOf(actor) as ElectedProcess)!.deferred.push(run);
  }

  containerKilled(namespace: string, pod: string): void {
    const e = this.staticPodElector(namespace, pod);
    if (e) this.exited(e);
  }

  quorumRestored(from: number, to: number): void {
    for (const e of this.electors.values()) {
      if (!e.leading || e.renewedAt === undefined) continue;
      // renew(): the loop after the last renewal began a retry period later and gave up at its deadline
      const gaveUp = Math.max(e.renewedAt, from - RETRY_PERIOD_MS) + RETRY_PERIOD_MS + RENEW_DEADLINE_MS;
      if (gaveUp > to) continue;
      this.exited(e);
      this.lost?.(e.process, `${klogLine('E', gaveUp, LOST_LOG[e.process].at, LOST_LOG[e.process].msg)}\n`);
    }
  }

  private staticPodElector(namespace: string | undefined, pod: string | undefined): Elector | undefined {
    if (namespace !== 'kube-system') return undefined;
    for (const e of this.electors.values()) if (pod === `${e.process}-${this.hostname}`) return e;
    return undefined;
  }

  private exited(e: Elector): void {
    if (!e.running) return;
    e.running = false;
    this.setLeading(e, false);
    if (e.timer !== undefined) this.cluster.clock.cancel(e.timer);
    e.timer = undefined;
  }

  /** A new container of the static pod is a new process: a new identity that has seen no lease yet. */
  observe(ev: WatchEvent): void {
    const p = ev.object;
    const e = ev.type === 'DELETED' ? undefined : this.staticPodElector(p.metadata.namespace, p.metadata.name);
    const status = p.status?.containerStatuses?.[0];
    if (!e || !status?.state?.running || !status.containerID) return;
    if (e.containerID === undefined) e.containerID = status.containerID;
    if (status.containerID === e.containerID) return;
    e.containerID = status.containerID;
    this.exited(e);
    e.running = true;
    e.identity = this.newIdentity();
    e.observed = undefined;
    // the acquire loop tries at once, then every retry period with jitter
    this.arm(e, 0);
  }

  sync(): boolean {
    return false;
  }

  private newIdentity(): string {
    return `${this.hostname}_${this.rng.uuid()}`;
  }

  private lease(e: Elector, extra: Record<string, unknown>): KObject {
    const now = microTime(this.cluster.clock.now());
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: e.process, namespace: 'kube-system' },
      spec: { holderIdentity: e.identity, leaseDurationSeconds: LEASE_DURATION_S, acquireTime: now, renewTime: now, ...extra },
    };
  }

  private arm(e: Elector, ms: number): void {
    e.timer = this.electorTimer(ms, () => this.attempt(e), e.process);
  }

  /** A timer of the electors themselves: set by no component, so no waiting process holds it back. */
  private electorTimer(ms: number, fn: () => void, what: string): number {
    const clock = this.cluster.clock;
    const outer = clock.actor;
    clock.actor = '';
    try {
      return clock.after(ms, fn, `${LABEL} ${what}`);
    } finally {
      clock.actor = outer;
    }
  }

  /** tryAcquireOrRenew, then the next attempt: renewals every retry period, acquisitions jittered. */
  private attempt(e: Elector): void {
    e.timer = undefined;
    if (!e.running) return;
    const now = this.cluster.clock.now();
    const client = clientAs(this.cluster.api, e.user);
    let next = RETRY_PERIOD_MS;
    try {
      next = this.tryAcquireOrRenew(e, client, now);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      // a refused write (its role revoked): past the renew deadline the leader stands down, as the process does on a lost lease
      if (e.leading && now - (e.renewedAt ?? now) >= RENEW_DEADLINE_MS) this.setLeading(e, false);
    }
    this.arm(e, next);
  }

  /** One attempt; returns the wait before the next (jittered while another holds a valid lease). */
  private tryAcquireOrRenew(e: Elector, client: ApiServer, now: number): number {
    const cur = client.tryGet(LEASES, 'kube-system', e.process);
    if (!cur) {
      client.create(this.lease(e, { leaseTransitions: 0 }));
      e.renewedAt = now;
      this.setLeading(e, true);
    } else {
      const record = JSON.stringify(cur.spec ?? {});
      if (e.observed?.record !== record) e.observed = { record, at: now };
      const holder: string | undefined = cur.spec?.holderIdentity;
      const valid = e.observed.at + (cur.spec?.leaseDurationSeconds ?? LEASE_DURATION_S) * 1000 > now;
      if (holder && holder !== e.identity && valid) return Math.floor(RETRY_PERIOD_MS * (1 + this.rng.next() * JITTER_FACTOR));
      const mine = holder === e.identity;
      const spec = mine
        ? { ...cur.spec, renewTime: microTime(now) }
        : { ...this.lease(e, {}).spec, leaseTransitions: (cur.spec?.leaseTransitions ?? 0) + 1 };
      const upd = client.update({ ...cur, spec });
      e.observed = { record: JSON.stringify(upd.spec), at: now };
      e.renewedAt = now;
      // a leader that stood down leads again once its lease is its own
      this.setLeading(e, true);
    }
    return RETRY_PERIOD_MS;
  }

  private setLeading(e: Elector, leading: boolean): void {
    if (e.leading === leading) return;
    e.leading = leading;
    this.pausedCount += leading ? -1 : 1;
    if (!leading) return;
    const lease = this.cluster.api.get(LEASES, 'kube-system', e.process);
    this.cluster.events.as(clientAs(this.cluster.api, e.user)).record(lease, 'Normal', 'LeaderElection', `${e.identity} became leader`, { component: e.source });
    // what waited runs now, as a freshly started controller manager resyncs everything it watches
    for (const run of e.deferred.splice(0)) this.electorTimer(0, run, 'resume');
  }
}
