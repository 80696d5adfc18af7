import type { CommandResult } from '../kubectl/context';
import type { CheckResult, CheckSpec } from '../lessons/types';
import type { Hop } from '../sim/network/hop';
import type { KObject } from '../sim/types';
import type { ActivityStep } from '../sim/activity/types';
import type { EtcdMemberView } from '../graph/etcd';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/graph';

/** The size a cluster starts with (`?workers=N&maxpods=M&etcd=E`); share links carry it. */
export interface ClusterSize {
  workers?: number;
  maxPods?: number;
  /** etcd members, 1 to 7 (3 when absent). */
  etcdMembers?: number;
}

/** The objects of the view, as the replica rebuilds them from deltas. */
export type ObjectsView = Omit<ClusterView, 'model'>;

/** What the page sees of the cluster after every change (the canvas and inspector draw from this). */
export interface ClusterView {
  /** The graph the canvas draws, built in the worker (src/graph LiveModel). */
  model: GraphModel;
  /** Every object in the cluster (all namespaces, events excluded); the page's copy holds only their kinds and names. */
  objects: KObject[];
  /** Recent events (core/v1 Event objects with only the fields the page shows, `pageEvent`), newest last. */
  events: KObject[];
  /** Virtual time, ms since the Unix epoch. */
  now: number;
  /** The path of the last request made with curl/wget (from a pod or from the prompt). */
  trace?: Hop[];
  /** The etcd members behind the API server, as `etcdctl endpoint status` would find them. */
  etcd?: EtcdMemberView[];
  /** Increases with every change. */
  version: number;
}


/*
 * Besides commands: `apply` returns editor diagnostics; `clock` (play/pause/speed) and `time`
 * messages; `watch`/`unwatch` + `stream` for `kubectl get -w`; `ready` may carry completion data;
 * `init.commands[].files` and `init.until` make share links replay exactly.
 * From the page, use the store's bridge (src/state) instead of posting messages yourself.
 */

/** One entry of the session log a share link carries: workspace files (if they changed) then a command, at a virtual time. */
export interface LoggedCommand {
  /** Virtual time (ms since the Unix epoch) when the command ran. */
  at: number;
  text: string;
  /** The workspace files as they were just before the command ran (absent: unchanged since the previous entry). */
  files?: Record<string, string>;
  /** Lesson setup (a step's start state): replayed but not shown in the terminal. */
  hidden?: boolean;
  /**
   * A line typed into an interactive session (`kubectl exec -it … -- sh`), or its Ctrl+D, not a
   * shell command; or `save`: Apply on a file `kubectl edit` opened (`text` is the file's name).
   */
  input?: 'line' | 'eof' | 'save';
}

/** An interactive session holding the terminal (a shell in a container), as the page shows it. */
export interface SessionInfo {
  /** The prompt before the next line: `/ # `, `root@kubia-…:/# `, or '' without a tty. */
  prompt: string;
}

/** An editor marker computed in the worker from an apply's errors (1-based lines and columns). */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  severity: 'error' | 'warning';
  message: string;
  /** What kind of problem: a StatusCause reason (FieldValueInvalid…), an API reason (Forbidden…), YAMLSyntax… */
  type?: string;
  /** The field path the error names, e.g. `spec.ports[0].nodePort`. */
  field?: string;
  /** "did you mean" suggestion for a misspelled field. */
  suggestion?: string;
  /** True when the error is a strict-decoding unknown field (suggestions apply). */
  unknownField?: boolean;
  /** apiVersion and kind of the document, for field suggestions. */
  root?: { apiVersion: string; kind: string };
}

/** What changed in the editor's files since the worker last heard of them: new or edited texts, closed tabs. */
export interface FileChanges {
  set: Record<string, string>;
  removed: string[];
}

/** Words the terminal completes, sent with `ready`. */
export interface CompletionData {
  /** kubectl command paths, e.g. ['rollout', 'status']. */
  commands: string[][];
  /** Resource names, plurals, singulars and short names. */
  resources: string[];
}

