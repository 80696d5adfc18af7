import type { ApiServer } from '../apiserver/apiserver';
import { servicesSelecting } from '../controllers/service-pods';
import { matchesMap, matchesSelector, type Labels } from '../labels';
import type { KObject } from '../types';
import { labelBucket, namespaceBucket } from './placed-pods';

/** Which pods a pod is spread against, and the placed-pod buckets every such pod is in (placed-pods.ts). */
export interface SpreadSelector {
  matches: (p: KObject) => boolean;
  buckets: string[];
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
  // countPodsMatchSelector: same namespace, not terminating
  return { matches: (p) => p.metadata.namespace === ns && !p.metadata.deletionTimestamp && checks.every((c) => c(p.metadata.labels ?? {})), buckets };
}
