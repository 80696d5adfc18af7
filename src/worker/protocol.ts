import type { CommandResult } from '../kubectl/context';
import type { Hop } from '../sim/network/request';
import type { KObject } from '../sim/types';

/** What the page sees of the cluster after every change (the canvas and inspector draw from this). */
export interface ClusterView {
  /** Every object in the cluster (all namespaces, events excluded). */
  objects: KObject[];
  /** Recent events (core/v1 Event objects), newest last. */
  events: KObject[];
  /** Virtual time, ms since the Unix epoch. */
  now: number;
  /** The path of the last request made with curl/wget (from a pod or from the prompt). */
  trace?: Hop[];
  /** Increases with every change. */
  version: number;
}

/** A lesson check, as written in checks.yaml. */
export interface CheckSpec {
  id: string;
  title: { zh: string; en: string };
  run: string;
  expect: {
    words?: number;
    equals?: string;
    matches?: string;
    contains?: string;
    notContains?: string;
    exitCode?: number;
  };
  hint?: { zh: string; en: string };
}

export interface CheckResult {
  id: string;
  passed: boolean;
  /** The command's output, to show why a check fails. */
  output: string;
}

/** Messages from the page to the sim worker. Each request carries an id echoed in its reply. */
export type ToWorker =
  | { type: 'init'; id: number; seed: number; files: Record<string, string>; commands?: { at: number; text: string }[] }
  | { type: 'run'; id: number; text: string }
  | { type: 'files'; id: number; files: Record<string, string> }
  | { type: 'advance'; id: number; ms: number }
  | { type: 'checks'; id: number; checks: CheckSpec[] };

/** Messages from the sim worker to the page. */
export type FromWorker =
  | { type: 'result'; id: number; result: CommandResult; files: Record<string, string> }
  | { type: 'checks'; id: number; results: CheckResult[] }
  | { type: 'ready'; id: number }
  | { type: 'view'; view: ClusterView }
  | { type: 'error'; id: number; message: string };
