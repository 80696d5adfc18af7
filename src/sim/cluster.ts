import { ActivityLog } from './activity/log';
import { timerActor } from './activity/actors';
import { ApiServer } from './apiserver/apiserver';
import { componentActor } from './apiserver/auth/components';
import type { UserInfo } from './apiserver/auth/user';
import { EtcdHealthChecks } from './apiserver/etcd-checks';
import { VirtualClock, SIM_EPOCH_MS, type Timer } from './clock';
import type { Component } from './component';
import { defaultConfig, type ClusterConfig } from './config';
import type { ClusterAssembly, ClusterServices, SimContext } from './context';
import { EtcdCluster } from './etcd/etcd-cluster';
import { etcdHosts } from './etcd/hosts';
import { EventRecorder } from './events';
import { InformerAccess } from './informer-access';
import { InternalError } from './internal-error';
import { Rng } from './random';
import type { WatchEvent } from './types';
import { installComponents } from './wiring';

/** Guard against controllers that never settle: a bug, never a legitimate state. */
const MAX_SYNC_ROUNDS = 100_000;

/**
 * The simulated cluster: one API server, the controllers, scheduler, kubelets and network,
 * driven by watch events and a virtual clock. Deterministic for a given seed.
 */
export class Cluster implements ClusterAssembly {
  readonly clock: VirtualClock;
  readonly rng: Rng;
  readonly api: ApiServer;
  readonly events: EventRecorder;
  readonly config: ClusterConfig;
  readonly activity: ActivityLog;
  /** The etcd members behind the API server: without a quorum nothing can be written. */
  readonly etcd: EtcdCluster;
  /** The API server's etcd health checks, with the rate limit each keeps between requests. */
  readonly etcdHealth: EtcdHealthChecks;
  readonly ctx: SimContext;
  private components: Component[] = [];
  /**
   * Per component (by position): whether to sync it in the next round, i.e. it was given a watch event since
   * its last sync or its last sync worked. A sync with nothing new to do does nothing, so the others are skipped.
   * Flags, not a set: every timer wakes every component, and a set hashes each one in and out again.
   */
  private awake: boolean[] = [];
  /** Per resource key: the positions of the components that watch it, in component order (worked out on first use). */
  private observers = new Map<string, number[]>();
  /** Per component (by position): the informer policy generation its `informersSynced` answer holds for, and the answer. */
  private syncedGeneration: number[] = [];
  private syncedOk: boolean[] = [];
  /** The identity each component's informers read as. */
  private readonly readers = new Map<Component, UserInfo>();
  private readonly informers: InformerAccess;
  private queue: WatchEvent[] = [];
  private draining = false;
  /** What the layers offer each other (the network's state, the node agents, storage); see ClusterServices. */
  readonly services: ClusterServices;
  /** Called whenever the cluster has settled at a virtual instant (tests check invariants here). */
  onSettled?: () => void;

  constructor(overrides: Partial<ClusterConfig> = {}) {
    this.config = defaultConfig(overrides);
    this.clock = new VirtualClock((this.config.epochMs ?? SIM_EPOCH_MS) - this.config.ageMs);
    this.rng = new Rng(this.config.seed);
    this.api = new ApiServer(this.clock, this.rng.fork('apiserver'));
    this.events = new EventRecorder(this.api);
    // a component's write outside its syncs and timers (at install, at the prompt's `node start`) is still its own
    this.activity = new ActivityLog(() => this.clock.now(), () => this.clock.actor || componentActor(this.api.requester));
    this.api.activity = this.activity;
    this.etcd = new EtcdCluster(this.clock, this.rng.fork('etcd'), etcdHosts(this.config), () => Number(this.api.store.currentResourceVersion()));
    this.activity.raft = () => this.etcd.round();
    this.etcdHealth = new EtcdHealthChecks(() => this.clock.now(), this.etcd);
    this.informers = new InformerAccess(this.api);
    this.services = { advance: (ms) => this.advance(ms), etcdHealth: this.etcdHealth, etcd: this.etcd, informers: this.informers };
    this.ctx = { api: this.api, clock: this.clock, rng: this.rng, events: this.events, config: this.config, activity: this.activity, services: this.services };
    this.api.store.onChange((ev) => {
      this.informers.changed(ev.resource);
      this.queue.push(ev);
      this.activity.watch(ev);
    });
    installComponents(this);
    this.events.startExpiry();
    this.runUntilIdle();
    // let the bootstrap settle, then jump to "now" (the learner arrives at a running cluster)
    this.advance(120_000);
    this.jumpTo(this.config.epochMs ?? SIM_EPOCH_MS);
  }

  addComponent(c: Component, reader?: UserInfo): void {
    this.components.push(c);
    this.awake.push(true);
    this.syncedGeneration.push(-1);
    this.syncedOk.push(false);
    if (reader) this.readers.set(c, reader);
    this.observers.clear();
  }

  /** Take out the components of these names (controller tests swap the node agents for a fake). */
  removeComponents(names: ReadonlySet<string>): void {
    const kept = this.components.map((c, i) => (names.has(c.name) ? -1 : i)).filter((i) => i >= 0);
    this.components = kept.map((i) => this.components[i]);
    this.awake = kept.map((i) => this.awake[i]);
    this.syncedGeneration = kept.map(() => -1);
    this.syncedOk = kept.map(() => false);
    this.observers.clear();
  }

