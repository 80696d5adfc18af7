import type { ClusterConfig } from '../config';
import { nodeIP } from '../kubelet/node-state';
import { MAX_ETCD_MEMBERS } from './limits';


/** The host of the n-th member (from 1): the control-plane node (its static pod `etcd-<node>`), then `etcd-2`, `etcd-3`, ... at 192.168.0.201 on. */
export function etcdHost(config: ClusterConfig, n: number): { name: string; ip: string } {
  const cpIndex = Math.max(
    0,
    config.nodes.findIndex((node) => node.controlPlane),
  );
  if (n === 1) return { name: config.nodes[cpIndex]?.name ?? 'k8s-master', ip: nodeIP(cpIndex) };
  return { name: `etcd-${n}`, ip: `192.168.0.${199 + n}` };
}

/** The etcd members' hosts the cluster starts with (`etcdMembers` of them, 1 to 7). */
export function etcdHosts(config: ClusterConfig): { name: string; ip: string }[] {
  const n = Math.min(MAX_ETCD_MEMBERS, Math.max(1, Math.floor(config.etcdMembers)));
  return Array.from({ length: n }, (_, i) => etcdHost(config, i + 1));
}