/** Messages from the page to the sim worker. Each request carries an id echoed in its reply. */
export type ToWorker =
  | {
      type: 'init';
      id: number;
      seed: number;
      files: Record<string, string>;
      commands?: LoggedCommand[];
      /** After replaying `commands`, advance virtual time to this instant (share links). */
      until?: number;
      /** Cluster size knobs: worker node count and the cluster-wide pod limit (benchmarks, big demos), etcd members. */
      cluster?: ClusterSize;
    }
  /** Build the cluster an init with this seed and size will ask for, while the page is still loading (no view is posted). */
  | { type: 'prepare'; id: number; seed: number; cluster?: ClusterSize }
  /** `quiet`: a query of the page (inspector, describe), not the learner's command: the control-plane replay keeps the last one. */
  | { type: 'run'; id: number; text: string; quiet?: boolean; files?: FileChanges }
  /** Every workspace file (what is not listed goes). */
  | { type: 'files'; id: number; files: Record<string, string> }
  | { type: 'advance'; id: number; ms: number }
  | { type: 'checks'; id: number; checks: CheckSpec[] }
  /** `kubectl apply -f <file>` with diagnostics for the editor. */
  | { type: 'apply'; id: number; file: string; files?: FileChanges }
  /** Play (advance virtual time continuously at `speed`× real time) or pause. */
  | { type: 'clock'; id: number; playing: boolean; speed: number }
  /** Start a `kubectl get -w` stream: the reply is the initial output, then `stream` messages with this id. */
  | { type: 'watch'; id: number; text: string }
  /** A line for the open session (`line: null` is Ctrl+D); the reply says whether it is still open. */
  | { type: 'input'; id: number; line: string | null }
  | { type: 'unwatch'; id: number; watchId: number };

/**
 * What changed since the previous view (objects are compared by identity: the store never mutates
 * them). The bridge applies it to its copy and hands the page a full ClusterView, so only changes
 * cross the thread boundary (a 1,000-pod view costs a second to clone, a delta almost nothing).
 */
export interface ViewDelta {
  version: number;
  now: number;
  trace?: Hop[];
  /** The etcd members, whole (a handful). */
  etcd?: EtcdMemberView[];
  /** New or changed objects, keyed as in `removed`. */
  upserts: { key: string; obj: KObject }[];
  /** Keys (`resource|namespace|name`) of objects that are gone. */
  removed: string[];
  /** Same for the recent events. */
  eventUpserts: { key: string; obj: KObject }[];
  eventRemoved: string[];
  /** The graph model's changes (the host adds them). */
  model?: ModelDelta;
}

/** Cards and edges of the graph model that changed, by id, and where ids go in drawing order when ids came, went or moved. */
export interface ModelDelta {
  nodes: GraphNode[];
  edges: GraphEdge[];
  removedNodes: string[];
  removedEdges: string[];
  /**
   * `[index in the new list, id]` by index, for the new ids and the ones that moved; the other ids
   * keep their order (present whenever the order changed, empty when ids only went).
   */
  nodeInserts?: [number, string][];
  edgeInserts?: [number, string][];
}

/** The page keeps at most this many control-plane steps of one command (a long watch of a busy cluster stays small): the worker sends no more. */
export const MAX_REPLAY_STEPS = 600;

/** Messages from the sim worker to the page. */
/** A ToWorker message without its id (the page's bridge assigns ids). */
export type Request = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export type FromWorker =
  | {
      type: 'result';
      id: number;
      result: CommandResult;
      /** Files the command wrote (only those whose text the page does not have). */
      files?: Record<string, string>;
      /** Files the command removed. */
      gone?: string[];
      /** Editor markers of an apply, "did you mean" included. */
      diagnostics?: Diagnostic[];
      /** Virtual time when the command started (for the share log). */
      at?: number;
      /** The interactive session the command opened (or that is still open), if any. */
      session?: SessionInfo;
      /** The file `kubectl edit` opened: the page shows it as a tab. */
      editing?: string;
      /** Files of the `kubectl edit` sessions still open (Apply on them saves the edit). */
      edits?: string[];
      /** The apply was the save of a `kubectl edit` file. */
      saved?: boolean;
      /** Graph ids of the objects the command wrote (created, changed or deleted). */
      touched?: string[];
    }
  | { type: 'checks'; id: number; results: CheckResult[] }
  | {
      type: 'ready';
      id: number;
      completions?: CompletionData;
      replay?: { text: string; result: CommandResult; hidden?: boolean; input?: LoggedCommand['input']; prompt?: string }[];
      files?: Record<string, string>;
      /** A session the replay left open (a link shared from inside a pod's shell). */
      session?: SessionInfo;
      /** `kubectl edit` files the replay left open. */
      edits?: string[];
      /** Graph ids of what the replay's last writing command wrote (the camera starts there). */
      touched?: string[];
    }
  /** Changes since the last `viewDelta` (the bridge applies it to its replica of the view for listeners). */
  | { type: 'viewDelta'; delta: ViewDelta }
  /** Virtual time moved without any object changing. */
  | { type: 'time'; now: number; playing: boolean; speed: number }
  /** What the control plane did after the learner's latest command (`reset`: a new command, else more steps of the same). */
  | { type: 'activity'; command: string; at: number; reset: boolean; steps: ActivityStep[] }
  /** More output of a `watch` (id of the watch request). */
  | { type: 'stream'; id: number; chunk: string }
  /** The open session ended by itself (its container went away): kubectl's last words. */
  | { type: 'sessionEnd'; out: string }
  | { type: 'error'; id: number; message: string }
  /** The simulation failed outside a request (a play-mode tick): the page offers to restore the session. */
  | { type: 'crashed'; message: string };
