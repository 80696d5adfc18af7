import { matchesRequirement, type LabelSelectorRequirement } from '../labels';
import type { KObject } from '../types';
import type { NodeInfo, PodRequest } from './node-info';

/** A filter's verdict on a node: reasons, and whether preemption could help (Unschedulable) or not. */
interface FilterResult {
  reasons: string[];
  resolvable: boolean;
}

/** One filter plugin, as data: its name and a check over the pod and the node's info. */
export interface FilterPlugin {
  name: string;
  filter(pod: KObject, req: PodRequest, info: NodeInfo): FilterResult | undefined;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}
export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

/** v1 Toleration.ToleratesTaint. */
export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== 'Exists') return false;
  if (t.operator === 'Exists') return true;
  return (t.value ?? '') === (taint.value ?? '');
}

export function untoleratedTaint(tolerations: Toleration[], taints: Taint[], effects: string[]): Taint | undefined {
  return taints.find((taint) => effects.includes(taint.effect) && !tolerations.some((t) => tolerates(t, taint)));
}

/** A node selector term: matchExpressions over labels and matchFields over `metadata.name`. */
export function termMatches(term: any, node: KObject): boolean {
  const labels = node.metadata.labels ?? {};
  const exprs: LabelSelectorRequirement[] = term.matchExpressions ?? [];
  const fields: LabelSelectorRequirement[] = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  const op = (r: LabelSelectorRequirement, l: Record<string, string>) =>
    r.operator === ('Gt' as string) ? matchesRequirement({ ...r, operator: 'GreaterThan' }, l) : r.operator === ('Lt' as string) ? matchesRequirement({ ...r, operator: 'LessThan' }, l) : matchesRequirement(r, l);
  return exprs.every((r) => op(r, labels)) && fields.every((r) => op(r, { 'metadata.name': node.metadata.name! }));
}

/** nodeSelector AND required node affinity (terms ORed). */
export function nodeAffinityMatches(pod: KObject, node: KObject): boolean {
  const labels = node.metadata.labels ?? {};
  const selector: Record<string, string> | undefined = pod.spec?.nodeSelector;
  if (selector) for (const k of Object.keys(selector)) if (labels[k] !== selector[k]) return false;
  const req = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req?.nodeSelectorTerms) return req.nodeSelectorTerms.some((t: unknown) => termMatches(t, node));
  return true;
}

const unresolvable = (reason: string): FilterResult => ({ reasons: [reason], resolvable: false });

/** The taint effects that keep a pod off a node. */
export const FILTERED_EFFECTS = ['NoSchedule', 'NoExecute'];

/** The default filter plugins in the order the v1.34 scheduler runs them. */
export const FILTERS: FilterPlugin[] = [
  {
    name: 'NodeUnschedulable',
    filter: (pod, _req, info) => {
      if (!info.node.spec?.unschedulable) return undefined;
      const ok = (pod.spec?.tolerations ?? []).some((t: Toleration) => tolerates(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }));
      return ok ? undefined : unresolvable('node(s) were unschedulable');
    },
  },
  {
    name: 'NodeName',
    filter: (pod, _req, info) => (pod.spec?.nodeName && pod.spec.nodeName !== info.node.metadata.name ? unresolvable("node(s) didn't match the requested node name") : undefined),
  },
  {
    name: 'TaintToleration',
    filter: (pod, _req, info) => {
      const taints: Taint[] | undefined = info.node.spec?.taints;
      if (!taints?.length) return undefined;
      const t = untoleratedTaint(pod.spec?.tolerations ?? [], taints, FILTERED_EFFECTS);
      return t ? unresolvable(`node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`) : undefined;
    },
  },
  {
    name: 'NodeAffinity',
    filter: (pod, _req, info) => (nodeAffinityMatches(pod, info.node) ? undefined : unresolvable("node(s) didn't match Pod's node affinity/selector")),
  },
  {
    name: 'NodePorts',
    filter: (_pod, req, info) => {
      for (const p of req.ports) {
        const [proto, ip, port] = p.split('/');
        const clash = [...info.ports.keys()].some((q) => {
          const [qp, qip, qport] = q.split('/');
          return qp === proto && qport === port && (qip === ip || qip === '0.0.0.0' || ip === '0.0.0.0');
        });
        if (clash) return { reasons: ["node(s) didn't have free ports for the requested pod ports"], resolvable: true };
      }
      return undefined;
    },
  },
  {
    name: 'NodeResourcesFit',
    filter: (_pod, req, info) => {
      const pods = info.pods + 1 > info.allocPods;
      const cpu = req.cpu > 0 && info.cpu + req.cpu > info.allocCpu;
      const memory = req.memory > 0 && info.memory + req.memory > info.allocMemory;
      if (!pods && !cpu && !memory) return undefined;
      const reasons: string[] = [];
      if (pods) reasons.push('Too many pods');
      if (cpu) reasons.push('Insufficient cpu');
      if (memory) reasons.push('Insufficient memory');
      return { reasons, resolvable: true };
    },
  },
];
