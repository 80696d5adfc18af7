/** The graph the canvas draws: cards (cluster Nodes as groups) and the relations between them. */
import type { Fact } from './facts';
import type { Concern } from './kinds';
import type { Tone } from './status';

export interface GraphNode {
  /** `Kind/namespace/name`. */
  id: string;
  kind: string;
  name: string;
  /** Empty for cluster-scoped objects. */
  namespace: string;
  status: string;
  tone: Tone;
  facts: Fact[];
  concerns: Concern[];
  /** The cluster Node group holding this pod. */
  parent?: string;
  /** True for cluster Nodes (drawn as groups). */
  group?: boolean;
  /** Objects every cluster has (the `kubernetes` Service, `default` ServiceAccount ...), hidden unless asked for. */
  system?: boolean;
  /** Changes whenever what the card shows changes (the diff compares it). */
  rev: string;
  /** Pods only: Ready condition. */
  ready?: boolean;
  /** Pod stacks only: how many pods the card stands for. */
  count?: number;
  /** Badge text instead of the kind's (a volume's type). */
  badge?: string;
  /** Named by a pod but not in the cluster (a synthetic card). */
  missing?: boolean;
  /** Pods only: security settings that show on the card (`hostNetwork`, `privileged`, `root`, `runAsNonRoot` ...). */
  marks?: string[];
}

export interface GraphEdge {
  /** `relation:source->target`. */
  id: string;
  relation: string;
  source: string;
  target: string;
  concern: Concern;
  state?: 'ready' | 'not-ready';
  label?: string;
  hiddenByDefault?: boolean;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
