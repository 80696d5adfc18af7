import type { KObject, WatchEvent } from '../types';
import { fieldChanges } from './changes';
import { packScoreLists, packScores, scoreAt, type PackedScores } from './packed-scores';
import { findByGvk, resourceKey } from '../apiserver/resources';
import type { ActivityStep, EventStep, ObjectRef, RaftRound, RequestStep, ScheduleStep, WriteStep } from './types';

/** The learner's own requests are made by kubectl; components name themselves. */
const CLIENT_ACTOR = 'kubectl';

/** Who the prompt's requests come from when they name no user (kubeadm's admin.conf). */
const DEFAULT_USER = 'kubernetes-admin';

/** How many raw records the log keeps: a long session keeps a bounded tail. */
export const ACTIVITY_CAPACITY = 4000;

type Raw =
  | { seq: number; at: number; kind: 'watch'; actor: string; ev: WatchEvent; raft?: RaftRound }
  | { seq: number; at: number; kind: 'schedule'; actor: string; rec: PackedSchedule }
  | { seq: number; at: number; kind: 'step'; step: ActivityStep };

/**
 * A scheduling attempt as the scheduler hands it over, made into a ScheduleStep when read: the nodes
 * looked at are `count` names of `order` from `start` on, wrapping around (the scheduler never changes an
 * order array it handed over); per node looked at, its filter reasons (absent: every node passed) and its
 * score where it was scored. A pod looked at hundreds of nodes costs no array of names and no object per node.
 */
export interface ScheduleRecord {
  object: ObjectRef;
  order: readonly string[];
  start: number;
  count: number;
  reasons?: string[][];
  scores?: (number | undefined)[];
  /** Each score plugin that scored: its weight and its normalized score per node looked at. */
  plugins?: { name: string; weight: number; scores: (number | undefined)[] }[];
  chosen?: string;
  /** The node preemption nominated and the victims it deleted there (`namespace/name`). */
  preempted?: { node: string; victims: string[] };
}

/** A ScheduleRecord as the log keeps it: its scores packed (packed-scores.ts). */
interface PackedSchedule extends Omit<ScheduleRecord, 'scores' | 'plugins'> {
  scores?: PackedScores;
  plugins?: { name: string; weight: number; scores: PackedScores }[];
}

/** The reasons of a node that passed every filter (shared: readers only read them). */
const NO_REASONS: string[] = [];

/**
 * The control plane's own log: every write the store made (with who made it), every client
 * request's way through the API server, every scheduling decision. Writes are kept as the store's
 * watch events and described only when someone reads them, so recording costs a push per write.
 */
export class ActivityLog {
  private ring: Raw[] = [];
  private next = 0;

  constructor(
    private readonly now: () => number,
    private readonly actor: () => string,
  ) {}

  /** The learner's latest command and where its records start (the replay shows what followed it). */
  command?: { text: string; mark: number; at: number };

  /** Position of the next record: `since(mark())` later reads what happened from now on. */
  mark(): number {
    return this.next;
  }

  /** A command begins: what follows belongs to it until the next one. */
  beginCommand(text: string): void {
    this.command = { text, mark: this.next, at: this.now() };
  }

  /** Run `fn` without its commands becoming the learner's latest (checks, watches, the inspector's queries). */
  aside<T>(fn: () => T): T {
    const c = this.command;
    try {
      return fn();
    } finally {
      this.command = c;
    }
  }

  /** Set where etcd lives: how raft commits the entry just written (taken when the write happens). */
  raft?: () => RaftRound | undefined;

  watch(ev: WatchEvent): void {
    const raft = ev.resource === 'events' ? undefined : this.raft?.();
    // one record per write, raft left undefined rather than spread in: describe() reads it only when set
    this.push({ seq: this.next, at: this.now(), kind: 'watch', actor: this.actor() || CLIENT_ACTOR, ev, raft });
  }

  /** Set where authorization lives: which rule let a user's request through ('' when none did). */
  authorizer?: (user: string, verb: string, ref: ObjectRef) => string;

  /** A client request, returned to be completed: its admission plugins and outcome are filled in as it runs. */
  request(verb: string, object: ObjectRef, user: string | undefined, dryRun: boolean): RequestStep {
    const who = user ?? DEFAULT_USER;
    const step: RequestStep = {
      kind: 'request',
      seq: this.next,
      at: this.now(),
      actor: CLIENT_ACTOR,
      verb,
      object,
      user: who,
      authorizedBy: this.authorizer?.(who, verb, object) ?? '',
      admission: [],
      dryRun,
      outcome: { resourceVersion: '' },
    };
    this.push({ seq: step.seq, at: step.at, kind: 'step', step });
    return step;
  }

