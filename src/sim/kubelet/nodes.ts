import { KUBERNETES_VERSION, type ClusterConfig, type NodeConfig } from '../config';
import { bytes } from '../quantity';
import type { KObject } from '../types';
import { nodeIP } from './node-state';

const CONTAINER_RUNTIME = 'containerd://2.1.4';
const OS_IMAGE = 'Ubuntu 24.04.3 LTS';
const KERNEL = '6.8.0-79-generic';

/** The kube-system images every node has cached (and the control plane's on the master). */
export function preloadedImages(cfg: NodeConfig): string[] {
  const v = KUBERNETES_VERSION;
  const list = ['registry.k8s.io/pause:3.10.1', `registry.k8s.io/kube-proxy:${v}`, 'registry.k8s.io/coredns/coredns:v1.12.1'];
  if (cfg.controlPlane) list.push('registry.k8s.io/etcd:3.6.4-0', `registry.k8s.io/kube-apiserver:${v}`, `registry.k8s.io/kube-controller-manager:${v}`, `registry.k8s.io/kube-scheduler:${v}`);
  return list;
}

function hexId(seed: string, n: number): string {
  let h = 2166136261;
  let out = '';
  for (let round = 0; out.length < n; round++) {
    for (const ch of seed + round) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, n);
}

/** A Node as kubeadm + kubelet register it: labels, taints, capacity, conditions, addresses, nodeInfo. */
export function nodeObject(cfg: NodeConfig, index: number, config: ClusterConfig, now: string): KObject {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': cfg.name,
    'kubernetes.io/os': 'linux',
  };
  if (cfg.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  Object.assign(labels, cfg.labels ?? {});
  const memKi = Math.floor(bytes(cfg.memory) / 1024);
  // capacity adds back the kubelet's 100Mi hard eviction threshold
  const cidr = `${config.podCIDRPrefix}.${index}.0/24`;
  const cond = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: now, lastTransitionTime: now, reason, message });
  const id = hexId(cfg.name, 32);
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: cfg.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: cidr,
      podCIDRs: [cidr],
      ...(cfg.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      capacity: { cpu: cfg.cpu, 'ephemeral-storage': '20466256Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi + 102400}Ki`, pods: String(cfg.maxPods) },
      allocatable: { cpu: cfg.cpu, 'ephemeral-storage': '18861857938', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi}Ki`, pods: String(cfg.maxPods) },
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: nodeIP(index) },
        { type: 'Hostname', address: cfg.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: id,
        systemUUID: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`,
        bootID: hexId(cfg.name + '-boot', 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
        kernelVersion: KERNEL,
        osImage: OS_IMAGE,
        containerRuntimeVersion: CONTAINER_RUNTIME,
        kubeletVersion: KUBERNETES_VERSION,
        // deprecated and no longer reported (DisableNodeKubeProxyVersion), but a field without omitempty
        kubeProxyVersion: '',
        operatingSystem: 'linux',
        architecture: 'amd64',
        swap: {},
      },
      runtimeHandlers: [{ name: 'runc', features: { recursiveReadOnlyMounts: true, userNamespaces: true } }, { name: '', features: { recursiveReadOnlyMounts: true, userNamespaces: true } }],
      features: { supplementalGroupsPolicy: true },
    },
  };
}

/** The CSINode the kubelet's node info manager registers beside its Node: owned by it, no CSI drivers yet. */
export function csiNodeObject(node: KObject): KObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'CSINode',
    metadata: { name: node.metadata.name, ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name!, uid: node.metadata.uid! }] },
    // the drivers list is not omitempty: a node without CSI plugins shows null
    spec: { drivers: null },
  };
}
