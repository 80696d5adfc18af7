import type { ApiServer } from '../apiserver/apiserver';
import { servicesSelecting } from '../controllers/service-pods';
import { matchesMap, matchesSelector, type LabelSelector, type Labels } from '../labels';
import type { KObject } from '../types';
import { FILTERED_EFFECTS, nodeAffinityMatches, untoleratedTaint } from './plugins';
import { labelBucket, namespaceBucket } from './placed-pods';

/** Which pods a pod is spread against, and the placed-pod buckets every such pod is in (placed-pods.ts). */
export interface SpreadSelector {
  /** countPodsMatchSelector: a placed pod of the namespace, not terminating, whose labels match */
  matches: (p: KObject) => boolean;
  /** the selector on labels alone */
  matchesLabels: (l: Labels) => boolean;
  buckets: string[];
}

/** A selector over labels as a SpreadSelector for the pods of one namespace. */
function inNamespace(ns: string | undefined, matchesLabels: (l: Labels) => boolean, buckets: string[]): SpreadSelector {
  return { matches: (p) => p.metadata.namespace === ns && !p.metadata.deletionTimestamp && matchesLabels(p.metadata.labels ?? {}), matchesLabels, buckets };
}

/** A topology spread constraint as PodTopologySpread works with it (its selector parsed, its defaults filled in). */
export interface SpreadConstraint {
  topologyKey: string;
  maxSkew: number;
  /** nil counts as 1 */
  minDomains: number;
  /** nodeAffinityPolicy Honor (the default): only nodes the pod's nodeSelector and required node affinity allow count */
  honorAffinity: boolean;
  /** nodeTaintsPolicy Honor (the default is Ignore): nodes with a taint the pod does not tolerate do not count */
  honorTaints: boolean;
  selector: SpreadSelector;
}

type Action = 'DoNotSchedule' | 'ScheduleAnyway';

/** A pod's v1.TopologySpreadConstraint, as stored. */
interface TopologySpreadConstraintSpec {
  topologyKey: string;
  maxSkew: number;
  whenUnsatisfiable: string;
  labelSelector?: LabelSelector | null;
  minDomains?: number | null;
  nodeAffinityPolicy?: string | null;
  nodeTaintsPolicy?: string | null;
}

/** The system default constraints (DefaultingType System): used when the pod has none and something selects it. */
const SYSTEM_DEFAULT_CONSTRAINTS = [
  { topologyKey: 'kubernetes.io/hostname', maxSkew: 3, whenUnsatisfiable: 'ScheduleAnyway' },
  { topologyKey: 'topology.kubernetes.io/zone', maxSkew: 5, whenUnsatisfiable: 'ScheduleAnyway' },
];

/** A constraint's labelSelector (a nil one matches none), with the buckets of its matchLabels. */
function selectorSpread(ns: string | undefined, sel: LabelSelector | undefined): SpreadSelector {
  const buckets = [namespaceBucket(ns), ...Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => labelBucket(ns, k, v))];
  return inNamespace(ns, (l) => matchesSelector(sel, l), buckets);
}

/**
 * getConstraints / filterTopologySpreadConstraints: the pod's constraints with this whenUnsatisfiable, or, when the
 * pod has none at all, the system defaults with it selected by `defaults` (helper.DefaultSelector). The API server
 * has already merged matchLabelKeys into each labelSelector (MatchLabelKeysInPodTopologySpreadSelectorMerge).
 */
export function spreadConstraints(pod: KObject, action: Action, defaults: () => SpreadSelector | undefined): SpreadConstraint[] {
  const own: TopologySpreadConstraintSpec[] = pod.spec?.topologySpreadConstraints ?? [];
  const ns = pod.metadata.namespace;
  if (own.length) {
    return own
      .filter((c) => c.whenUnsatisfiable === action)
      .map((c) => ({
        topologyKey: c.topologyKey,
        maxSkew: c.maxSkew,
        minDomains: c.minDomains ?? 1,
        honorAffinity: (c.nodeAffinityPolicy ?? 'Honor') === 'Honor',
        honorTaints: c.nodeTaintsPolicy === 'Honor',
        selector: selectorSpread(ns, c.labelSelector ?? undefined),
      }));
  }
  const wanted = SYSTEM_DEFAULT_CONSTRAINTS.filter((c) => c.whenUnsatisfiable === action);
  const selector = wanted.length ? defaults() : undefined;
  if (!selector) return [];
  return wanted.map((c) => ({ topologyKey: c.topologyKey, maxSkew: c.maxSkew, minDomains: 1, honorAffinity: true, honorTaints: false, selector }));
}

/** matchNodeInclusionPolicies: whether a node counts towards the constraint's domains for this pod. */
export function nodeIncluded(c: SpreadConstraint, pod: KObject, node: KObject): boolean {
  if (c.honorAffinity && !nodeAffinityMatches(pod, node)) return false;
  return !c.honorTaints || !untoleratedTaint(pod.spec?.tolerations ?? [], node.spec?.taints ?? [], FILTERED_EFFECTS);
}

/**
 * helper.DefaultSelector: the Services in the pod's namespace that select it, and its controller if that
 * is a ReplicationController, ReplicaSet or StatefulSet, all of whose selectors a pod must match;
 * undefined when nothing selects it (the plugin then skips it).
 */
export function defaultSpreadSelector(api: ApiServer, pod: KObject): SpreadSelector | undefined {
  const ns = pod.metadata.namespace;
  const labels: Labels = pod.metadata.labels ?? {};
  const checks: ((l: Labels) => boolean)[] = [];
  const buckets = [namespaceBucket(ns)];
  const require = (pairs: Record<string, string> | undefined) => {
    for (const [k, v] of Object.entries(pairs ?? {})) buckets.push(labelBucket(ns, k, v));
  };
  for (const svc of servicesSelecting(api, ns, labels)) {
    const sel = svc.spec.selector as Record<string, string>;
    checks.push((l) => matchesMap(sel, l));
    require(sel);
  }
  const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller);
  const resource = ref && { ReplicationController: 'replicationcontrollers', ReplicaSet: 'replicasets', StatefulSet: 'statefulsets' }[ref.kind as string];
  const owner = resource ? api.tryGet(resource, ns, ref!.name) : undefined;
  if (owner && owner.metadata.uid === ref!.uid) {
    const sel = owner.spec?.selector;
    if (owner.kind === 'ReplicationController') {
      if (sel && Object.keys(sel).length) {
        checks.push((l) => matchesMap(sel, l));
        require(sel);
      }
    } else if (sel && (Object.keys(sel.matchLabels ?? {}).length || (sel.matchExpressions ?? []).length)) {
      checks.push((l) => matchesSelector(sel, l));
      require(sel.matchLabels);
    }
  }
  if (!checks.length) return undefined;
  return inNamespace(ns, (l) => checks.every((c) => c(l)), buckets);
}
