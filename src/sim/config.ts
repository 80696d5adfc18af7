/** Shape and limits of a simulated cluster. */
export interface NodeConfig {
  name: string;
  controlPlane: boolean;
  /** Allocatable CPU and memory in Kubernetes quantities. */
  cpu: string;
  memory: string;
  maxPods: number;
  labels?: Record<string, string>;
}

export interface ClusterConfig {
  seed: number;
  nodes: NodeConfig[];
  /** kubeadm's default Service CIDR. */
  serviceCIDR: string;
  /** Pod CIDR per node is `${podCIDRPrefix}.<index>.0/24`. */
  podCIDRPrefix: string;
  nodePortRange: [number, number];
  /** Cluster-wide pod limit, enforced like a ResourceQuota so that runaway input cannot freeze the page. */
  maxPods: number;
  /** Cluster-wide limit on the objects of one resource type that requests may create (pods have maxPods). */
  maxObjectsPerResource: number;
  /**
   * Members of the etcd cluster (odd, 1–7): the first is the control-plane node's static pod, the
   * others run on etcd hosts outside Kubernetes (kubeadm's external etcd hosts).
   */
  etcdMembers: number;
  /** Create the kube-system workloads (coredns, kube-proxy, control plane pods). */
  systemPods: boolean;
  /** How long the cluster has existed when the learner arrives (AGE of system objects). */
  ageMs: number;
  /**
   * The virtual instant the learner arrives at (epoch ms; default SIM_EPOCH_MS). The HTTP API starts at
   * real time, since real clients compute some ages (describe's events) from their own clock.
   */
  epochMs?: number;
}

export const KUBERNETES_VERSION = 'v1.34.1';

export function defaultNodes(workers = 2): NodeConfig[] {
  const nodes: NodeConfig[] = [{ name: 'k8s-master', controlPlane: true, cpu: '2', memory: '4Gi', maxPods: 110 }];
  for (let i = 1; i <= workers; i++) nodes.push({ name: `k8s-node${i}`, controlPlane: false, cpu: '4', memory: '8Gi', maxPods: 110 });
  return nodes;
}

export function defaultConfig(overrides: Partial<ClusterConfig> = {}): ClusterConfig {
  return {
    seed: 1,
    nodes: defaultNodes(),
    serviceCIDR: '10.96.0.0/12',
    podCIDRPrefix: '10.244',
    nodePortRange: [30000, 32767],
    maxPods: 500,
    maxObjectsPerResource: 5000,
    etcdMembers: 3,
    systemPods: true,
    ageMs: 18 * 24 * 3600 * 1000,
    ...overrides,
  };
}
