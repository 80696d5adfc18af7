/** What the canvas knows about each kind it draws: its concerns, short label and scope. */

/** The five ways of looking at a cluster, as filter chips. */
export type Concern = 'workloads' | 'network' | 'storage' | 'config' | 'security';

export const CONCERNS: Concern[] = ['workloads', 'network', 'storage', 'config', 'security'];

export interface KindInfo {
  /** Concerns a kind belongs to; a node shows when any of them is selected. */
  concerns: Concern[];
  /** Short badge text for the card. */
  badge: string;
  /** Cluster-scoped objects have no namespace. */
  clusterScoped?: boolean;
}

/** Kinds drawn as cards (cluster Nodes are drawn as groups, `Volume` is an inline pod volume). */
export const KINDS: Record<string, KindInfo> = {
  // Pods are where every concern meets, so they stay visible under each filter.
  Pod: { concerns: ['workloads', 'network', 'storage', 'config', 'security'], badge: 'pod' },
  Deployment: { concerns: ['workloads'], badge: 'deploy' },
  ReplicaSet: { concerns: ['workloads'], badge: 'rs' },
  StatefulSet: { concerns: ['workloads', 'storage'], badge: 'sts' },
  DaemonSet: { concerns: ['workloads'], badge: 'ds' },
  Job: { concerns: ['workloads'], badge: 'job' },
  ReplicationController: { concerns: ['workloads'], badge: 'rc' },
  Service: { concerns: ['network'], badge: 'svc' },
  Endpoints: { concerns: ['network'], badge: 'ep' },
  Ingress: { concerns: ['network'], badge: 'ing' },
  NetworkPolicy: { concerns: ['network', 'security'], badge: 'netpol' },
  ConfigMap: { concerns: ['config'], badge: 'cm' },
  Secret: { concerns: ['config', 'security'], badge: 'secret' },
  PersistentVolumeClaim: { concerns: ['storage'], badge: 'pvc' },
  PersistentVolume: { concerns: ['storage'], badge: 'pv', clusterScoped: true },
  StorageClass: { concerns: ['storage'], badge: 'sc', clusterScoped: true },
  Volume: { concerns: ['storage'], badge: 'vol' },
  ServiceAccount: { concerns: ['security'], badge: 'sa' },
  Role: { concerns: ['security'], badge: 'role' },
  RoleBinding: { concerns: ['security'], badge: 'rb' },
  ClusterRole: { concerns: ['security'], badge: 'crole', clusterScoped: true },
  ClusterRoleBinding: { concerns: ['security'], badge: 'crb', clusterScoped: true },
  // Synthetic: the users and groups bindings name (the API server knows them only from credentials).
  User: { concerns: ['security'], badge: 'user', clusterScoped: true },
  Group: { concerns: ['security'], badge: 'group', clusterScoped: true },
  // Synthetic: where a traced request came from (a prompt curl or an external client).
  Client: { concerns: ['network'], badge: 'client' },
  // Synthetic: the members of the etcd cluster behind the API server (in kube-system, beside the etcd pod).
  EtcdMember: { concerns: ['workloads'], badge: 'etcd' },
};

/** The kind of a cluster node, drawn as a group holding its pods. */
export const NODE_KIND = 'Node';

/** `Kind/namespace/name`, the id used by the graph and by the DOM contract (`data-source`, `data-target`). */
export function objectId(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

/** Split an id made by `objectId` (names may contain `/` for synthetic nodes, so split only twice). */
export function parseId(id: string): { kind: string; namespace: string; name: string } {
  const a = id.indexOf('/');
  const b = id.indexOf('/', a + 1);
  return { kind: id.slice(0, a), namespace: id.slice(a + 1, b), name: id.slice(b + 1) };
}
