import type { ClusterConfig } from '../config';
import { nodeIP } from '../kubelet/node-state';

/** The etcd members' hosts: the control-plane node (its static pod `etcd-<node>`), then `etcd-2`, `etcd-3`, ... at 192.168.0.201 on. */
export function etcdHosts(config: ClusterConfig): { name: string; ip: string }[] {
  const cpIndex = Math.max(
    0,
    config.nodes.findIndex((n) => n.controlPlane),
  );
  const first = config.nodes[cpIndex];
  const n = Math.min(7, Math.max(1, Math.floor(config.etcdMembers)));
  const hosts = [{ name: first?.name ?? 'k8s-master', ip: nodeIP(cpIndex) }];
  for (let i = 2; i <= n; i++) hosts.push({ name: `etcd-${i}`, ip: `192.168.0.${199 + i}` });
  return hosts;
}
