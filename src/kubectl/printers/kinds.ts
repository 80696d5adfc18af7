import type { TableDef } from './table';
import * as cf from './columns/config';
import * as cp from './columns/control-plane';
import * as n from './columns/network';
import * as nd from './columns/node';
import * as pl from './columns/policy';
import { POD_TABLE } from './columns/pod';
import * as st from './columns/storage';
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
  configmaps: cf.CONFIGMAP_TABLE,
  secrets: cf.SECRET_TABLE,
  serviceaccounts: cf.SERVICEACCOUNT_TABLE,
  namespaces: cf.NAMESPACE_TABLE,
  nodes: nd.NODE_TABLE,
  events: nd.EVENT_TABLE,
  'events.events.k8s.io': nd.EVENT_TABLE,
  'ingresses.networking.k8s.io': n.INGRESS_TABLE,
  'ingressclasses.networking.k8s.io': n.INGRESSCLASS_TABLE,
  'networkpolicies.networking.k8s.io': n.NETWORKPOLICY_TABLE,
  'servicecidrs.networking.k8s.io': n.SERVICECIDR_TABLE,
  'ipaddresses.networking.k8s.io': n.IPADDRESS_TABLE,
  persistentvolumes: st.PV_TABLE,
  persistentvolumeclaims: st.PVC_TABLE,
  'storageclasses.storage.k8s.io': st.STORAGECLASS_TABLE,
  'csinodes.storage.k8s.io': st.CSINODE_TABLE,
  'rolebindings.rbac.authorization.k8s.io': pl.ROLEBINDING_TABLE,
  'clusterrolebindings.rbac.authorization.k8s.io': pl.CLUSTERROLEBINDING_TABLE,
  resourcequotas: pl.RESOURCEQUOTA_TABLE,
  componentstatuses: pl.COMPONENTSTATUS_TABLE,
  'leases.coordination.k8s.io': pl.LEASE_TABLE,
  'priorityclasses.scheduling.k8s.io': pl.PRIORITYCLASS_TABLE,
  'poddisruptionbudgets.policy': pl.PDB_TABLE,
  'controllerrevisions.apps': pl.CONTROLLERREVISION_TABLE,
  'horizontalpodautoscalers.autoscaling': w.HPA_TABLE,
  'apiservices.apiregistration.k8s.io': cp.APISERVICE_TABLE,
  'flowschemas.flowcontrol.apiserver.k8s.io': cp.FLOWSCHEMA_TABLE,
  'prioritylevelconfigurations.flowcontrol.apiserver.k8s.io': cp.PRIORITYLEVEL_TABLE,
};

/** The table for a resource key; roles, clusterroles and other kinds without a printer get NAME / CREATED AT. */
export function tableFor(resourceKey: string): TableDef {
  return TABLES[resourceKey] ?? pl.DEFAULT_TABLE;
}
