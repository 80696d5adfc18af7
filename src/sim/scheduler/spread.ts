import type { ApiServer } from '../apiserver/apiserver';
import { matchesMap, matchesSelector, type Labels } from '../labels';
import type { KObject } from '../types';

/** Which pods a pod is spread against; undefined when nothing selects it (the plugin then skips it). */
export type PodMatcher = (p: KObject) => boolean;

/**
 * helper.DefaultSelector: the Services in the pod's namespace that select it, and its controller if that
 * is a ReplicationController, ReplicaSet or StatefulSet, all of whose selectors a pod must match.
 */
export function defaultSpreadSelector(api: ApiServer, pod: KObject): PodMatcher | undefined {
  const ns = pod.metadata.namespace;
  const labels: Labels = pod.metadata.labels ?? {};
  const checks: ((l: Labels) => boolean)[] = [];
  for (const svc of api.list('services', ns)) {
    const sel = svc.spec?.selector as Record<string, string> | undefined;
    if (sel && Object.keys(sel).length && matchesMap(sel, labels)) checks.push((l) => matchesMap(sel, l));
  }
  const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller);
  const resource = ref && { ReplicationController: 'replicationcontrollers', ReplicaSet: 'replicasets', StatefulSet: 'statefulsets' }[ref.kind as string];
  const owner = resource ? api.tryGet(resource, ns, ref!.name) : undefined;
  if (owner && owner.metadata.uid === ref!.uid) {
    const sel = owner.spec?.selector;
    if (owner.kind === 'ReplicationController') {
      if (sel && Object.keys(sel).length) checks.push((l) => matchesMap(sel, l));
    } else if (sel && (Object.keys(sel.matchLabels ?? {}).length || (sel.matchExpressions ?? []).length)) checks.push((l) => matchesSelector(sel, l));
  }
  if (!checks.length) return undefined;
  // countPodsMatchSelector: same namespace, not terminating
  return (p) => p.metadata.namespace === ns && !p.metadata.deletionTimestamp && checks.every((c) => c(p.metadata.labels ?? {}));
}