  schedule(rec: ScheduleRecord): void {
    const { scores, plugins, ...rest } = rec;
    const packed: PackedSchedule = { ...rest };
    if (scores && plugins) {
      const [total, ...each] = packScoreLists([scores, ...plugins.map((p) => p.scores)]);
      packed.scores = total;
      packed.plugins = plugins.map((p, i) => ({ name: p.name, weight: p.weight, scores: each[i] }));
    } else {
      if (scores) packed.scores = packScores(scores);
      if (plugins) packed.plugins = plugins.map((p) => ({ name: p.name, weight: p.weight, scores: packScores(p.scores) }));
    }
    this.push({ seq: this.next, at: this.now(), kind: 'schedule', actor: this.actor() || CLIENT_ACTOR, rec: packed });
  }

  /** The steps recorded since `mark` (as far back as the log still reaches), at most `limit`, oldest first. */
  since(mark: number, limit = 300): ActivityStep[] {
    const from = Math.max(mark, this.next - this.ring.length);
    const out: ActivityStep[] = [];
    for (let seq = from; seq < this.next && out.length < limit; seq++) {
      const step = describe(this.ring[seq % ACTIVITY_CAPACITY]);
      if (step) out.push(step);
    }
    return out;
  }

  private push(r: Raw): void {
    if (this.ring.length < ACTIVITY_CAPACITY) this.ring.push(r);
    else this.ring[r.seq % ACTIVITY_CAPACITY] = r;
    this.next++;
  }
}

export function refOf(resource: string, o: KObject): ObjectRef {
  return o.metadata.namespace ? { resource, namespace: o.metadata.namespace, name: o.metadata.name ?? '' } : { resource, name: o.metadata.name ?? '' };
}

function describe(r: Raw): ActivityStep | undefined {
  if (r.kind === 'step') return r.step;
  if (r.kind === 'schedule') return scheduleStep(r.seq, r.at, r.actor, r.rec);
  const { ev } = r;
  if (ev.resource === 'events') return eventStep(r.seq, r.at, ev);
  const changes = ev.type === 'MODIFIED' && ev.old ? fieldChanges(ev.resource, ev.old, ev.object) : [];
  // a write that changed nothing worth telling (a heartbeat, a resync) is not a step
  if (ev.type === 'MODIFIED' && changes.length === 0) return undefined;
  const step: WriteStep = {
    kind: 'write',
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    type: ev.type as WriteStep['type'],
    object: refOf(ev.resource, ev.object),
    resourceVersion: ev.object.metadata.resourceVersion ?? '',
    changes,
    ...(r.raft ? { raft: r.raft } : {}),
  };
  const node = r.actor === 'kubelet' ? (ev.resource === 'nodes' ? ev.object.metadata.name : ev.object.spec?.nodeName) : undefined;
  return node ? { ...step, node } : step;
}

function scheduleStep(seq: number, at: number, actor: string, rec: PackedSchedule): ScheduleStep {
  const { order, start, count, reasons, scores, plugins } = rec;
  const nodes: ScheduleStep['nodes'] = new Array(count);
  for (let i = 0; i < count; i++) {
    const name = order[(start + i) % order.length];
    const why = reasons?.[i] ?? NO_REASONS;
    const score = scores && scoreAt(scores, i);
    nodes[i] = score === undefined ? { name, reasons: why } : { name, reasons: why, score, ...(plugins ? { plugins: plugins.map((p) => ({ name: p.name, weight: p.weight, score: scoreAt(p.scores, i) ?? 0 })) } : {}) };
  }
  return { kind: 'schedule', object: rec.object, nodes, ...(rec.chosen === undefined ? {} : { chosen: rec.chosen }), ...(rec.preempted ? { preempted: rec.preempted } : {}), seq, at, actor };
}

function eventStep(seq: number, at: number, ev: WatchEvent): EventStep | undefined {
  if (ev.type === 'DELETED') return undefined;
  const e = ev.object;
  const io = e.involvedObject ?? {};
  const step: EventStep = {
    kind: 'event',
    seq,
    at,
    actor: e.source?.component ?? e.reportingComponent ?? '',
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    message: e.message ?? '',
    object: { resource: resourceOfKind(io.apiVersion, io.kind), ...(io.namespace ? { namespace: io.namespace } : {}), name: String(io.name ?? '') },
  };
  return e.source?.host ? { ...step, node: e.source.host } : step;
}

function resourceOfKind(apiVersion: unknown, kind: unknown): string {
  const rt = typeof apiVersion === 'string' && typeof kind === 'string' ? findByGvk(apiVersion, kind) : undefined;
  return rt ? resourceKey(rt) : String(kind ?? '');
}
