import type { NodeConfig } from '../config';
import { Tree } from './fs';
import { CONTROL_PLANE_PKI_DIR, ETCD_PKI_DIR, pkiFilesUnder } from '../etcd/pki';

/** What the kubelet keeps per node: addresses, the IP pool of its pod CIDR, cached images, host paths. */
export interface NodeState {
  name: string;
  index: number;
  ip: string;
  /** `10.244.<index>` */
  cidrPrefix: string;
  config: NodeConfig;
  usedIPs: Set<string>;
  lastIP: number;
  images: Set<string>;
  /** Images with a pull queued or under way. */
  pulling: Set<string>;
  /** Serialized image pulls: when the node's puller is free again. */
  pullFreeAt: number;
  /** The timer that reports pulled images in the node's status (node-images.ts). */
  imagesReport?: number;
  hostPaths: Map<string, Tree>;
  /** Memory a process outside Kubernetes holds on the machine (an injected fault). */
  hogBytes: number;
}

/** 192.168.0.100 for the first node, .101 for the next, and so on. */
export function nodeIP(index: number): string {
  const n = 100 + index;
  return `192.168.${Math.floor(n / 256)}.${n % 256}`;
}

export function newNodeState(config: NodeConfig, index: number, podCIDRPrefix: string, now: number): NodeState {
  const hostPaths = new Map<string, Tree>();
  // directories a freshly installed node has, so `hostPath: {path: /data, type: Directory}` mounts
  for (const p of ['/data', '/var/log', '/tmp', '/etc', '/var/lib', '/opt', '/mnt', '/srv']) hostPaths.set(p, new Tree(now));
  // kubeadm's certificates on a control-plane node, for hostPath mounts (the etcd static pod's etcd-certs)
  if (config.controlPlane) {
    for (const dir of [CONTROL_PLANE_PKI_DIR, ETCD_PKI_DIR]) {
      const tree = new Tree(now);
      for (const f of pkiFilesUnder(dir)) tree.put(f.path, f.text, now, f.mode);
      hostPaths.set(dir, tree);
    }
  }
  return {
    name: config.name,
    index,
    ip: nodeIP(index),
    cidrPrefix: `${podCIDRPrefix}.${index}`,
    config,
    usedIPs: new Set(),
    lastIP: 1,
    images: new Set(),
    pulling: new Set(),
    pullFreeAt: 0,
    hostPaths,
    hogBytes: 0,
  };
}

/** host-local IPAM: the next free address after the last one handed out (.2 to .254). */
export function allocateIP(n: NodeState): string {
  for (let k = 0; k < 253; k++) {
    n.lastIP = n.lastIP >= 254 ? 2 : n.lastIP + 1;
    const ip = `${n.cidrPrefix}.${n.lastIP}`;
    if (!n.usedIPs.has(ip)) {
      n.usedIPs.add(ip);
      return ip;
    }
  }
  // pool exhausted: reuse deterministically (the pod limit keeps this rare)
  return `${n.cidrPrefix}.254`;
}
