import type { SimContext } from '../context';
import { isPodReady } from '../pod';
import type { KObject } from '../types';
import { nodeInternalIP } from './bootstrap';
import { clusterDnsUp } from './dns';
import { namespaceLabels, podPeer } from './lookups';
import { isTrafficAllowed, type PolicyPeer, type PolicyVerdict } from './policy';

/** Why a pod's query to the cluster DNS gets no answer (it times out), and the policies that dropped it. */
export interface DnsSilence {
  explanation: string;
  denied?: NonNullable<PolicyVerdict['deniedBy']>;
}

/** busybox nslookup waits this long for kube-dns before `;; connection timed out` (its default -timeout=5). */
export const NSLOOKUP_TIMEOUT_MS = 5_000;

/** The pod asks kube-dns at all: ClusterFirst without hostNetwork (or ClusterFirstWithHostNet, None). */
function usesClusterDns(pod: KObject): boolean {
  const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  return policy !== 'Default' && !(policy === 'ClusterFirst' && pod.spec?.hostNetwork);
}

/**
 * Whether UDP 53 from the pod reaches a CoreDNS pod: no ready CoreDNS, the client's egress policies,
 * and the ingress policies of kube-system that select CoreDNS all silence it. One CoreDNS pod that
 * lets the query in is enough (the resolver retries and kube-proxy picks again).
 */
export function dnsSilence(ctx: SimContext, client: KObject): DnsSilence | undefined {
  if (!usesClusterDns(client)) return undefined;
  if (!clusterDnsUp(ctx)) return { explanation: 'no CoreDNS pod is ready' };
  const policies = ctx.api.list('networkpolicies.networking.k8s.io');
  if (policies.length === 0) return undefined;
  const dnsPods = ctx.api.list('pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns' && isPodReady(p));
  const targets: { peer: PolicyPeer; nodeIP?: string }[] = dnsPods.length
    ? dnsPods.map((p) => ({ peer: podPeer(ctx, p), nodeIP: nodeInternalIP(ctx.api.tryGet('nodes', undefined, p.spec?.nodeName ?? '')) }))
    : [{ peer: { ip: '10.96.0.10', pod: { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, namespaceLabels: namespaceLabels(ctx, 'kube-system') } }];
  let denied: DnsSilence['denied'];
  for (const t of targets) {
    const verdict = isTrafficAllowed(policies, podPeer(ctx, client), t.peer, 53, 'UDP', t.nodeIP);
    if (verdict.allowed) return undefined;
    denied ??= verdict.deniedBy;
  }
  const explanation =
    denied!.direction === 'Egress'
      ? `NetworkPolicy ${denied!.policies.join(', ')} blocks egress to kube-dns (UDP 53)`
      : `NetworkPolicy ${denied!.policies.join(', ')} in ${denied!.namespace} denies ingress to CoreDNS (UDP 53)`;
  return { explanation, denied };
}
