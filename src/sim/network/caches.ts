import { COREDNS, KUBE_PROXY } from '../apiserver/auth/components';
import type { SimContext } from '../context';

/** What kube-proxy's informers list and watch: Services and their EndpointSlices (system:node-proxier grants both). */
export const KUBE_PROXY_WATCHES: readonly string[] = ['services', 'endpointslices.discovery.k8s.io'];

/** What CoreDNS's kubernetes plugin lists and watches with `pods insecure`: Services, EndpointSlices and Namespaces (system:coredns). */
export const COREDNS_WATCHES: readonly string[] = ['services', 'endpointslices.discovery.k8s.io', 'namespaces'];

/**
 * Whether kube-proxy's caches hold the cluster's Services: its list and watch are authorized as
 * system:serviceaccount:kube-system:kube-proxy. A refused one leaves it with no service rules.
 * The playground applies a refusal at once; a running kube-proxy would keep its cache until its
 * watch ends and the re-list is refused.
 */
export function kubeProxySynced(ctx: SimContext): boolean {
  return ctx.services.informers.refusal(KUBE_PROXY, KUBE_PROXY_WATCHES) === undefined;
}

/**
 * Whether CoreDNS's kubernetes plugin has synced, its list and watch authorized as
 * system:serviceaccount:kube-system:coredns; unsynced, it answers names of its zone it cannot
 * find with SERVFAIL instead of NXDOMAIN (as its handler does). Applied at once, as for kube-proxy.
 */
export function corednsSynced(ctx: SimContext): boolean {
  return ctx.services.informers.refusal(COREDNS, COREDNS_WATCHES) === undefined;
}
