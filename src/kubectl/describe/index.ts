/**
 * `kubectl describe` output per kind (kubectl pkg/describe): `describeObject` picks the describer
 * by resource and finds the object's events the way searchEvents does.
 */
import type { ApiServer } from '../../sim/apiserver/apiserver';
import { findByGvk, resourceKey } from '../../sim/apiserver/resources';
import type { KObject } from '../../sim/types';
import { describeHorizontalPodAutoscaler } from './autoscaling';
import { describeCronJob, describeJob, describeStorageClass } from './batch';
import { describeConfigMap, describeSecret, describeServiceAccount } from './config';
import { describeLimitRange } from './limitrange';
import { describeNamespace, describeNode } from './node';
import { describeCSINode, describePV, describePVC, describeVolumeAttributesClass } from './storage';
import { describePodDisruptionBudget, describePriorityClass } from './policy';
import { describeEndpointSlice, describeIngressClass, describeIPAddress, describeServiceCIDR } from './addresses';
import { describeGeneric } from './generic';
import { describeEndpoints, describeIngress, describeService } from './network';
import { describePod } from './pod';
import { describeQuota } from './quota';
import { describeNetworkPolicy } from './networkpolicy';
import { describeRole, describeRoleBinding } from './rbac';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeReplicationController, describeStatefulSet } from './workloads';

type Describer = (api: ApiServer, obj: KObject, events: KObject[] | undefined, now: number) => string;

/** Describers by resource key, as kubectl's describerMap registers them. */
const DESCRIBERS: Record<string, Describer> = {
  pods: (_api, o, ev, now) => describePod(o, ev, now),
  services: describeService,
  endpoints: (_api, o, ev, now) => describeEndpoints(o, ev, now),
  'deployments.apps': describeDeployment,
  'replicasets.apps': describeReplicaSet,
  replicationcontrollers: describeReplicationController,
  'statefulsets.apps': describeStatefulSet,
  'daemonsets.apps': describeDaemonSet,
  nodes: describeNode,
  namespaces: (api, o, _ev, now) => describeNamespace(api, o, now),
  configmaps: (_api, o, ev, now) => describeConfigMap(o, ev, now),
  secrets: (_api, o, _ev, now) => describeSecret(o, now),
  serviceaccounts: describeServiceAccount,
  limitranges: (_api, o, _ev, now) => describeLimitRange(o, now),
  resourcequotas: (_api, o, _ev, now) => describeQuota(o, now),
  'ingresses.networking.k8s.io': describeIngress,
  persistentvolumes: (_api, o, ev, now) => describePV(o, ev, now),
  persistentvolumeclaims: describePVC,
  'jobs.batch': (_api, o, ev, now) => describeJob(o, ev, now),
  'horizontalpodautoscalers.autoscaling': (_api, o, ev, now) => describeHorizontalPodAutoscaler(o, ev, now),
  'cronjobs.batch': (_api, o, ev, now) => describeCronJob(o, ev, now),
  'storageclasses.storage.k8s.io': (_api, o, ev, now) => describeStorageClass(o, ev, now),
  'networkpolicies.networking.k8s.io': (_api, o, _ev, now) => describeNetworkPolicy(o, now),
  'roles.rbac.authorization.k8s.io': (_api, o, _ev, now) => describeRole(o, now),
  'clusterroles.rbac.authorization.k8s.io': (_api, o, _ev, now) => describeRole(o, now),
  'rolebindings.rbac.authorization.k8s.io': (_api, o, _ev, now) => describeRoleBinding(o, now),
  'clusterrolebindings.rbac.authorization.k8s.io': (_api, o, _ev, now) => describeRoleBinding(o, now),
  'poddisruptionbudgets.policy': (_api, o, ev, now) => describePodDisruptionBudget(o, ev, now),
  'priorityclasses.scheduling.k8s.io': (_api, o, ev, now) => describePriorityClass(o, ev, now),
  'endpointslices.discovery.k8s.io': (_api, o, ev, now) => describeEndpointSlice(o, ev, now),
  'ingressclasses.networking.k8s.io': (_api, o, ev, now) => describeIngressClass(o, ev, now),
  'servicecidrs.networking.k8s.io': (_api, o, ev, now) => describeServiceCIDR(o, ev, now),
  'ipaddresses.networking.k8s.io': (_api, o, ev, now) => describeIPAddress(o, ev, now),
  'csinodes.storage.k8s.io': (_api, o, ev, now) => describeCSINode(o, ev, now),
  'volumeattributesclasses.storage.k8s.io': (_api, o, ev, now) => describeVolumeAttributesClass(o, ev, now),
};

/** Describers that never list events (secrets, namespaces). */
const NO_EVENTS = new Set([
  'secrets',
  'limitranges',
  'resourcequotas',
  'networkpolicies.networking.k8s.io',
  'namespaces',
  'roles.rbac.authorization.k8s.io',
  'clusterroles.rbac.authorization.k8s.io',
  'rolebindings.rbac.authorization.k8s.io',
  'clusterrolebindings.rbac.authorization.k8s.io',
]);

/**
 * searchEvents: events whose involvedObject has the object's name, namespace and uid
 * (nodes also match the node name as uid, which the kubelet uses); pods match any kind, and a
 * mirror pod is looked up by its static pod's UID (the mirror annotation), as describePod does.
 */
function eventsFor(api: ApiServer, obj: KObject): KObject[] {
  const ns = obj.metadata.namespace;
  const uid = (obj.kind === 'Pod' && obj.metadata.annotations?.['kubernetes.io/config.mirror']) || obj.metadata.uid;
  const candidates = ns ? api.list('events', ns) : api.list('events');
  return candidates.filter((e) => {
    const io = e.involvedObject ?? {};
    if (io.name !== obj.metadata.name) return false;
    if ((io.namespace ?? '') !== (ns ?? '')) return false;
    if (obj.kind !== 'Pod' && io.kind && io.kind !== obj.kind) return false;
    const uidOk = !io.uid || io.uid === uid || (obj.kind === 'Node' && io.uid === obj.metadata.name);
    return uidOk;
  });
}

/** Describe one stored object as `kubectl describe` prints it (`showEvents` mirrors `--show-events`). */
export function describeObject(api: ApiServer, obj: KObject, now: number, showEvents = true): string {
  const rt = findByGvk(obj.apiVersion, obj.kind);
  const key = rt ? resourceKey(rt) : '';
  const events = showEvents && !NO_EVENTS.has(key) ? eventsFor(api, obj) : undefined;
  const d = DESCRIBERS[key];
  if (d) return d(api, obj, events, now);
  return describeGeneric(obj, events, now);
}
