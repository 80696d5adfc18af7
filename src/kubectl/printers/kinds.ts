import type { TableDef } from './table';
import * as c from './columns/cluster';
import * as n from './columns/network';
import { POD_TABLE } from './columns/pod';
import * as w from './columns/workloads';

/** kubectl's table per resource (key as the store spells it: `pods`, `deployments.apps`). */
const TABLES: Record<string, TableDef> = {
  pods: POD_TABLE,
  services: n.SERVICE_TABLE,
  endpoints: n.ENDPOINTS_TABLE,
  'endpointslices.discovery.k8s.io': n.ENDPOINTSLICE_TABLE,
  'deployments.apps': w.DEPLOYMENT_TABLE,
  'replicasets.apps': w.REPLICASET_TABLE,
  replicationcontrollers: w.REPLICATIONCONTROLLER_TABLE,
  'statefulsets.apps': w.STATEFULSET_TABLE,
  'daemonsets.apps': w.DAEMONSET_TABLE,
  'jobs.batch': w.JOB_TABLE,
  'cronjobs.batch': w.CRONJOB_TABLE,
  configmaps: c.CONFIGMAP_TABLE,
  secrets: c.SECRET_TABLE,
  serviceaccounts: c.SERVICEACCOUNT_TABLE,
  namespaces: c.NAMESPACE_TABLE,
  nodes: c.NODE_TABLE,
  events: c.EVENT_TABLE,
  'events.events.k8s.io': c.EVENT_TABLE,
  'ingresses.networking.k8s.io': n.INGRESS_TABLE,
  'ingressclasses.networking.k8s.io': n.INGRESSCLASS_TABLE,
  'networkpolicies.networking.k8s.io': n.NETWORKPOLICY_TABLE,
  persistentvolumes: c.PV_TABLE,
  persistentvolumeclaims: c.PVC_TABLE,
  'storageclasses.storage.k8s.io': c.STORAGECLASS_TABLE,
  'rolebindings.rbac.authorization.k8s.io': c.ROLEBINDING_TABLE,
  'clusterrolebindings.rbac.authorization.k8s.io': c.CLUSTERROLEBINDING_TABLE,
  resourcequotas: c.RESOURCEQUOTA_TABLE,
  componentstatuses: c.COMPONENTSTATUS_TABLE,
  'leases.coordination.k8s.io': c.LEASE_TABLE,
  'priorityclasses.scheduling.k8s.io': c.PRIORITYCLASS_TABLE,
  'poddisruptionbudgets.policy': c.PDB_TABLE,
  'controllerrevisions.apps': c.CONTROLLERREVISION_TABLE,
};

/** The table for a resource key; roles, clusterroles and other kinds without a printer get NAME / CREATED AT. */
export function tableFor(resourceKey: string): TableDef {
  return TABLES[resourceKey] ?? c.DEFAULT_TABLE;
}
