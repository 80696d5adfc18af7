/** Builders for PodTopologySpread's table tests, in the shape of upstream's st.MakePod() / st.MakeNode() rows. */
import type { LabelSelector, Labels } from '../labels';
import type { KObject } from '../types';
import type { Taint } from './plugins';
import { nodeIncluded, spreadConstraints, type SpreadConstraint, type SpreadSelector } from './spread';
import type { SpreadView } from './topology-spread';

/** upstream's fooSelector / barSelector: `Exists` on one key. */
export const exists = (key: string): LabelSelector => ({ matchExpressions: [{ key, operator: 'Exists' }] });

/** st.SpreadConstraint(maxSkew, topologyKey, whenUnsatisfiable, selector, minDomains, nodeAffinityPolicy, nodeTaintsPolicy). */
export const constraint = (maxSkew: number, topologyKey: string, whenUnsatisfiable: string, labelSelector: LabelSelector | null, extra: Record<string, unknown> = {}) => ({ maxSkew, topologyKey, whenUnsatisfiable, labelSelector, ...extra });

export function mkPod(o: { name?: string; ns?: string; node?: string; labels?: Labels; spread?: ReturnType<typeof constraint>[]; nodeSelector?: Labels; affinityIn?: [string, string[]]; terminating?: boolean }): KObject {
  const spec: Record<string, unknown> = { nodeName: o.node };
  if (o.spread) spec.topologySpreadConstraints = o.spread;
  if (o.nodeSelector) spec.nodeSelector = o.nodeSelector;
  if (o.affinityIn) spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: o.affinityIn[0], operator: 'In', values: o.affinityIn[1] }] }] } } };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: o.name ?? 'p', namespace: o.ns ?? '', labels: o.labels ?? {}, ...(o.terminating ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}) },
    spec,
  };
}

export const mkNode = (name: string, labels: Labels, taints?: Taint[]): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels }, spec: taints ? { taints } : {} });

/** A pod's constraints of one kind, with `defaults` standing for what selects the pod (helper.DefaultSelector). */
export const constraintsOf = (pod: KObject, action: 'DoNotSchedule' | 'ScheduleAnyway', defaults?: SpreadSelector) => spreadConstraints(pod, action, () => defaults);

/** The snapshot of a table row as PodTopologySpread reads it: pods on nodes that are not listed are not counted. */
export function view(pod: KObject, constraints: SpreadConstraint[], pods: KObject[]): SpreadView<KObject> {
  return {
    labels: (n) => n.metadata.labels ?? {},
    included: (i, n) => nodeIncluded(constraints[i], pod, n),
    count: (i, n) => pods.filter((p) => p.spec?.nodeName === n.metadata.name && constraints[i].selector.matches(p)).length,
  };
}
