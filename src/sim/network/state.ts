import type { Rng } from '../random';
import type { ServiceAllocator } from './service-alloc';
import type { SpreadLog } from './spread';

/** Addresses handed out by the simulated MetalLB-like provider (first one: the ingress controller). */
export const LB_POOL: [string, string] = ['192.168.0.240', '192.168.0.250'];
/** The ingress-nginx controller's external address (the pool's first address, reserved). */
export const INGRESS_IP = LB_POOL[0];
export const CLUSTER_DOMAIN = 'cluster.local';

/** Per-cluster state of the network layer, kept in the cluster's services (`ctx.services.network`). */
export interface NetworkState {
  allocator: ServiceAllocator;
  /** kube-proxy's choice of endpoint. */
  proxyRng: Rng;
  /** CoreDNS `loadbalance`: order of A records. */
  dnsRng: Rng;
  /** sessionAffinity ClientIP: `<service uid>|<client ip>` → endpoint ip and expiry (virtual ms). */
  affinity: Map<string, { ip: string; expires: number }>;
  /** The pods that served each Service's last requests. */
  spread: SpreadLog;
}
