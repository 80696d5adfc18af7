/** One thing the control plane did, as the replay view and the `replay` builtin show it (plain data). */
export type ActivityStep = RequestStep | WriteStep | EventStep | ScheduleStep;

/** An object a step is about. */
export interface ObjectRef {
  resource: string;
  namespace?: string;
  name: string;
}

interface StepBase {
  /** Position in the log, increasing. */
  seq: number;
  /** Virtual time, ms since the Unix epoch. */
  at: number;
  /** The component that acted (`kubectl` for the learner's own requests). */
  actor: string;
  /** The node the actor runs on, for node agents (kubelet). */
  node?: string;
}

/** A client request through the API server's filters: authentication, authorization, admission, validation, storage. */
export interface RequestStep extends StepBase {
  kind: 'request';
  /** The authorization verb: create, update, delete (and get, list... for a refused read). */
  verb: string;
  object: ObjectRef;
  user: string;
  /** How authorization allowed it: a group that is always allowed, or RBAC. */
  authorizedBy: string;
  /** The API server's phases the request went through, in order, with the plugins of each (decode, default, validate, admit, allocate). */
  admission: { phase: string; plugins: string[] }[];
  dryRun: boolean;
  /** Stored with this resourceVersion, or refused with this Status. */
  outcome: { resourceVersion: string } | { code: number; reason: string; message: string };
}

/** One field that changed in a write, old and new values as short text ('' when absent). */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/**
 * How raft committed one write: the leader appends the entry at `index` in `term` and sends it to
 * every follower; the running ones append it; it is committed once a quorum (the leader included)
 * has it. `committedBy` is that quorum, the leader then the followers in member order.
 */
export interface RaftRound {
  leader: string;
  term: number;
  index: number;
  followers: { name: string; appended: boolean }[];
  members: number;
  quorum: number;
  committedBy: string[];
}

/** A write stored in etcd and sent to every watcher. */
export interface WriteStep extends StepBase {
  kind: 'write';
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: ObjectRef;
  resourceVersion: string;
  changes: FieldChange[];
  /** How etcd's raft committed it (absent when no leader was known). */
  raft?: RaftRound;
}

/** An Event a component recorded. */
export interface EventStep extends StepBase {
  kind: 'event';
  type: string;
  reason: string;
  message: string;
  object: ObjectRef;
}

/** The scheduler's decision for one pod: every node it looked at, filtered out (and why) or scored. */
export interface ScheduleStep extends StepBase {
  kind: 'schedule';
  object: ObjectRef;
  /** Per scored node, the total and each score plugin's normalized score with its weight (total = Σ score × weight). */
  nodes: { name: string; reasons: string[]; score?: number; plugins?: { name: string; weight: number; score: number }[] }[];
  chosen?: string;
  /** When no node fit: the node DefaultPreemption nominated and the lower-priority pods it deleted there. */
  preempted?: { node: string; victims: string[] };
}
