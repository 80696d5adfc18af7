import { controllerUser, KUBE_CONTROLLER_MANAGER, KUBE_SCHEDULER } from '../apiserver/auth/components';
import { componentContext } from '../component-context';
import type { ClusterAssembly } from '../context';
import { DaemonSetController } from '../controllers/daemonset';
import { Scheduler } from '../scheduler/scheduler';
import { TaintEvictionController } from '../scheduler/taint-eviction';
import { ApiError, type KObject } from '../types';
import { startHeartbeat } from './heartbeat';
import { Kubelet } from './kubelet';
import { metricsServer } from './metrics-server';
import { reportImages } from './node-images';
import { csiNodeObject, nodeObject, preloadedImages } from './nodes';
import { corednsObjects, ETCD_DATA_DIR, kubeProxyObjects, staticPods } from './system-pods';
import { fillEtcdDataDir } from '../etcd/data-dir';
import { etcdHosts } from '../etcd/hosts';
import { qualified } from '../images/ref';
import { parseImageRef } from '../images/ref';
import { deepCopy } from '../clone';

function createOrKeep(cluster: ClusterAssembly, obj: KObject): KObject | undefined {
  try {
    return cluster.api.create(obj);
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'AlreadyExists') return undefined;
    throw e;
  }
}

/** Nodes, scheduler, kubelets, DaemonSet controller and the kube-system workloads. */
export function installNodes(cluster: ClusterAssembly): void {
  const api = cluster.api;
  const kubelet = new Kubelet(cluster.ctx);
  cluster.services.kubelet = kubelet;
  api.metrics = metricsServer(cluster.ctx, kubelet);
  cluster.services.storage = kubelet.storage;
  if (!api.tryGet('namespaces', undefined, 'kube-system')) createOrKeep(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system' } });
  const now = cluster.clock.isoNow();
  const nodes: KObject[] = [];
  cluster.config.nodes.forEach((cfg, i) => {
    const obj = nodeObject(cfg, i, cluster.config, now);
    const created = api.tryGet('nodes', undefined, cfg.name) ?? api.create(obj);
    // some API servers drop status on create: write it through the status subresource
    if (!created.status?.nodeInfo) {
      const upd = deepCopy(created);
      upd.status = obj.status;
      api.updateStatus(upd);
    }
    nodes.push(api.get('nodes', undefined, cfg.name));
    if (!api.tryGet('csinodes.storage.k8s.io', undefined, cfg.name)) api.create(csiNodeObject(nodes[nodes.length - 1]));
    const state = kubelet.nodes.get(cfg.name)!;
    for (const img of preloadedImages(cfg)) {
      const ref = parseImageRef(img);
      if (!('error' in ref)) state.images.add(qualified(ref));
    }
    reportImages(cluster.ctx, state, kubelet.downNodes);
  });
  cluster.addComponent(new Scheduler(componentContext(cluster.ctx, KUBE_SCHEDULER)), KUBE_SCHEDULER);
  cluster.addComponent(new DaemonSetController(componentContext(cluster.ctx, controllerUser('daemon-set-controller'))), KUBE_CONTROLLER_MANAGER);
  // kube-controller-manager starts the taint eviction controller on the node controller's credentials
  cluster.addComponent(new TaintEvictionController(componentContext(cluster.ctx, controllerUser('node-controller'))), KUBE_CONTROLLER_MANAGER);
  cluster.addComponent(kubelet);
  startHeartbeat(cluster, kubelet.downNodes);
  if (!cluster.config.systemPods) return;
  nodes.forEach((node, i) => {
    if (!cluster.config.nodes[i].controlPlane) return;
    const ip = node.status.addresses.find((a: { type: string }) => a.type === 'InternalIP').address;
    for (const p of staticPods(node, ip, `${now.replace('Z', '')}.000000000Z`, etcdHosts(cluster.config), cluster.config.serviceCIDR, `${cluster.config.podCIDRPrefix}.0.0/16`)) createOrKeep(cluster, p);
    // the member's files in the etcd pod's data directory on this node
    const member = cluster.services.etcd.members.find((m) => m.name === node.metadata.name);
    const data = kubelet.storage.hostPath(node.metadata.name!, ETCD_DATA_DIR, true);
    if (member && data) fillEtcdDataDir(data, cluster.clock.now(), { index: () => cluster.services.etcd.status(member).index, termAt: (i) => cluster.services.etcd.termAt(i) }, () => cluster.clock.now());
  });
  for (const o of [...corednsObjects(), ...kubeProxyObjects()]) createOrKeep(cluster, o);
}