  now(): number {
    return this.clock.now();
  }

  /** Deliver queued watch events and let components work until nothing changes (no time passes). */
  runUntilIdle(): void {
    if (this.draining || this.held()) return;
    this.draining = true;
    // a timer or a direct call may have changed any component's own state: each looks once
    this.awake.fill(true);
    try {
      for (let round = 0; round < MAX_SYNC_ROUNDS; round++) {
        this.deliver();
        let worked = false;
        const outer = this.clock.actor;
        const components = this.components;
        for (let i = 0; i < components.length; i++) {
          if (!this.awake[i]) continue;
          const c = components[i];
          // a controller manager or scheduler that does not hold its lease does nothing (and stays awake)
          if (this.services.leaders?.paused(c.name)) continue;
          this.clock.actor = c.name;
          try {
            // one whose informers may not list and watch what it watches sees no change: it waits
            if (!this.informersSynced(i)) continue;
            this.awake[i] = false;
            if (c.sync()) {
              worked = true;
              this.awake[i] = true;
            }
          } finally {
            this.clock.actor = outer;
          }
          // deliver what this component wrote before the next one looks
          this.deliver();
        }
        if (!worked && this.queue.length === 0) {
          this.onSettled?.();
          return;
        }
      }
      throw new InternalError('cluster did not settle');
    } finally {
      this.draining = false;
    }
  }

  /** The answer holds until RBAC policy changes (the informers' generation moves). */
  private informersSynced(i: number): boolean {
    const generation = this.informers.policyGeneration();
    if (this.syncedGeneration[i] === generation) return this.syncedOk[i];
    const c = this.components[i];
    const reader = this.readers.get(c);
    const ok = !reader || !c.watches || this.informers.synced(reader, c.watches);
    this.syncedGeneration[i] = generation;
    this.syncedOk[i] = ok;
    return ok;
  }

  /** Hand the queued watch events, in order, to the components watching their resources. */
  private deliver(): void {
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      for (const ev of batch) {
        for (const i of this.observersOf(ev.resource)) {
          this.components[i].observe(ev);
          this.awake[i] = true;
        }
      }
    }
  }

  private observersOf(resource: string): number[] {
    let list = this.observers.get(resource);
    if (!list) {
      list = this.components.flatMap((c, i) => (!c.watches || c.watches.includes(resource) ? [i] : []));
      this.observers.set(resource, list);
    }
    return list;
  }

  /** Let `ms` of virtual time pass, running every timer in order. */
  advance(ms: number): void {
    this.runUntil(this.clock.now() + ms);
  }

  /** Advance until `pred` holds or `timeoutMs` passes; returns whether it held. */
  advanceUntil(pred: () => boolean, timeoutMs: number, stepMs = 1000): boolean {
    const end = this.clock.now() + timeoutMs;
    this.runUntilIdle();
    while (!pred()) {
      if (this.clock.now() >= end) return false;
      const next = Math.min(end, this.clock.now() + stepMs);
      this.runUntil(next);
    }
    return true;
  }

  /**
   * Without an etcd quorum the control plane stands still: every component's write would time out,
   * so controllers, the scheduler and the kubelets' status updates wait (their timers stay due) and
   * resume, as their retries would, once a quorum is back. What a kubelet does on its node alone
   * (probes, processes, restarts) goes on: see runsWithoutQuorum.
   */
  private held(): boolean {
    return !this.etcd.hasQuorum();
  }

  /** When the current stand-still without a quorum began. */
  private heldFrom?: number;

  /** Note when a stand-still begins; when it ends, the leaders learn how long their writes failed. */
  private noteHold(): void {
    if (this.held()) {
      this.heldFrom ??= this.clock.now();
      return;
    }
    if (this.heldFrom === undefined) return;
    const from = this.heldFrom;
    this.heldFrom = undefined;
    this.services.leaders?.quorumRestored(from, this.clock.now());
    this.runUntilIdle();
  }

  private runUntil(target: number): void {
    this.runUntilIdle();
    this.noteHold();
    const waiting: Timer[] = [];
    for (;;) {
      const t = this.clock.popDue(target);
      if (!t) break;
      if (this.held() && !runsWithoutQuorum(t)) {
        waiting.push(t);
        continue;
      }
      const actor = t.actor || timerActor(t.label);
      const run = () => {
        const outer = this.clock.actor;
        this.clock.actor = actor;
        try {
          t.fn();
        } finally {
          this.clock.actor = outer;
        }
      };
      if (this.services.leaders?.paused(actor)) this.services.leaders.defer(actor, run);
      else run();
      this.runUntilIdle();
    }
    for (const t of waiting) this.clock.requeue(t);
    this.clock.set(Math.max(target, this.clock.now()));
    this.runUntilIdle();
  }

  /** Jump the clock forward; timers that fall due run at the target time. */
  private jumpTo(ms: number): void {
    if (ms <= this.clock.now()) return;
    this.clock.set(ms);
    this.runUntil(ms);
  }
}

/** The kubelet's own timers on its node (pod workers, probes, processes, kills) need no API write to run; its heartbeats and evictions do. */
const NODE_LOCAL_LABELS = new Set(['kubelet', 'process', 'sigkill']);

function runsWithoutQuorum(t: Timer): boolean {
  return NODE_LOCAL_LABELS.has(t.label) || (t.label === '' && t.actor === 'kubelet');
}
